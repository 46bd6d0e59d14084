// Field errors of the upload (keys of `errors`) as sentences in the reader's language.
import { getTranslations } from 'next-intl/server';
import type { ErrorKey } from '../errors';

export async function fieldMessages(fields: Record<string, string | undefined>, locale: string): Promise<Record<string, string>> {
  const t = await getTranslations({ locale, namespace: 'errors' });
  return Object.fromEntries(
    Object.entries(fields)
      .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
      .map(([field, key]) => [field, t.has(key as ErrorKey) ? t(key as ErrorKey) : t('invalidInput')]),
  );
}

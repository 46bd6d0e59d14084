// The one way a failure becomes text a person reads: an AppError's key in the reader's language,
// anything else logged and answered with a generic message (never an internal one).
import { getLocale, getTranslations } from 'next-intl/server';
import { isLocale, routing, type Locale } from '../../i18n/routing';
import { isAppError, type ErrorKey } from '../errors';
import { formText } from '../forms';

/** The locale a form posted (its hidden `locale` field), else the one of the page it was posted from. */
export async function actionLocale(formData?: FormData): Promise<Locale> {
  const posted = formText(formData, 'locale');
  if (isLocale(posted)) return posted;
  const current = await getLocale();
  return isLocale(current) ? current : routing.defaultLocale;
}

export async function translateError(
  locale: Locale,
  key: ErrorKey,
  params?: Record<string, string | number>,
): Promise<string> {
  const t = await getTranslations({ locale, namespace: 'errors' });
  return t(key, params);
}

export async function describeError(error: unknown, locale: Locale): Promise<string> {
  if (isAppError(error)) return translateError(locale, error.messageKey, error.params);
  console.error(error);
  return translateError(locale, 'unexpected');
}

/** A form's refusals field by field (keys of `errors`), as sentences in the reader's language. */
export async function describeFields(
  fields: Record<string, string | undefined>,
  locale: Locale,
): Promise<Record<string, string>> {
  const t = await getTranslations({ locale, namespace: 'errors' });
  return Object.fromEntries(
    Object.entries(fields)
      .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
      .map(([field, key]) => [field, t.has(key as ErrorKey) ? t(key as ErrorKey) : t('invalidInput')]),
  );
}

/** Validation issues whose messages are error keys, as one sentence; unknown messages read as "not valid". */
export async function describeIssues(issues: readonly { message: string }[], locale: string): Promise<string> {
  const t = await getTranslations({ locale: isLocale(locale) ? locale : routing.defaultLocale, namespace: 'errors' });
  const texts = issues.map((issue) =>
    t.has(issue.message as ErrorKey) ? t(issue.message as ErrorKey) : t('invalidInput'),
  );
  return [...new Set(texts)].join(' ');
}

/** For the JSON API, whose readers are programs and their authors: each issue with its parameter, in English. */
export async function describeIssuesForApi(
  issues: readonly { message: string; path: readonly PropertyKey[] }[],
): Promise<string> {
  const t = await getTranslations({ locale: 'en', namespace: 'errors' });
  return issues
    .map(
      (issue) =>
        `${issue.path.map(String).join('.') || 'query'}: ${t.has(issue.message as ErrorKey) ? t(issue.message as ErrorKey) : issue.message}`,
    )
    .join('; ');
}

// A refused row's message in the reader's language. The import runs in the shell as well as from
// the admin page, outside any request, so it formats from the message files itself: in English for
// the shell's listing, and again in the admin's language on the page. A message the import keeps
// only in English (a schema's field message) stays English, and says so by its language.
import { createTranslator } from 'next-intl';
import en from '../../messages/en.json';
import ru from '../../messages/ru.json';
import tg from '../../messages/tg.json';
import type { Locale } from '../../i18n/routing';
import type { RowError } from './import-formats';

const MESSAGES = { en, ru, tg } as const;

/** The refusals a row can carry in every language (messages/*.json, `errors`). */
export type RowErrorKey = 'importUnknownPlace' | 'importAmbiguousPlace';

function format(locale: Locale, key: RowErrorKey | 'importRow', values: Record<string, string | number>): string {
  return createTranslator({ locale, messages: MESSAGES[locale], namespace: 'errors' })(key, values);
}

/** A row's error with its message in English and the key that says it in the other languages. */
export function rowError(
  line: number,
  field: string,
  key: RowErrorKey,
  values: Record<string, string | number>,
): RowError {
  return { line, field, message: format('en', key, values), key, values };
}

export function describeRowError(error: RowError, locale: Locale): { text: string; lang: Locale } {
  if (!error.key) return { text: error.message, lang: 'en' };
  return { text: format(locale, error.key, error.values ?? {}), lang: locale };
}

/** The whole line the admin page lists ("строка 3, call_up_place: …"), in the language of its message. */
export function describeRowErrorLine(error: RowError, locale: Locale): { text: string; lang: Locale } {
  const { text, lang } = describeRowError(error, locale);
  return { text: format(lang, 'importRow', { line: error.line, field: error.field, message: text }), lang };
}

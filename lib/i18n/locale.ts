// The one place that knows which languages the archive speaks and how each is written: every
// module asks here for the reader's locale, the Intl locale to format with, and the language names.
import { isLocale, routing, toLocale, type Locale } from '../../i18n/routing';

export { isLocale, toLocale, type Locale };
export const LOCALES = routing.locales;
export const DEFAULT_LOCALE: Locale = routing.defaultLocale;

/** Each language named in itself, for the language switch and for "shown in …" marks. */
export const AUTONYMS: Record<Locale, string> = { en: 'English', ru: 'Русский', tg: 'Тоҷикӣ' };

/** The locale of a request path ("/tg/heroes/…"), or null when it has none. */
export function localeOfPath(pathname: string | null | undefined): Locale | null {
  const first = /^\/([a-z]{2})(?:\/|$|\?)/.exec(pathname ?? '')?.[1];
  return first && isLocale(first) ? first : null;
}

/** hreflang alternates of one page in every language, for a page's metadata. */
export function languageAlternates(pathWithoutLocale: string): { languages: Record<string, string> } {
  const tail = pathWithoutLocale === '/' ? '' : pathWithoutLocale;
  return {
    languages: {
      ...Object.fromEntries(LOCALES.map((locale) => [locale, `/${locale}${tail}`])),
      'x-default': `/${DEFAULT_LOCALE}${tail}`,
    },
  };
}

/**
 * Whether this runtime's ICU has data for a locale. Node's full ICU has Tajik dates and numbers
 * but no Tajik plural rules; a small-ICU build has no Tajik at all.
 */
export function icuSupports(kind: 'date' | 'number' | 'plural', locale: string): boolean {
  const supported =
    kind === 'date'
      ? Intl.DateTimeFormat.supportedLocalesOf([locale])
      : kind === 'number'
        ? Intl.NumberFormat.supportedLocalesOf([locale])
        : Intl.PluralRules.supportedLocalesOf([locale]);
  return supported.length > 0;
}

/**
 * The Intl locale to format numbers with. Tajik writes numbers as Russian does (12 800,5), so
 * where the runtime lacks Tajik, Russian stands in.
 */
export function numberLocale(locale: Locale, supports = icuSupports): string {
  if (locale === 'tg') return supports('number', 'tg') ? 'tg' : 'ru';
  return locale === 'ru' ? 'ru' : 'en-GB';
}

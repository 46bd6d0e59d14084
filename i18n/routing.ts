import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['en', 'ru', 'tg'],
  defaultLocale: 'en',
  localePrefix: 'always',
  // Pages name their other languages in <head> (from SITE_URL, generateMetadata). The middleware's
  // Link header would be built from the request's Host, stored with a cached page and sent to
  // every later reader again beside the fresh one: a long address overflowed the headers.
  alternateLinks: false,
});

export type Locale = (typeof routing.locales)[number];

export function isLocale(value: string): value is Locale {
  return (routing.locales as readonly string[]).includes(value);
}

/** The locale a form, a query or a header names, else the default: the one way to read a locale from input. */
export function toLocale(value: unknown): Locale {
  return typeof value === 'string' && isLocale(value) ? value : routing.defaultLocale;
}

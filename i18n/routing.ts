import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['en', 'ru', 'tg'],
  defaultLocale: 'en',
  localePrefix: 'always',
});

export type Locale = (typeof routing.locales)[number];

export function isLocale(value: string): value is Locale {
  return (routing.locales as readonly string[]).includes(value);
}

/** The locale a form, a query or a header names, else the default: the one way to read a locale from input. */
export function toLocale(value: unknown): Locale {
  return typeof value === 'string' && isLocale(value) ? value : routing.defaultLocale;
}

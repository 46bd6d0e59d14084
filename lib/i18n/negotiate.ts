// Choosing the reader's language from the browser's list, for the site server's own refusals
// (next-intl's middleware does the same for pages). Server-only: kept apart from locale.ts, which
// client components import.
import Negotiator from 'negotiator';
import { LOCALES, toLocale, type Locale } from './locale';

/** The best of our languages for an Accept-Language header (q-values and tg-TJ → tg included). */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  const preferred = new Negotiator({ headers: { 'accept-language': acceptLanguage ?? '' } }).languages([...LOCALES]);
  return toLocale(preferred[0]);
}

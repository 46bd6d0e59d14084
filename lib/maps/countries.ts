// Country names in the reader's language, from i18n-iso-countries (which has Tajik as well as
// Russian and English). The atlases name countries only in English and by ISO numeric code.
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import ru from 'i18n-iso-countries/langs/ru.json' with { type: 'json' };
import tg from 'i18n-iso-countries/langs/tg.json' with { type: 'json' };

countries.registerLocale(en);
countries.registerLocale(ru);
countries.registerLocale(tg);

/** ISO 3166 alpha-2 for an atlas id (numeric, "051"); null for shapes without a code. */
export function alpha2(numeric: string): string | null {
  return countries.numericToAlpha2(numeric) ?? null;
}

/** "Tajikistan", "Таджикистан", "Тоҷикистон": the short name, or '' when the code is unknown. */
export function countryName(code: string, locale: string): string {
  const language = locale === 'ru' || locale === 'tg' ? locale : 'en';
  const a2 = /^\d+$/.test(code) ? alpha2(code) : code;
  if (!a2) return '';
  return countries.getName(a2, language, { select: 'alias' }) ?? countries.getName(a2, 'en', { select: 'alias' }) ?? '';
}

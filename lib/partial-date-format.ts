// Showing a date in the reader's language, keeping its precision. Apart from lib/partial-date.ts
// (which holds the zod schema), so a client component can format a date without carrying zod.
import type { DatePrecision } from './partial-date';

// Tajik month names as CLDR gives them, for a runtime whose ICU has no Tajik (a small-ICU Node).
const TAJIK_MONTHS = [
  'Январ',
  'Феврал',
  'Март',
  'Апрел',
  'Май',
  'Июн',
  'Июл',
  'Август',
  'Сентябр',
  'Октябр',
  'Ноябр',
  'Декабр',
];

/** The Tajik name of a date's month: from ICU when it has Tajik, else from the table above. */
export function tajikMonth(
  date: Date,
  icuHasTajik = Intl.DateTimeFormat.supportedLocalesOf(['tg']).length > 0,
): string {
  if (!icuHasTajik) return TAJIK_MONTHS[date.getUTCMonth()]!;
  const parts = new Intl.DateTimeFormat('tg', { month: 'long', timeZone: 'UTC' }).formatToParts(date);
  return parts.find((part) => part.type === 'month')?.value ?? TAJIK_MONTHS[date.getUTCMonth()]!;
}

// Tajik writes a month in running text in lower case, joined to the year by the izofat:
// "27 январи 1944", "январи 1943".
function formatTajik(date: Date, precision: DatePrecision, icuHasTajik?: boolean): string {
  const year = date.getUTCFullYear();
  const month = `${tajikMonth(date, icuHasTajik).toLowerCase()}и`;
  if (precision === 'DAY') return `${date.getUTCDate()} ${month} ${year}`;
  if (precision === 'MONTH') return `${month} ${year}`;
  if (precision === 'ABOUT') return `тақрибан соли ${year}`;
  return `соли ${year}`;
}

/** Human form in the reader's language: "27 January 1944", "January 1943", "1916", "c. 1916". */
export function formatPartialDate(date: Date, precision: DatePrecision, locale: string, icuHasTajik?: boolean): string {
  if (locale === 'tg') return formatTajik(date, precision, icuHasTajik);
  const tag = locale === 'ru' ? 'ru-RU' : 'en-GB';
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC' };
  if (precision === 'DAY') Object.assign(options, { day: 'numeric', month: 'long', year: 'numeric' });
  else if (precision === 'MONTH') Object.assign(options, { month: 'long', year: 'numeric' });
  else Object.assign(options, { year: 'numeric' });
  let text = new Intl.DateTimeFormat(tag, options).format(date);
  if (locale === 'ru' && precision === 'DAY') text = text.replace(/\s*г\.$/, ' года');
  if (locale === 'ru' && precision !== 'DAY') text = text.replace(/\s*г\.$/, '');
  if (locale === 'ru' && precision === 'YEAR') text = `${text} год`;
  if (precision === 'ABOUT')
    text = locale === 'ru' ? `около ${date.getUTCFullYear()} г.` : `c. ${date.getUTCFullYear()}`;
  return text;
}

// Dates the sources give only to the month or year ("1943-01", "1916") are stored as a date plus
// its precision, so that "January 1943" is never shown as "1 January 1943".
import { z } from 'zod';

export const DATE_PRECISIONS = ['DAY', 'MONTH', 'YEAR', 'ABOUT'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
export type PartialDate = { date: Date; precision: DatePrecision };

export const PartialDateSchema = z
  .string()
  .trim()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'Use YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((value) => parsePartialDate(value) !== null, 'Not a real date');

/** Parses "1921-11-10", "1943-01" or "1916"; anything else (free text) gives null. */
export function parsePartialDate(value: string | null | undefined): PartialDate | null {
  if (!value) return null;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
  if (!match) return null;
  const [, y, m, d] = match;
  const year = Number(y);
  const month = m ? Number(m) : 1;
  const day = d ? Number(d) : 1;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return { date, precision: d ? 'DAY' : m ? 'MONTH' : 'YEAR' };
}

/** The inverse of parsePartialDate: only as many parts as the precision holds. */
export function formatIsoPartial(date: Date, precision: DatePrecision): string {
  const iso = date.toISOString().slice(0, 10);
  if (precision === 'DAY') return iso;
  if (precision === 'MONTH') return iso.slice(0, 7);
  return iso.slice(0, 4);
}

// Tajik month names as CLDR gives them, for a runtime whose ICU has no Tajik (a small-ICU Node).
const TAJIK_MONTHS = ['Январ', 'Феврал', 'Март', 'Апрел', 'Май', 'Июн', 'Июл', 'Август', 'Сентябр', 'Октябр', 'Ноябр', 'Декабр'];

/** The Tajik name of a date's month: from ICU when it has Tajik, else from the table above. */
export function tajikMonth(date: Date, icuHasTajik = Intl.DateTimeFormat.supportedLocalesOf(['tg']).length > 0): string {
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
  if (precision === 'ABOUT') text = locale === 'ru' ? `около ${date.getUTCFullYear()} г.` : `c. ${date.getUTCFullYear()}`;
  return text;
}

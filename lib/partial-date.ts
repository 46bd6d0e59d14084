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

export { formatPartialDate, tajikMonth } from './partial-date-format';

import { formatIsoPartial, formatPartialDate, type DatePrecision } from '@/lib/partial-date';

/** A date shown only as precisely as the sources give it, with a machine-readable datetime. */
export function PartialDate({ date, precision, locale }: { date: Date; precision: DatePrecision | null; locale: string }) {
  const p = precision ?? 'DAY';
  return <time dateTime={formatIsoPartial(date, p)}>{formatPartialDate(date, p, locale)}</time>;
}

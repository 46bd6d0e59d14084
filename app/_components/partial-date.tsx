import { formatIsoPartial, formatPartialDate, parsePartialDate, type DatePrecision } from '@/lib/partial-date';

/** A date shown only as precisely as the sources give it, with a machine-readable datetime. */
export function PartialDate({
  date,
  precision,
  locale,
}: {
  date: Date;
  precision: DatePrecision | null;
  locale: string;
}) {
  const p = precision ?? 'DAY';
  return <time dateTime={formatIsoPartial(date, p)}>{formatPartialDate(date, p, locale)}</time>;
}

/** A date the record keeps as text ("1944-01-27"): shown like every other date when it is one,
 * as written when it is not. */
export function DateText({ text, locale }: { text: string; locale: string }) {
  const parsed = parsePartialDate(text);
  return parsed ? <PartialDate date={parsed.date} precision={parsed.precision} locale={locale} /> : <>{text}</>;
}

import { describe, expect, it } from 'vitest';
import { formatIsoPartial, formatPartialDate, parsePartialDate, PartialDateSchema } from '../../lib/partial-date';

describe('partial dates', () => {
  it('parses day, month and year precision and refuses anything else', () => {
    expect(parsePartialDate('1921-11-10')).toEqual({ date: new Date(Date.UTC(1921, 10, 10)), precision: 'DAY' });
    expect(parsePartialDate('1943-01')).toEqual({ date: new Date(Date.UTC(1943, 0, 1)), precision: 'MONTH' });
    expect(parsePartialDate('1916')).toEqual({ date: new Date(Date.UTC(1916, 0, 1)), precision: 'YEAR' });
    for (const bad of ['1943 (autumn)', '1943-02-30', '1943-13', '', null, 'autumn 1943'])
      expect(parsePartialDate(bad)).toBeNull();
    expect(PartialDateSchema.safeParse('1944-02-30').success).toBe(false);
    expect(PartialDateSchema.safeParse(' 1944-02-29 ').success).toBe(true);
  });

  it('formats only as precisely as known, in English and Russian', () => {
    const jan = new Date(Date.UTC(1944, 0, 27));
    expect(formatPartialDate(jan, 'DAY', 'en')).toBe('27 January 1944');
    expect(formatPartialDate(jan, 'DAY', 'ru')).toBe('27 января 1944 года');
    expect(formatPartialDate(jan, 'MONTH', 'en')).toBe('January 1944');
    expect(formatPartialDate(jan, 'MONTH', 'ru')).toBe('январь 1944');
    expect(formatPartialDate(jan, 'YEAR', 'en')).toBe('1944');
    expect(formatPartialDate(jan, 'YEAR', 'ru')).toBe('1944 год');
    expect(formatPartialDate(jan, 'ABOUT', 'en')).toBe('c. 1944');
    expect(formatIsoPartial(jan, 'MONTH')).toBe('1944-01');
    expect(formatIsoPartial(jan, 'YEAR')).toBe('1944');
  });
});

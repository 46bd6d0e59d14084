// The reader's language: chosen from the browser's list, and dates, numbers and plurals written
// the way each language writes them, with a fallback where the runtime has no Tajik data.
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import en from '../../messages/en.json';
import ru from '../../messages/ru.json';
import tg from '../../messages/tg.json';
import { icuSupports, languageAlternates, localeOfPath, numberLocale, toLocale } from '../../lib/i18n/locale';
import { negotiateLocale } from '../../lib/i18n/negotiate';
import { formatPartialDate, parsePartialDate, tajikMonth } from '../../lib/partial-date';

const day = (iso: string) => parsePartialDate(iso)!.date;

describe('choosing the language', () => {
  it('takes the first of tg, ru, en the browser asks for, by q-value, regions included', () => {
    expect(negotiateLocale('tg-TJ,tg;q=0.9,ru;q=0.8')).toBe('tg');
    expect(negotiateLocale('ru-RU,ru;q=0.9,tg;q=0.8')).toBe('ru');
    expect(negotiateLocale('ru;q=0.5,tg;q=0.9')).toBe('tg');
    expect(negotiateLocale('uz-UZ,ru;q=0.7,en;q=0.3')).toBe('ru');
    expect(negotiateLocale('de-DE,en;q=0.5')).toBe('en');
    expect(negotiateLocale('fr')).toBe('en');
    expect(negotiateLocale(undefined)).toBe('en');
  });

  it('reads a locale from a path or a form value, and nothing else', () => {
    expect(localeOfPath('/tg/heroes/x')).toBe('tg');
    expect(localeOfPath('/tg')).toBe('tg');
    expect(localeOfPath('/tgx/heroes')).toBeNull();
    expect(localeOfPath('/api/search')).toBeNull();
    expect(toLocale('tg')).toBe('tg');
    expect(toLocale('TG')).toBe('en');
    expect(toLocale(null)).toBe('en');
  });

  it('lists the page in every language for hreflang', () => {
    expect(languageAlternates('/heroes/x').languages).toEqual({
      en: '/en/heroes/x',
      ru: '/ru/heroes/x',
      tg: '/tg/heroes/x',
      'x-default': '/en/heroes/x',
    });
    expect(languageAlternates('/').languages.tg).toBe('/tg');
  });
});

describe('dates', () => {
  it('in Tajik: day, month and year with the month joined by the izofat, in lower case', () => {
    expect(formatPartialDate(day('1944-01-27'), 'DAY', 'tg')).toBe('27 январи 1944');
    expect(formatPartialDate(day('1943-09'), 'MONTH', 'tg')).toBe('сентябри 1943');
    expect(formatPartialDate(day('1916'), 'YEAR', 'tg')).toBe('соли 1916');
    expect(formatPartialDate(day('1916'), 'ABOUT', 'tg')).toBe('тақрибан соли 1916');
  });

  it('a runtime without Tajik ICU data writes the same Tajik dates from the built-in table', () => {
    for (let month = 1; month <= 12; month += 1) {
      const date = day(`1943-${String(month).padStart(2, '0')}-05`);
      expect(formatPartialDate(date, 'DAY', 'tg', false)).toBe(formatPartialDate(date, 'DAY', 'tg', true));
      expect(tajikMonth(date, false)).toMatch(/^\p{Lu}\p{Ll}+$/u);
      if (icuSupports('date', 'tg')) expect(tajikMonth(date, false)).toBe(tajikMonth(date, true));
    }
  });

  it('in Russian and English as before', () => {
    expect(formatPartialDate(day('1944-01-27'), 'DAY', 'ru')).toBe('27 января 1944 года');
    expect(formatPartialDate(day('1944-01-27'), 'DAY', 'en')).toBe('27 January 1944');
  });
});

describe('numbers', () => {
  it('Tajik groups thousands with a space; Russian stands in where the runtime lacks Tajik', () => {
    expect(numberLocale('tg', () => false)).toBe('ru');
    expect(numberLocale('tg', () => true)).toBe('tg');
    const format = (locale: 'tg' | 'ru' | 'en', supports?: () => boolean) =>
      new Intl.NumberFormat(numberLocale(locale, supports)).format(12800);
    expect(format('tg').replace(/\s/g, ' ')).toBe('12 800');
    expect(format('tg', () => false).replace(/\s/g, ' ')).toBe('12 800');
    expect(format('en')).toBe('12,800');
  });
});

describe('plurals', () => {
  const count = (locale: 'en' | 'ru' | 'tg', messages: object, n: number) =>
    createTranslator({ locale, messages: messages as typeof en, namespace: 'list' })('total', { total: n });

  it('Russian has one, few and many', () => {
    expect([1, 2, 5, 21, 22, 25, 11].map((n) => count('ru', ru, n))).toEqual([
      '1 Герой',
      '2 Героя',
      '5 Героев',
      '21 Герой',
      '22 Героя',
      '25 Героев',
      '11 Героев',
    ]);
  });

  it('Tajik keeps the noun singular after a number, whatever plural rules the runtime has for tg', () => {
    // Node's ICU has no Tajik plural rules (it answers with English ones): the Tajik messages
    // give only "other", which every rule set falls back to.
    expect([1, 2, 5, 21].map((n) => count('tg', tg, n))).toEqual([
      '1 Қаҳрамон',
      '2 Қаҳрамон',
      '5 Қаҳрамон',
      '21 Қаҳрамон',
    ]);
    expect(JSON.stringify(tg)).not.toMatch(/\b(one|few|many) \{/);
  });

  it('English has one and other', () => {
    expect([1, 2].map((n) => count('en', en, n))).toEqual(['1 Hero', '2 Heroes']);
  });
});

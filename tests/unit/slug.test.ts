import { describe, expect, it } from 'vitest';
import { firstFreeSlug, nameKey, slugify } from '../../lib/slug';

describe('slugs', () => {
  it('transliterates Russian and Tajik Cyrillic into readable slugs', () => {
    expect(slugify('Сталинградская битва')).toBe('stalingradskaya-bitva');
    expect(slugify('Курская битва')).toBe('kurskaya-bitva');
    expect(slugify('Ҷӯрабек Ғаффоров')).toBe('jurabek-gafforov');
    expect(slugify('Қаҳҳор Мирзоӣ')).toBe('kakhkhor-mirzoi');
    expect(slugify('Йўлдош Щёкин')).toBe('yuldosh-shchekin');
  });

  it('gives different Cyrillic names different, non-empty slugs', () => {
    const names = [
      '281-й стрелковый полк',
      '281-я стрелковая дивизия',
      'Сталинградская битва',
      'Битва за Днепр',
      'Ленинградский фронт',
    ];
    const slugs = names.map((name) => slugify(name));
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(new Set(slugs).size).toBe(names.length);
    expect(slugify('281-й стрелковый полк')).toBe('281-y-strelkovyy-polk');
    expect(slugify('281-я стрелковая дивизия')).toBe('281-ya-strelkovaya-diviziya');
  });

  it('keeps the slugs of Latin names exactly as they were', () => {
    expect(slugify('Veniamin Nedoshivin')).toBe('veniamin-nedoshivin');
    expect(slugify('281st Rifle Division')).toBe('281st-rifle-division');
    expect(slugify('battle for Łuków')).toBe('battle-for-ukow');
    expect(slugify('defensive fighting near Rogów and Dąbrowa')).toBe('defensive-fighting-near-rogow-and-dabrowa');
  });

  it('is never empty', () => {
    for (const name of ['ბრძოლა', '—', '   ', '★']) expect(slugify(name)).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(slugify('ბრძოლა')).not.toBe(slugify('★'));
    expect(slugify('', 'hero')).toBe('hero');
  });

  it('adds -2, -3… to a slug already taken, and compares names trimmed, composed and case-blind', () => {
    expect(firstFreeSlug('kursk', [])).toBe('kursk');
    expect(firstFreeSlug('kursk', ['kursk', 'kursk-2'])).toBe('kursk-3');
    expect(nameKey(' 281-Я Стрелковая дивизия ')).toBe(nameKey('281-я стрелковая дивизия'));
    expect(nameKey('Йошкар-Ола')).toBe(nameKey('Йошкар-Ола'.normalize('NFD')));
  });
});

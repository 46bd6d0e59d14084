// Which requests server/page-cache.ts may answer with a kept page, and under which key. A client
// cycling NEXT_LOCALE values must not make an entry per value and push real pages out.
import { describe, expect, it } from 'vitest';
import { keyOf } from '../../server/page-cache';

const get = (url: string, cookie?: string) => ({ method: 'GET', url, headers: cookie === undefined ? {} : { cookie } });

describe('the page cache key', () => {
  it('a public page without cookies, and with a known locale cookie, has a key of its own', () => {
    expect(keyOf(get('/en/heroes/veniamin-nedoshivin'))).toBe('/en/heroes/veniamin-nedoshivin\n');
    expect(keyOf(get('/en/heroes/veniamin-nedoshivin', 'NEXT_LOCALE=ru'))).toBe('/en/heroes/veniamin-nedoshivin\nru');
    expect(keyOf(get('/en', 'NEXT_LOCALE=tg'))).toBe('/en\ntg');
  });

  it('a locale cookie the site does not know keys nothing: the page is left to Next', () => {
    for (const value of ['xx', 'EN', 'en-US', '', 'a'.repeat(200), 'ru%00']) {
      expect(keyOf(get('/en/heroes/veniamin-nedoshivin', `NEXT_LOCALE=${value}`)), value).toBeNull();
    }
  });

  it('other cookies, other methods, API and Next addresses key nothing', () => {
    expect(keyOf(get('/en', 'authjs.session-token=x'))).toBeNull();
    expect(keyOf({ method: 'POST', url: '/en', headers: {} })).toBeNull();
    expect(keyOf(get('/api/heroes'))).toBeNull();
    expect(keyOf(get('/_next/static/x.js'))).toBeNull();
  });
});

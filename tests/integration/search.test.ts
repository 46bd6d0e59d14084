import { describe, expect, it } from 'vitest';
import { searchHeroes } from '../../lib/search/search';
import { SearchQuerySchema } from '../../lib/search/schemas';
import { parseQuery } from '../../lib/search/query';
import { assignSlugs } from '../../prisma/seed/build';
import { loadFactSheet } from '../../prisma/seed/fact-sheet';
import { getJson, getPage, textOf } from '../support/http';
import { useSite } from '../support/site';
import { HEROES } from '../support/heroes';

useSite();

const search = (params: Record<string, string>) => searchHeroes(SearchQuerySchema.parse(params));
const slugs = async (params: Record<string, string>) => (await search(params)).results.map((r) => r.slug);

describe('search', () => {
  it('finds a misspelt surname in another script and says how it read it', async () => {
    const { results } = await search({ q: 'Недошевин' });
    expect(results[0]?.slug).toBe(HEROES.nedoshivin);
    expect(results[0]?.matched[0]).toMatchObject({ query: 'Недошевин', how: 'fuzzy', kind: 'NAME' });
    const hakimov = await search({ q: 'Hakimov A.' });
    expect(hakimov.results[0]?.slug).toBe(HEROES.khakimov);
    expect(hakimov.results[0]?.matched.map((m) => m.how)).toContain('initial');
  });

  it('ranks an exact match above a prefix match above a fuzzy one', async () => {
    const exact = await search({ q: 'Nedoshivin' });
    expect((await search({ q: 'Hakimov' })).results[0]?.matched[0]).toMatchObject({
      how: 'spelling',
      term: 'Khakimov',
    });
    const prefix = await search({ q: 'Nedoshi' });
    const fuzzy = await search({ q: 'Nedashivin' });
    expect(exact.results[0]?.matched[0]?.how).toBe('exact');
    expect(prefix.results[0]?.matched[0]?.how).toBe('prefix');
    expect(fuzzy.results[0]?.matched[0]?.how).toBe('fuzzy');
    expect(exact.results[0]!.score).toBeGreaterThan(prefix.results[0]!.score);
    expect(prefix.results[0]!.score).toBeGreaterThan(fuzzy.results[0]!.score);
  });

  it('uses initials to tell namesakes apart', async () => {
    expect(parseQuery('Mirzoev T.')).toEqual({ words: [{ original: 'Mirzoev', token: 'mirzov' }], initials: ['t'] });
    expect(parseQuery('Т. Мирзоев').initials).toEqual(['t']);
    expect((await slugs({ q: 'Т. Мирзоев' }))[0]).toBe(HEROES.mirzoev);
    expect((await slugs({ q: 'Rakhimov A.' }))[0]).toBe(HEROES.rakhimov);
  });

  it('finds places under their historical or present name, units and battles', async () => {
    expect(await slugs({ q: 'Khujand' })).toContain(HEROES.erdzhigitov); // born in Leninabad region
    expect(await slugs({ q: 'Ленинабад' })).toContain(HEROES.erdzhigitov);
    expect(await slugs({ q: 'Baljuvon' })).toEqual(expect.arrayContaining([HEROES.amirshoev, HEROES.turdiev]));
    expect((await slugs({ q: '281st Rifle Division' }))[0]).toBe(HEROES.erdzhigitov);
    expect((await slugs({ q: '1064 полк' }))[0]).toBe(HEROES.erdzhigitov);
    expect(await slugs({ q: 'Stalingrad' })).toEqual(expect.arrayContaining([HEROES.spataev, HEROES.azizov]));
  });

  it('combines filters with a name, and filters alone', async () => {
    expect(await slugs({ q: 'Erdzhigitov', posthumous: 'no' })).toEqual([]);
    expect(await slugs({ q: 'Erdzhigitov', posthumous: 'yes', decreeFrom: '1944', decreeTo: '1944' })).toEqual([
      HEROES.erdzhigitov,
    ]);
    expect(await slugs({ decreeFrom: '1943', decreeTo: '1943' })).toEqual([HEROES.mirzoev]);
    expect(await slugs({ group: 'ADDED_2018' })).toEqual([HEROES.spataev]);
    expect(await slugs({ unit: '281st-rifle-division' })).toEqual([HEROES.erdzhigitov]);
    expect(await slugs({ battle: 'battle-of-stalingrad', q: 'Azizov' })).toEqual([HEROES.azizov]);
    expect(await slugs({ region: 'Sughd', q: 'Kinzhaev' })).toEqual([HEROES.kinzhaev]);
    expect(await slugs({ region: 'Baljuvon' })).toEqual(expect.arrayContaining([HEROES.amirshoev, HEROES.turdiev]));
  });

  it('shows what tells namesakes apart', async () => {
    const [first] = (await search({ q: 'Erdzhigitov' })).results;
    expect(first).toMatchObject({ birthDate: '1921-11-10', deathDate: '1943-10-05', decreeDate: '1944-02-21' });
    expect(first?.birthPlace).toContain('Asht');
    expect(first?.unit).toBeTruthy();
  });

  it('answers hostile and odd input with results or a clear message, never an error', async () => {
    const odd = [
      "'",
      '%',
      '_',
      '\\',
      '\'; DROP TABLE "Hero"; --',
      '%_%',
      '<script>alert(1)</script>',
      '🙂🎖️',
      '\u0000\u0007Nedoshivin\u001b',
      'Nedoshivin Недошивин Ҳакимов',
      'a',
      '   ',
      'x'.repeat(200),
    ];
    // Input with no letter or digit folds to nothing and finds nothing; the rest finds only real
    // Heroes, and input that holds a Hero's name among the noise finds at least one (an empty list
    // would let "only real Heroes" hold of nothing).
    const wordless = new Set(["'", '%', '_', '\\', '\'; DROP TABLE "Hero"; --', '%_%', '🙂🎖️', '   ']);
    const namesAHero = new Set(['\u0000\u0007Nedoshivin\u001b', 'Nedoshivin Недошивин Ҳакимов']);
    const seeded = new Set(assignSlugs(loadFactSheet().heroes));
    for (const q of odd) {
      const parsed = SearchQuerySchema.safeParse({ q });
      expect(parsed.success, q).toBe(true);
      const outcome = await searchHeroes(parsed.data!);
      if (wordless.has(q)) expect(outcome, q).toEqual({ results: [], total: 0 });
      else for (const result of outcome.results) expect(seeded.has(result.slug), `${q}: ${result.slug}`).toBe(true);
      if (namesAHero.has(q)) expect(outcome.results.length, q).toBeGreaterThan(0);
    }
    expect((await slugs({ q: 'Nedoshivin Недошивин Ҳакимов' }))[0]).toBe(HEROES.nedoshivin);
    expect((await slugs({ q: '\u0000\u0007Nedoshivin\u001b' }))[0]).toBe(HEROES.nedoshivin);
    const tooLong = SearchQuerySchema.safeParse({ q: 'x'.repeat(5000) });
    expect(tooLong.success).toBe(false);
    expect(tooLong.error?.issues[0]?.message).toBe('searchTooLong');
    expect(SearchQuerySchema.safeParse({ decreeFrom: '1950', decreeTo: '1940' }).error?.issues[0]?.message).toBe(
      'decreeYearsReversed',
    );
    expect(SearchQuerySchema.safeParse({ decreeFrom: '1900' }).error?.issues[0]?.message).toBe('decreeYearMin');
    expect(await slugs({ q: '' })).toEqual([]);
  });
});

describe('search pages and API', () => {
  it('serves results on a plain GET page, with why each matched', async () => {
    const { status, html } = await getPage(`/en/search?q=${encodeURIComponent('Недошевин')}`);
    expect(status).toBe(200);
    const text = textOf(html);
    expect(html).toContain('href="/en/heroes/veniamin-nedoshivin"');
    expect(text).toContain('“Недошевин” is close to the name Недошивин');
    const ru = textOf((await getPage(`/ru/search?q=${encodeURIComponent('Hakimov')}`)).html);
    expect(ru).toContain('А. Хакимов');
  });

  it('explains bad input on the page instead of failing', async () => {
    const long = await getPage(`/en/search?q=${'x'.repeat(5000)}`);
    expect(long.status).toBe(200);
    expect(textOf(long.html)).toContain('Search for at most 200 characters');
    const hostile = await getPage(`/en/search?q=${encodeURIComponent("<b>%'_\\")}`);
    expect(hostile.status).toBe(200);
    expect(hostile.html).not.toContain('<b>%');
    expect(textOf((await getPage('/en/search')).html)).toContain('Type a name, a place, a unit or a battle');
  });

  it('GET /api/search returns results with slug, name and matched, and 400 for bad parameters', async () => {
    const { status, body } = await getJson<{
      results: { slug: string; name: string; matched: unknown[] }[];
      total: number;
    }>(`/api/search?q=${encodeURIComponent('Mirzoev T.')}&limit=3`);
    expect(status).toBe(200);
    expect(body.results[0]).toMatchObject({ slug: HEROES.mirzoev, name: 'Tukhtasin Mirzoev' });
    expect(body.results[0]!.matched.length).toBeGreaterThan(0);
    expect(body.total).toBeGreaterThanOrEqual(1);
    const filtered = await getJson<{ results: { slug: string }[] }>('/api/search?group=ADDED_2018');
    expect(filtered.body.results.map((r) => r.slug)).toEqual([HEROES.spataev]);
    for (const bad of [
      `q=${'x'.repeat(5000)}`,
      'limit=0',
      'limit=abc',
      'group=NOPE',
      'decreeFrom=1800',
      'posthumous=maybe',
    ]) {
      const response = await getJson<{ error: string }>(`/api/search?${bad}`);
      expect(response.status, bad).toBe(400);
      expect(response.body.error.length).toBeGreaterThan(5);
    }
  });
});

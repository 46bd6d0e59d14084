// The site's search finds a place by any of its names in any script, Soviet-era ones too, and
// shows it above the Heroes: a link to its page, named in the reader's language, with the name it
// was found by; and the Heroes tied to it among the results. Served HTML, read without JavaScript.
import { afterAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '../../lib/prisma-client';
import { fileDatabaseUrl } from '../support/database';
import { getJson, getPage, textOf } from '../support/http';
import { useSite } from '../support/site';

useSite();
const prisma = createPrismaClient(fileDatabaseUrl(), { max: 2 });
afterAll(() => prisma.$disconnect());

const placeId = async (name: string, nameToday?: string) =>
  (
    await prisma.place.findFirstOrThrow({
      where: nameToday ? { name, nameToday } : { name: { startsWith: name } },
      select: { id: true },
    })
  ).id;

/** The places block of a search page, and where it and the Heroes' list begin. */
async function search(locale: string, q: string) {
  const { status, html } = await getPage(`/${locale}/search?q=${encodeURIComponent(q)}`);
  expect(status, q).toBe(200);
  const match = /<section[^>]*data-testid="search-places"[^>]*>([\s\S]*?)<\/section>/.exec(html);
  return {
    html,
    places: match?.[1] ?? null,
    placesAt: match ? match.index : -1,
    heroesAt: html.indexOf('data-testid="search-total"'),
  };
}

describe('search and places', () => {
  it('shows the place a Soviet-era name names, in the reader’s language, above the Heroes, in ru, tg and en', async () => {
    const stalinabad = await placeId('Stalinabad', 'Dushanbe');
    const leninabad = await placeId('Leninabad', 'Khujand');
    const buston = await placeId('Buston (formerly Chkalovsk)');
    const cases = [
      { locale: 'en', q: 'Stalinabad', id: stalinabad, name: 'Stalinabad', today: 'Dushanbe', matched: null },
      { locale: 'ru', q: 'Сталинобод', id: stalinabad, name: 'Сталинабад', today: 'Душанбе', matched: 'Сталинобод' },
      { locale: 'tg', q: 'Сталинобод', id: stalinabad, name: 'Сталинобод', today: 'Душанбе', matched: null },
      { locale: 'tg', q: 'Ленинабад', id: leninabad, name: 'Ленинобод', today: 'Хуҷанд', matched: 'Ленинабад' },
      { locale: 'ru', q: 'Ленинабад', id: leninabad, name: 'Ленинабад', today: 'Худжанд', matched: null },
      { locale: 'en', q: 'Chkalovsk', id: buston, name: 'Chkalovsk', today: 'Buston', matched: null },
      { locale: 'ru', q: 'Чкаловск', id: buston, name: 'Чкаловск', today: 'Бустон', matched: null },
      { locale: 'tg', q: 'Chkalovsk', id: buston, name: 'Чкаловск', today: 'Бӯстон', matched: 'Chkalovsk' },
    ];
    for (const c of cases) {
      const page = await search(c.locale, c.q);
      const label = `${c.locale} ${c.q}`;
      expect(page.places, label).not.toBeNull();
      expect(page.placesAt, label).toBeLessThan(page.heroesAt);
      const first = /<li[\s\S]*?<\/li>/.exec(page.places!)![0];
      expect(first, label).toContain(`href="/${c.locale}/places/${c.id}"`);
      const text = textOf(first);
      expect(text, label).toContain(c.name);
      expect(text, label).toContain(c.today);
      if (c.matched) expect(text, label).toContain(c.matched);
      else expect(text, label).not.toMatch(/«|“/);
    }
  });

  it('finds the Heroes tied to the place too', async () => {
    for (const [locale, q] of [
      ['en', 'Chkalovsk'],
      ['ru', 'Чкаловск'],
      ['tg', 'Чкаловск'],
    ] as const) {
      const page = await search(locale, q);
      expect(page.html.indexOf(`href="/${locale}/heroes/boris-shmelyov"`), `${locale} ${q}`).toBeGreaterThan(
        page.heroesAt,
      );
    }
  });

  it('shows no place for a name that is only a Hero’s', async () => {
    const page = await search('en', 'Erdzhigitov');
    expect(page.places).toBeNull();
    expect(page.html).toContain('href="/en/heroes/tuychi-erdzhigitov"');
  });

  it('answers GET /api/search with the places too', async () => {
    const { status, body } = await getJson<{ places: { id: string; name: string; matched: string }[] }>(
      `/api/search?q=${encodeURIComponent('Сталинобод')}&locale=ru`,
    );
    expect(status).toBe(200);
    expect(body.places[0]).toMatchObject({
      id: await placeId('Stalinabad', 'Dushanbe'),
      name: 'Сталинабад',
      matched: 'Сталинобод',
    });
  });
});

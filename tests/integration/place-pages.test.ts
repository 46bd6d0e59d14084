// The page per place and the collection's maps, served by the real site from the seeded database:
// names through time with years and sources, the hierarchy then and now, the point or a way to
// help locate it, the Heroes tied to the place; an approved coordinate on the next request; the
// maps' counts as the database has them, each map within its 15 KB gzip budget; the forms' choice
// of place, cached, offers a place added or renamed through the real paths on the next request.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { invalidateTags } from '../../lib/cache';
import { importFile } from '../../lib/exports/import';
import { approveSubmission } from '../../lib/moderation/moderation';
import { listHeroPlaces } from '../../lib/places/queries';
import { createPrismaClient } from '../../lib/prisma-client';
import { proposeAddition } from '../../lib/submissions/submissions';
import { proposeTranslation } from '../../lib/translations/translations';
import { signIn } from '../support/auth';
import { fileDatabaseUrl } from '../support/database';
import { HEROES, SPATAEV_BIRTHPLACE_POINT } from '../support/heroes';
import { getPage, textOf } from '../support/http';
import { useSite } from '../support/site';

useSite();
const prisma = createPrismaClient(fileDatabaseUrl(), { max: 2 });
afterAll(() => prisma.$disconnect());

const placeId = async (startsWith: string) =>
  (await prisma.place.findFirstOrThrow({ where: { name: { startsWith } }, select: { id: true } })).id;
const section = (html: string, testid: string) => {
  // The element's own closing tag: none of these elements holds another of its kind.
  const match = new RegExp(`<(\\w+)[^>]*data-testid="${testid}"[^>]*>([\\s\\S]*?)</\\1>`).exec(html);
  if (!match) throw new Error(`no ${testid} on the page`);
  return match[2]!;
};
const svgs = (html: string) => [...html.matchAll(/<svg[^>]*class="map-svg"[\s\S]*?<\/svg>/g)].map((m) => m[0]);

describe('a place page', () => {
  it('shows Buston, once Chkalovsk: its names through time with sources, where it lies, its point and who rests there, in three languages', async () => {
    const id = await placeId('Buston (formerly Chkalovsk)');
    const expected = {
      en: {
        title: 'Chkalovsk',
        today: 'Buston',
        names: ['Chkalovsk', 'Чкаловск', 'Buston', 'Бустон', 'Бӯстон'],
        region: 'Leninabad region',
        role: 'rests here',
        hero: 'Boris',
      },
      ru: {
        title: 'Чкаловск',
        today: 'Бустон',
        names: ['Чкаловск', 'Бустон', 'Бӯстон'],
        region: 'Ленинабадская область',
        role: 'покоится здесь',
        hero: 'Шмелёв',
      },
      tg: {
        title: 'Чкаловск',
        today: 'Бӯстон',
        names: ['Чкаловск', 'Бустон', 'Бӯстон'],
        region: 'вилояти Ленинобод',
        role: 'дар ин ҷо ором гирифтааст',
        hero: 'Шмелёв',
      },
    };
    for (const [locale, want] of Object.entries(expected)) {
      const { status, html } = await getPage(`/${locale}/places/${id}`);
      expect(status, locale).toBe(200);
      expect(textOf(section(html, 'place-title')), locale).toBe(want.title);
      expect(textOf(section(html, 'place-today')), locale).toContain(want.today);
      const names = textOf(section(html, 'names'));
      for (const name of want.names) expect(names, `${locale} ${name}`).toContain(name);
      // The historical name cites GeoNames, the record the point was matched to.
      expect(section(html, 'names')).toContain('href="https://www.geonames.org/1538311"');
      expect(textOf(section(html, 'hierarchy-then')), locale).toContain(want.region);
      expect(section(html, 'hierarchy-then')).toMatch(new RegExp(`href="/${locale}/places/[^"]+"`));
      expect(textOf(section(html, 'coordinates'))).toBe('40.23417, 69.69481');
      expect(section(html, 'point-source')).toContain('href="https://www.geonames.org/1538311"');
      expect(svgs(html)).toHaveLength(1);
      const heroes = section(html, 'place-heroes');
      expect(heroes).toContain(`href="/${locale}/heroes/boris-shmelyov"`);
      expect(heroes).toContain('data-roles="BURIAL"');
      expect(textOf(heroes), locale).toContain(want.role);
      expect(textOf(heroes), locale).toContain(want.hero);
    }
  });

  it('gives a Soviet-era name its years and source (Stalinabad 1929–1961), and says when no Hero is tied to a place', async () => {
    const { status, html } = await getPage(`/en/places/${await placeId('Stalinabad')}`);
    expect(status).toBe(200);
    expect(textOf(section(html, 'place-title'))).toBe('Stalinabad');
    expect(textOf(section(html, 'place-today'))).toContain('Dushanbe');
    const rows = [...section(html, 'names').matchAll(/<tr data-name-kind="HISTORICAL">([\s\S]*?)<\/tr>/g)].map((m) =>
      textOf(m[1]!),
    );
    expect(
      rows.some((row) => row.includes('Сталинабад') && row.includes('1929–1961') && row.includes('Dushanbe')),
    ).toBe(true);
    expect(section(html, 'names')).toContain('href="https://en.wikipedia.org/wiki/Dushanbe"');
    const tied = await prisma.hero.count({
      where: {
        published: true,
        OR: [
          { birthPlace: { name: 'Stalinabad' } },
          { deathPlace: { name: 'Stalinabad' } },
          { burialPlace: { name: 'Stalinabad' } },
        ],
      },
    });
    expect(tied).toBe(0);
    expect(textOf(html)).toContain('No published Hero is tied to this place itself.');
  });

  it("lists on a district's page the Heroes of the villages within it (who else came from our district)", async () => {
    const id = await placeId('Baljuvon district');
    const born = await prisma.hero.findMany({
      where: { published: true, birthPlace: { parentId: id } },
      select: { slug: true },
    });
    expect(born.length).toBeGreaterThan(1);
    for (const locale of ['en', 'ru', 'tg']) {
      const { status, html } = await getPage(`/${locale}/places/${id}`);
      expect(status).toBe(200);
      const within = section(html, 'heroes-within');
      for (const { slug } of born)
        expect(within, `${locale} ${slug}`).toContain(`data-hero="${slug}" data-roles="BIRTH"`);
    }
    expect(textOf(section((await getPage(`/tg/places/${id}`)).html, 'heroes-within'))).toContain('таваллуд шудааст');
  });

  it("answers the site's 404 for a place that does not exist or an address that is no id", async () => {
    const pages = {
      '/en/places/no-such-place': 'There is no page at this address',
      '/ru/places/cm0000000000000000000000': 'По этому адресу страницы нет',
      '/tg/places/%E2%80%94': 'Дар ин суроға саҳифа нест',
    };
    for (const [path, words] of Object.entries(pages)) {
      const { status, html } = await getPage(path);
      expect(status, path).toBe(404);
      expect(textOf(html), path).toContain(words);
    }
  });

  it('lists a place not yet located as such, with a way to help locate it, and shows an approved point on the next request', async () => {
    const id = await placeId('village (aul) Koktobe');
    let page = await getPage(`/en/places/${id}`);
    expect(page.status).toBe(200);
    expect(page.html).toContain('data-testid="not-located"');
    expect(svgs(page.html)).toHaveLength(0);
    expect(page.html).toContain('href="/en/heroes/karsybay-spataev/add?kind=place&amp;placeRole=birthPlace"');
    // The form it leads to has his birthplace chosen already.
    const contributor = await signIn({ role: 'CONTRIBUTOR' });
    const form = await getPage('/en/heroes/karsybay-spataev/add?kind=place&placeRole=birthPlace', {
      headers: { cookie: contributor.cookie },
    });
    expect(form.status).toBe(200);
    expect(form.html).toMatch(/<option value="birthPlace" selected="">/);

    const { id: submissionId } = await proposeAddition(
      contributor.actor,
      'karsybay-spataev',
      'PLACE_COORDINATE',
      SPATAEV_BIRTHPLACE_POINT,
    );
    expect((await getPage(`/en/places/${id}`)).html).toContain('data-testid="not-located"');
    const moderator = await signIn({ role: 'MODERATOR' });
    await approveSubmission(moderator.actor, { submissionId });

    page = await getPage(`/en/places/${id}`);
    expect(page.html).not.toContain('data-testid="not-located"');
    expect(textOf(section(page.html, 'coordinates'))).toBe('42.9, 70.1');
    expect(textOf(section(page.html, 'precision'))).toBe('Approximate point.');
    expect(section(page.html, 'point-source')).toContain('href="https://example.org/spataevo-sovkhoz-history"');
    expect(svgs(page.html)).toHaveLength(1);
    expect(svgs(page.html)[0]).toContain('map-approx');
  });

  it("is linked from each place of a profile's list, and from the place index", async () => {
    const events = (await listHeroPlaces('tuychi-erdzhigitov', prisma))!;
    const { html } = await getPage('/en/heroes/tuychi-erdzhigitov');
    for (const event of events) expect(html, event.place.name).toContain(`href="/en/places/${event.place.id}"`);
    const index = await getPage('/ru/places');
    expect(index.status).toBe(200);
    expect(index.html).toContain(`href="/ru/places/${await placeId('Buston (formerly Chkalovsk)')}"`);
    expect(index.html).toMatch(/data-located="no"/);
  });
});

/** Distinct published Heroes tied to a place (or, for a district, to any place within it) by these columns. */
async function heroesAt(placeIdValue: string, columns: string[], within: boolean, battles = false): Promise<number> {
  const where = columns.map((c) => `h."${c}" IN (SELECT id FROM sub)`).join(' OR ');
  const battle = battles
    ? ` OR h.id IN (SELECT bp."heroId" FROM "BattleParticipation" bp WHERE bp."placeId" IN (SELECT id FROM sub))`
    : '';
  const rows = await prisma.$queryRawUnsafe<{ n: number }[]>(
    `WITH RECURSIVE sub AS (SELECT id FROM "Place" WHERE id = $1 ${within ? 'UNION SELECT p.id FROM "Place" p JOIN sub ON p."parentId" = sub.id' : ''})
     SELECT count(DISTINCT h.id)::int AS n FROM "Hero" h WHERE h.published AND (${where}${battle})`,
    placeIdValue,
  );
  return rows[0]!.n;
}

describe('the maps of the collection', () => {
  const views = {
    origin: {
      columns: ['birthPlaceId', 'callUpPlaceId'],
      within: true,
      battles: false,
      heading: { en: 'Where they came from', ru: 'Откуда родом', tg: 'Аз куҷо буданд' },
    },
    fought: {
      columns: ['featPlaceId', 'deathPlaceId'],
      within: false,
      battles: true,
      heading: {
        en: 'Where they fought and fell',
        ru: 'Где воевали и погибли',
        tg: 'Дар куҷо ҷангиданд ва ҳалок шуданд',
      },
    },
    rest: {
      columns: ['burialPlaceId', 'firstBurialPlaceId'],
      within: false,
      battles: false,
      heading: { en: 'Where they rest', ru: 'Где покоятся', tg: 'Дар куҷо ором гирифтаанд' },
    },
  } as const;

  it.each(Object.keys(views) as (keyof typeof views)[])(
    'draws ?view=%s with the counts the database has, within 15 KB gzipped, in three languages',
    async (view) => {
      const spec = views[view];
      for (const locale of ['en', 'ru', 'tg'] as const) {
        const { status, html } = await getPage(`/${locale}/maps${view === 'origin' ? '' : `?view=${view}`}`);
        expect(status, `${locale} ${view}`).toBe(200);
        expect(html).toContain(`data-view="${view}"`);
        expect(html).toMatch(
          new RegExp(
            `data-view-link="${view}"[^>]*aria-current="page"|aria-current="page"[^>]*data-view-link="${view}"`,
          ),
        );
        expect(textOf(html)).toContain(spec.heading[locale]);
        const rows = [...html.matchAll(/<tr data-place="([^"]+)" data-count="(\d+)">/g)].map((m) => ({
          id: m[1]!,
          count: Number(m[2]),
        }));
        expect(rows.length, view).toBeGreaterThan(0);
        for (const row of rows)
          expect(row.count, `${view} ${row.id}`).toBe(
            await heroesAt(row.id, [...spec.columns], spec.within, spec.battles),
          );
        // Every published Hero tied by the view's facts is in the table once.
        const total = Number(/data-heroes="(\d+)"/.exec(html)![1]);
        const tied = await prisma.$queryRawUnsafe<{ n: number }[]>(
          `SELECT count(DISTINCT h.id)::int AS n FROM "Hero" h WHERE h.published AND (${spec.columns.map((c) => `h."${c}" IS NOT NULL`).join(' OR ')}${spec.battles ? ' OR h.id IN (SELECT "heroId" FROM "BattleParticipation" WHERE "placeId" IS NOT NULL)' : ''})`,
        );
        expect(total, view).toBe(tied[0]!.n);
        const maps = svgs(html);
        expect(maps.length, view).toBeGreaterThan(0);
        const gzipped = gzipSync(maps.join('')).length;
        expect(gzipped, `${view}: ${gzipped} bytes gzipped`).toBeLessThanOrEqual(15 * 1024);
      }
    },
  );

  it('is linked from the site navigation', async () => {
    const { html } = await getPage('/tg/heroes');
    expect(html).toMatch(/<a href="\/tg\/maps"[^>]*>Харитаҳо<\/a>/);
  });
});

describe("a unit's path", () => {
  it("lists its dated stations with their sources and draws lines only between consecutive located ones, with its Heroes' feats", async () => {
    const hero = await prisma.hero.findUniqueOrThrow({
      where: { slug: 'tuychi-erdzhigitov' },
      select: { services: { select: { unit: { select: { id: true, slug: true } } } } },
    });
    const unit = hero.services[0]!.unit;
    // Drawing fixtures in this file's own database, not the archive's facts: three located places
    // and one not, in the order of a path, each station with a source.
    const source = await prisma.source.create({
      data: { title: 'Test unit history (fixture)', url: 'https://example.org/unit-history' },
    });
    const stations = [
      { place: 'Gatchina district', dateFrom: '1943-01', dateTo: '1943-03' },
      { place: 'Tosnensky district, Leningrad Oblast', dateFrom: '1943-04', dateTo: null },
      { place: 'Karelian Isthmus', dateFrom: '1944-06', dateTo: null },
      { place: 'mass grave in Lyuban', dateFrom: '1944-08', dateTo: null },
    ];
    for (const station of stations) {
      const placeRow = await prisma.place.findFirstOrThrow({
        where: { name: { startsWith: station.place } },
        select: { id: true },
      });
      await prisma.unitPathPoint.create({
        data: {
          unitId: unit.id,
          placeId: placeRow.id,
          dateFrom: station.dateFrom,
          dateTo: station.dateTo,
          sourceId: source.id,
        },
      });
    }
    await prisma.$transaction((tx) => invalidateTags(tx, [`unit:${unit.slug}`]));

    const { status, html } = await getPage(`/en/units/${unit.slug}`);
    expect(status).toBe(200);
    const list = section(html, 'unit-stations');
    expect([...list.matchAll(/data-located="(yes|no)"/g)].map((m) => m[1])).toEqual(['yes', 'yes', 'no', 'yes']);
    expect(textOf(list)).toContain('January 1943 – March 1943');
    expect(list.match(/href="https:\/\/example\.org\/unit-history"/g)).toHaveLength(4);
    // One line, from the first station to the second: the unlocated third breaks the path.
    const route = /<path class="map-route" d="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(route.match(/M/g)).toHaveLength(1);
    expect(section(html, 'unit-feats')).toContain('href="/en/heroes/tuychi-erdzhigitov"');
  });
});

describe("the forms' choice of place", () => {
  it('offers a place the import added, and its name as a translation renamed it, on the next request', async () => {
    const contributor = await signIn({ role: 'CONTRIBUTOR' });
    const form = async () =>
      (
        await getPage(`/ru/heroes/${HEROES.erdzhigitov}/add?kind=fact-place`, {
          headers: { cookie: contributor.cookie },
        })
      ).html;
    const option = (html: string, id: string) =>
      new RegExp(`<option value="${id}"[^>]*>([^<]*)</option>`).exec(html)?.[1] ?? null;
    // Read once before the change: what the page keeps is what the next request must not reuse.
    expect(await form()).toContain('<option value=""');

    // Fixtures in this file's own database, not facts of the archive: a made-up Hero born in a
    // made-up village, which the import adds to the gazetteer as the file names it.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'zvezda-place-choice-'));
    const file = path.join(dir, 'new-place.csv');
    writeFileSync(
      file,
      'slug,surname_ru,given_ru,surname_en,given_en,birth_place\n' +
        'test-fixture-hero,Тестов,Иван,Testov,Ivan,Testovka village (fixture)\n',
    );
    const summary = await importFile(prisma, { file });
    expect(summary.errors).toEqual([]);
    const place = await prisma.place.findFirstOrThrow({
      where: { name: 'Testovka village (fixture)' },
      select: { id: true },
    });
    expect(option(await form(), place.id)).toBe('Testovka village (fixture)');

    const { id } = await proposeTranslation(contributor.actor, 'test-fixture-hero', {
      text: `Place:${place.id}:name`,
      into: 'ru',
      value: 'село Тестовка (тест)',
    });
    const moderator = await signIn({ role: 'MODERATOR' });
    await approveSubmission(moderator.actor, { submissionId: id });
    expect(option(await form(), place.id)).toBe('село Тестовка (тест)');
  });
});

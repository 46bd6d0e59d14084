import { describe, expect, it } from 'vitest';
import { getCollection, getHeroCounts, getPublicHero, listPublicHeroes } from '../../lib/heroes/queries';
import { HeroListQuerySchema } from '../../lib/heroes/schemas';
import { assignSlugs } from '../../prisma/seed/build';
import { loadFactSheet } from '../../prisma/seed/fact-sheet';
import { createPrismaClient } from '../../lib/prisma-client';
import { fileDatabaseUrl } from '../support/database';

const sheet = loadFactSheet();

describe('public hero reads', () => {
  it('lists every published hero by name, paginated, with the total', async () => {
    const all = await listPublicHeroes(HeroListQuerySchema.parse({ limit: 100 }));
    // This file's database is the seed and nothing else: exactly the fact sheet's people.
    expect(all.total).toBe(sheet.heroes.length);
    expect(all.items.length).toBe(sheet.heroes.length);
    expect(all.items.map((h) => h.slug).sort()).toEqual(assignSlugs(sheet.heroes).sort());
    const names = all.items.map((h) => h.surnameEn);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const page2 = await listPublicHeroes(HeroListQuerySchema.parse({ limit: 5, offset: 5 }));
    expect(page2.items.map((h) => h.slug)).toEqual(all.items.slice(5, 10).map((h) => h.slug));
  });

  it('sorts by decree date with unknown dates last, and filters by group', async () => {
    const byDecree = await listPublicHeroes(HeroListQuerySchema.parse({ limit: 100, sort: 'decree' }));
    const dates = byDecree.items.map((h) => h.awards[0]?.decreeDate?.getTime() ?? null);
    const known = dates.filter((d): d is number => d !== null);
    expect(known).toEqual([...known].sort((a, b) => a - b));
    expect(dates.slice(known.length).every((d) => d === null)).toBe(true);
    expect(known.length).toBe(sheet.heroes.filter((h) => h.title_decree_date).length);

    const postwar = await listPublicHeroes(HeroListQuerySchema.parse({ group: 'POSTWAR_TAJIKISTAN' }));
    expect(postwar.total).toBe(sheet.heroes.filter((h) => h.group === 'postwar_tajikistan').length);
    expect(postwar.items.every((h) => h.group === 'POSTWAR_TAJIKISTAN')).toBe(true);
  });

  it('pages by decree date across the known and the unknown dates as one list, and lists a Hero twice over once', async () => {
    const byDecree = async (limit: number, offset: number) =>
      (await listPublicHeroes(HeroListQuerySchema.parse({ limit, offset, sort: 'decree' }))).items.map((h) => h.slug);
    const whole = await byDecree(100, 0);
    expect(whole).toHaveLength(sheet.heroes.length);
    const paged: string[] = [];
    for (let offset = 0; offset < whole.length + 5; offset += 5) paged.push(...(await byDecree(5, offset)));
    expect(paged).toEqual(whole);

    // A second Gold Star, dated before every other decree: the Hero moves to the head of the list, once.
    const undated = whole.at(-1)!;
    const prisma = createPrismaClient(fileDatabaseUrl(), { max: 1 });
    try {
      const hero = await prisma.hero.findUniqueOrThrow({ where: { slug: undated }, select: { id: true } });
      const added = await prisma.award.createManyAndReturn({
        data: [new Date('1936-01-01'), new Date('1950-01-01')].map((decreeDate) => ({
          heroId: hero.id,
          kind: 'HERO_OF_THE_SOVIET_UNION' as const,
          decreeDate,
          decreePrecision: 'DAY' as const,
        })),
      });
      try {
        const after = await byDecree(100, 0);
        expect(after[0]).toBe(undated);
        expect(after.filter((slug) => slug === undated)).toHaveLength(1);
        expect([...after].sort()).toEqual([...whole].sort());
      } finally {
        await prisma.award.deleteMany({ where: { id: { in: added.map((award) => award.id) } } });
      }
    } finally {
      await prisma.$disconnect();
    }
  });

  it('refuses bad list parameters with a message', () => {
    for (const bad of [
      { limit: '0' },
      { limit: 'abc' },
      { limit: '1000' },
      { offset: '-1' },
      { sort: 'age' },
      { group: 'X' },
    ]) {
      const result = HeroListQuerySchema.safeParse(bad);
      expect(result.success, JSON.stringify(bad)).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/limit|offset|sort|group/);
    }
  });

  it("gives Nedoshivin's profile exactly as the fact sheet holds it", async () => {
    const record = sheet.heroes[0]!;
    const hero = await getPublicHero('veniamin-nedoshivin');
    expect(hero).not.toBeNull();
    expect(hero!.surnameRu).toBe(record.surname_ru);
    expect(hero!.givenRu).toBe(record.given_ru);
    expect(hero!.rankAtFeat).toBe('lieutenant');
    expect(hero!.role).toBe('platoon commander');
    expect(hero!.featDate?.toISOString().slice(0, 10)).toBe('1944-01-27');
    expect(hero!.featDatePrecision).toBe('DAY');
    expect(hero!.birthDate).toBeNull();
    expect(hero!.deathDate).toBeNull();
    expect(hero!.birthPlace).toBeNull();
    expect(hero!.services).toEqual([]);
    expect(hero!.awards.find((a) => a.kind === 'HERO_OF_THE_SOVIET_UNION')).toMatchObject({
      decreeDate: null,
      goldStarNo: null,
      posthumous: false,
    });
    expect(hero!.citations).toHaveLength(record.sources.length);
    expect(hero!.completeness.missing).toEqual(['birthDate', 'deathDate', 'birthPlace', 'unit', 'decreeDate']);
    expect(hero!.completeness.isStub).toBe(false);
    expect(hero!.confidence).toBe('LOW');
  });

  it('marks a hero known only by surname and initial as a stub with its open questions', async () => {
    const hero = await getPublicHero('t-nazarov');
    expect(hero?.completeness.isStub).toBe(true);
    expect(hero?.completeness.known).toEqual([]);
    expect(hero?.givenInitialRu).toBe('Т.');
  });

  it('returns null for an unknown slug', async () => {
    expect(await getPublicHero('no-such-hero')).toBeNull();
  });

  it('summarises the collection: 64 counted, how many identified, the other counts', async () => {
    const [collection, counts] = await Promise.all([getCollection(), getHeroCounts()]);
    expect(collection?.counted).toBe(64);
    expect(counts.identified).toBe(sheet.heroes.filter((h) => h.counted_in_64).length);
    expect(counts.linkedOutsideCount).toBe(sheet.heroes.filter((h) => !h.counted_in_64).length);
    expect(collection?.otherCounts.map((c) => c.count)).toEqual(expect.arrayContaining([54, 63, 65]));
  });
});

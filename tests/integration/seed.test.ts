import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../lib/partial-date';
import { assessCompleteness, COMPLETENESS_FACTS } from '../../lib/heroes/completeness';
import { biographies } from '../../prisma/seed/biographies';
import { assignSlugs } from '../../prisma/seed/build';
import { BUNDLED_FACT_SHEET, SHARED_FACT_SHEET, loadFactSheet } from '../../prisma/seed/fact-sheet';
import { seedDatabase } from '../../prisma/seed/seed';
import { query, useMigratedDatabase } from '../support/database';

const sheet = loadFactSheet();
const slugs = assignSlugs(sheet.heroes);
const TABLES = [
  'Hero',
  'HeroName',
  'Place',
  'Unit',
  'Service',
  'Battle',
  'BattleParticipation',
  'Award',
  'Source',
  'Citation',
  'SourceConflict',
  'Memorial',
  'Collection',
  'CountClaim',
  'Candidate',
  'SearchTerm',
  'SearchLexeme',
];

async function tableCounts(url: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES)
    counts[table] = Number((await query<{ n: string }>(url, `SELECT count(*) AS n FROM "${table}"`))[0]!.n);
  return counts;
}

describe('the seed', () => {
  const database = useMigratedDatabase('seed');
  const { prisma } = database;

  it('writes every person of the fact sheet, each with a source, Nedoshivin first', async () => {
    const report = await seedDatabase(prisma, sheet, biographies);
    expect(report.created).toEqual(slugs);
    expect(slugs[0]).toBe('veniamin-nedoshivin');
    const heroes = await prisma.hero.findMany({ select: { slug: true, _count: { select: { citations: true } } } });
    expect(heroes.map((h) => h.slug).sort()).toEqual([...slugs].sort());
    for (const hero of heroes) expect(hero._count.citations, hero.slug).toBeGreaterThanOrEqual(1);
    const counted = await prisma.hero.count({ where: { countedIn64: true } });
    expect(counted).toBe(sheet.about.identified);
    const collection = await prisma.collection.findUniqueOrThrow({
      where: { slug: 'tajikistan' },
      include: { otherCounts: true },
    });
    expect(collection.counted).toBe(64);
    expect(collection.otherCounts.map((c) => c.count).sort()).toEqual(
      sheet.about.other_counts.map((c) => c.count).sort(),
    );
  });

  it('stores only the facts the sheet holds: unknowns stay null, partial dates keep their precision', async () => {
    for (const [index, record] of sheet.heroes.entries()) {
      const hero = await prisma.hero.findUniqueOrThrow({
        where: { slug: slugs[index]! },
        include: {
          awards: true,
          services: true,
          birthPlace: true,
          citations: { include: { source: true } },
          conflicts: true,
        },
      });
      const birth = parsePartialDate(record.birth_date);
      expect(hero.birthDate?.toISOString() ?? null, hero.slug).toBe(birth?.date.toISOString() ?? null);
      expect(hero.birthDatePrecision ?? null).toBe(birth?.precision ?? null);
      expect(hero.deathDate?.toISOString() ?? null).toBe(
        parsePartialDate(record.death_date)?.date.toISOString() ?? null,
      );
      expect(hero.rankAtFeat).toBe(record.rank_at_feat);
      expect(hero.role).toBe(record.role);
      expect(hero.featPlace).toBe(record.feat_place);
      expect(hero.birthPlace?.name ?? null).toBe(record.birth_place ?? record.birth_place_today ?? null);
      const title = hero.awards.find((a) => a.kind === 'HERO_OF_THE_SOVIET_UNION')!;
      expect(title.decreeDate?.toISOString() ?? null).toBe(
        parsePartialDate(record.title_decree_date)?.date.toISOString() ?? null,
      );
      expect(title.posthumous).toBe(record.posthumous);
      expect(title.goldStarNo).toBe(record.gold_star_no);
      expect(hero.awards.some((a) => a.kind === 'ORDER_OF_LENIN')).toBe(record.order_of_lenin === true);
      expect(hero.services.length > 0).toBe(record.units.length > 0);
      expect(hero.conflicts).toHaveLength(record.conflicts.length);
      const urls = hero.citations.map((c) => c.source.url).filter(Boolean);
      for (const source of record.sources) {
        if (source.url?.startsWith('http')) expect(urls).toContain(source.url);
      }
      expect(hero.biographyEn.length).toBeGreaterThan(40);
      expect(hero.biographyRu).toMatch(/\p{Script=Cyrillic}/u);
    }
  });

  it('states for every record how complete it is, matching the facts the sheet holds', async () => {
    for (const [index, record] of sheet.heroes.entries()) {
      const hero = await prisma.hero.findUniqueOrThrow({
        where: { slug: slugs[index]! },
        include: { _count: { select: { services: true } }, awards: { where: { kind: 'HERO_OF_THE_SOVIET_UNION' } } },
      });
      const completeness = assessCompleteness({
        ...hero,
        serviceCount: hero._count.services,
        titleDecreeDate: hero.awards[0]?.decreeDate ?? null,
      });
      const expected = {
        fullName: record.given_ru !== null,
        birthDate: parsePartialDate(record.birth_date) !== null,
        deathDate: parsePartialDate(record.death_date) !== null,
        birthPlace: Boolean(record.birth_place || record.birth_place_today),
        unit: record.units.length > 0,
        deed: Boolean(record.feat_date || record.feat_place),
        decreeDate: parsePartialDate(record.title_decree_date) !== null,
      };
      expect(Object.fromEntries(COMPLETENESS_FACTS.map((f) => [f, completeness.known.includes(f)])), hero.slug).toEqual(
        expected,
      );
      expect(completeness.isStub, hero.slug).toBe(record.given_ru === null);
    }
  });

  it('is idempotent: a second run changes and duplicates nothing', async () => {
    const before = await tableCounts(database.url);
    const heroesBefore = await query(database.url, 'SELECT slug, "updatedAt" FROM "Hero" ORDER BY slug');
    const report = await seedDatabase(prisma, sheet, biographies);
    expect(report.unchanged).toHaveLength(sheet.heroes.length);
    expect(report.created).toEqual([]);
    expect(report.updated).toEqual([]);
    expect(await tableCounts(database.url)).toEqual(before);
    expect(await query(database.url, 'SELECT slug, "updatedAt" FROM "Hero" ORDER BY slug')).toEqual(heroesBefore);
  });

  it('never overwrites a record edited in the archive, but refreshes an unedited one from a changed sheet', async () => {
    await prisma.hero.update({
      where: { slug: 'veniamin-nedoshivin' },
      data: { biographyEn: 'Edited by a moderator.', editedAt: new Date() },
    });
    const changed = structuredClone(sheet);
    changed.heroes[0]!.role = 'changed role';
    const azizov = changed.heroes.findIndex((h) => h.name_en === 'Domullo Azizov');
    changed.heroes[azizov]!.rank_at_feat = 'sergeant (changed in the sheet)';
    const report = await seedDatabase(prisma, changed, biographies);
    expect(report.keptEdited).toEqual(['veniamin-nedoshivin']);
    expect(report.updated).toEqual(['domullo-azizov']);
    const nedoshivin = await prisma.hero.findUniqueOrThrow({ where: { slug: 'veniamin-nedoshivin' } });
    expect(nedoshivin.biographyEn).toBe('Edited by a moderator.');
    expect(nedoshivin.role).toBe('platoon commander');
    const updated = await prisma.hero.findUniqueOrThrow({
      where: { slug: 'domullo-azizov' },
      include: { citations: true },
    });
    expect(updated.rankAtFeat).toBe('sergeant (changed in the sheet)');
    expect(updated.citations.length).toBe(sheet.heroes[azizov]!.sources.length);
  });

  it('refuses a fact sheet of the wrong shape with a message, writing nothing', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'zvezda-sheet-'));
    const file = path.join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ about: {}, heroes: [{ surname_ru: '' }] }));
    expect(() => loadFactSheet(file)).toThrow(/does not have the expected shape/);
  });
});

describe('the bundled fact sheet', () => {
  it.runIf(existsSync(SHARED_FACT_SHEET))('is the same as the research team’s copy in ../shared', () => {
    expect(readFileSync(BUNDLED_FACT_SHEET, 'utf8')).toBe(readFileSync(SHARED_FACT_SHEET, 'utf8'));
  });
});

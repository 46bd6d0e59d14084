// Public reads of the archive. Each selects the public fields explicitly and returns plain data.
import { db } from '../db';
import { AppError } from '../errors';
import type { Prisma } from '../generated/prisma/client';
import type { HeroGroup } from '../generated/prisma/enums';
import { assessCompleteness } from './completeness';
import { heroNameSelect } from './names';
import {
  awardFields,
  battleFields,
  citationFields,
  conflictFields,
  heroLineFields,
  heroRecordFields,
  memorialFields,
  nameFormFields,
  serviceFields,
  unitFields,
  unitWithChain,
} from './public-select';
import { SlugSchema, type HeroListQuery } from './schemas';
import { collectionTexts, readTranslations, recordTexts } from '../i18n/record-texts';
import type { TranslationRow } from '../i18n/texts';

const { slug: _slug, ...nameFields } = heroNameSelect;

const listFields = {
  slug: true,
  ...nameFields,
  ...heroLineFields,
  confidence: true,
  rankAtFeat: true,
  awards: {
    where: { kind: 'HERO_OF_THE_SOVIET_UNION' },
    select: { decreeDate: true, decreePrecision: true, posthumous: true },
    // The list shows the first: the decree it is sorted by.
    orderBy: [{ decreeDate: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
  },
} satisfies Prisma.HeroSelect;

const profileFields = {
  id: true,
  slug: true,
  ...nameFields,
  ...heroRecordFields,
  birthPlaceId: true,
  version: true,
  updatedAt: true,
  names: {
    select: nameFormFields,
    orderBy: [{ isPrimary: 'desc' }, { script: 'asc' }, { value: 'asc' }],
  },
  services: { select: { ...serviceFields, unit: { select: unitWithChain } } },
  battles: { select: battleFields },
  awards: { select: awardFields, orderBy: { kind: 'asc' } },
  citations: { select: citationFields },
  conflicts: { select: conflictFields, orderBy: { id: 'asc' } },
  memorials: { select: memorialFields, orderBy: { id: 'asc' } },
} satisfies Prisma.HeroSelect;

/** The published Hero a contribution is about: a malformed or unknown slug is not found, alike. */
export async function getPublishedHeroIdOrThrow(heroSlug: string): Promise<string> {
  if (!SlugSchema.safeParse(heroSlug).success) throw new AppError('NOT_FOUND', 'noSuchHero');
  const hero = await db.hero.findFirst({ where: { slug: heroSlug, published: true }, select: { id: true } });
  if (!hero) throw new AppError('NOT_FOUND', 'noSuchHero');
  return hero.id;
}

export type HeroListItem = Prisma.HeroGetPayload<{ select: typeof listFields }>;
type ProfileRow = Prisma.HeroGetPayload<{ select: typeof profileFields }>;
type SourceRow = ProfileRow['citations'][number]['source'];
/**
 * A citation names the picture that is its source (if any) beside the source, not inside it: the
 * JSON API spreads the source as it is, and a picture is linked only while the profile shows it.
 * The source's id (which its translated title and publisher are kept under) sits beside it too.
 */
type ProfileCitation = Omit<ProfileRow['citations'][number], 'source'> & {
  source: Omit<SourceRow, 'mediaId' | 'id'>;
  sourceId: string;
  mediaId: string | null;
};
export type HeroProfile = Omit<ProfileRow, 'birthPlaceId' | 'citations'> & {
  citations: ProfileCitation[];
  completeness: ReturnType<typeof assessCompleteness>;
  texts: TranslationRow[];
};

/** The Russian and Tajik values (and statuses) of the texts a record shows. */
export function listTranslations(refs: readonly { entity: string; entityId: string }[]): Promise<TranslationRow[]> {
  return readTranslations(db, refs);
}

/** What a page about a Hero needs for its heading: the name and the version, nothing else. */
export async function getHeroHeading(slug: string) {
  return db.hero.findFirst({ where: { slug, published: true }, select: { ...heroNameSelect, version: true } });
}

export async function getPublicHero(slug: string): Promise<HeroProfile | null> {
  const row = await db.hero.findFirst({ where: { slug, published: true }, select: profileFields });
  if (!row) return null;
  const title = row.awards.find((award) => award.kind === 'HERO_OF_THE_SOVIET_UNION');
  const completeness = assessCompleteness({
    ...row,
    serviceCount: row.services.length,
    titleDecreeDate: title?.decreeDate ?? null,
  });
  const { birthPlaceId: _birthPlaceId, citations, ...publicFields } = row;
  const texts = await listTranslations(recordTexts(row));
  return {
    ...publicFields,
    citations: citations.map(({ source: { mediaId, id: sourceId, ...source }, ...citation }) => ({
      ...citation,
      source,
      sourceId,
      mediaId,
    })),
    completeness,
    texts,
  };
}

/** A page of the list, with the Russian and Tajik names of its birthplaces. */
export async function listPublicHeroes(
  query: HeroListQuery,
  locale = 'en',
): Promise<{ items: HeroListItem[]; total: number; texts: TranslationRow[] }> {
  const page = await listHeroPage(query, locale);
  const places = page.items.flatMap((item) =>
    item.birthPlace ? [{ entity: 'Place', entityId: item.birthPlace.id }] : [],
  );
  return { ...page, texts: await listTranslations(places) };
}

async function listHeroPage(query: HeroListQuery, locale: string): Promise<{ items: HeroListItem[]; total: number }> {
  const where: Prisma.HeroWhereInput = { published: true, ...(query.group ? { group: query.group } : {}) };
  const byName: Prisma.HeroOrderByWithRelationInput[] =
    locale !== 'en' ? [{ surnameRu: 'asc' }, { givenRu: 'asc' }] : [{ surnameEn: 'asc' }, { givenEn: 'asc' }];
  if (query.sort === 'name') {
    const [items, counts] = await Promise.all([
      db.hero.findMany({
        where,
        select: listFields,
        orderBy: [...byName, { slug: 'asc' }],
        take: query.limit,
        skip: query.offset,
      }),
      getHeroCounts(),
    ]);
    return { items, total: listTotal(counts, query) };
  }
  const ordered = await decreeOrderPage(query);
  const [rows, counts] = await Promise.all([
    db.hero.findMany({ where: { slug: { in: ordered } }, select: listFields }),
    getHeroCounts(),
  ]);
  const bySlug = new Map(rows.map((row) => [row.slug, row]));
  return { items: ordered.map((slug) => bySlug.get(slug)!).filter(Boolean), total: listTotal(counts, query) };
}

/**
 * A page of the list by decree date: Heroes with a dated title first, by their first decree,
 * then those whose decree date is unknown, by name. Each part is read in the order of an index
 * ("Award" by kind and date; "Hero" by name) and stops at the page's end, so a page costs what it
 * shows rather than a sort of every Hero (65-90 ms at 100,000). The second part is read only when
 * the first ends within the page.
 */
async function decreeOrderPage(query: HeroListQuery): Promise<string[]> {
  const group = query.group ?? null;
  const end = query.offset + query.limit;
  const dated = await db.$queryRaw<{ slug: string }[]>`
    SELECT h.slug FROM "Award" a JOIN "Hero" h ON h.id = a."heroId"
    WHERE a.kind = 'HERO_OF_THE_SOVIET_UNION' AND a."decreeDate" IS NOT NULL
      AND h.published AND (${group}::text IS NULL OR h."group"::text = ${group})
      -- A Hero of the Soviet Union twice over is listed once, at his first decree.
      AND NOT EXISTS (
        SELECT 1 FROM "Award" b WHERE b."heroId" = a."heroId" AND b.kind = a.kind
          AND (b."decreeDate" < a."decreeDate" OR (b."decreeDate" = a."decreeDate" AND b.id < a.id)))
    ORDER BY a."decreeDate", h."surnameEn", h."givenEn", h.slug
    LIMIT ${end}`;
  const page = dated.slice(query.offset).map((row) => row.slug);
  if (dated.length === end) return page;
  const undated = await db.$queryRaw<{ slug: string }[]>`
    SELECT h.slug FROM "Hero" h
    WHERE h.published AND (${group}::text IS NULL OR h."group"::text = ${group})
      AND NOT EXISTS (SELECT 1 FROM "Award" a WHERE a."heroId" = h.id AND a.kind = 'HERO_OF_THE_SOVIET_UNION' AND a."decreeDate" IS NOT NULL)
    ORDER BY h."surnameEn", h."givenEn", h.slug
    LIMIT ${query.limit - page.length} OFFSET ${Math.max(0, query.offset - dated.length)}`;
  return [...page, ...undated.map((row) => row.slug)];
}

const listTotal = (counts: HeroCounts, query: HeroListQuery) =>
  query.group ? (counts.byGroup[query.group] ?? 0) : counts.published;

/** The collection's own record: its count, sources, caveats and other counts, with their translations. */
export async function getCollection(slug = 'tajikistan') {
  const collection = await db.collection.findUnique({
    where: { slug },
    select: {
      id: true,
      titleEn: true,
      titleRu: true,
      counted: true,
      countSource: true,
      breakdown: true,
      caveats: true,
      otherCounts: { select: { id: true, count: true, source: true }, orderBy: { count: 'asc' } },
    },
  });
  if (!collection) return null;
  const texts = await listTranslations(collectionTexts(collection));
  return { ...collection, breakdown: collection.breakdown as Record<string, number>, texts };
}

export type HeroCounts = {
  published: number;
  identified: number;
  linkedOutsideCount: number;
  stubs: number;
  byGroup: Partial<Record<HeroGroup, number>>;
};

/**
 * How many published Heroes there are: in all, counted in the 64 (identified) or linked from
 * outside that count, known only by surname and initial (stubs), and in each group. Read from the
 * counts the database keeps as Heroes are written ("HeroTally"), not by counting every Hero.
 */
export async function getHeroCounts(): Promise<HeroCounts> {
  const rows = await db.heroTally.findMany();
  const counts: HeroCounts = { published: 0, identified: 0, linkedOutsideCount: 0, stubs: 0, byGroup: {} };
  for (const row of rows) {
    counts.published += row.heroes;
    counts.identified += row.countedIn64;
    counts.linkedOutsideCount += row.heroes - row.countedIn64;
    counts.stubs += row.stubs;
    counts.byGroup[row.group] = row.heroes;
  }
  return counts;
}

const heroCardFields = { id: true, slug: true, ...nameFields, rankAtFeat: true } satisfies Prisma.HeroSelect;

export async function getUnit(slug: string) {
  const unit = await db.unit.findUnique({
    where: { slug },
    select: {
      ...unitWithChain,
      children: { select: unitFields },
      services: {
        where: { hero: { published: true } },
        select: { role: true, rank: true, fromDate: true, toDate: true, hero: { select: heroCardFields } },
      },
    },
  });
  if (!unit) return null;
  // The names of the unit, the units above and below it, and its Heroes' ranks, in every language.
  const units: { entity: string; entityId: string }[] = [];
  for (
    let current: { id: string; parent?: unknown } | null | undefined = unit;
    current;
    current = current.parent as typeof current
  ) {
    units.push({ entity: 'Unit', entityId: current.id });
  }
  const texts = await listTranslations([
    ...units,
    ...unit.children.map((child) => ({ entity: 'Unit', entityId: child.id })),
    ...unit.services.map((service) => ({ entity: 'Hero', entityId: service.hero.id })),
  ]);
  return { ...unit, texts };
}

export async function getBattle(slug: string) {
  const battle = await db.battle.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      dateText: true,
      place: true,
      participations: {
        where: { hero: { published: true } },
        select: { id: true, dateText: true, place: true, note: true, hero: { select: heroCardFields } },
      },
    },
  });
  if (!battle) return null;
  const texts = await listTranslations([
    { entity: 'Battle', entityId: battle.id },
    ...battle.participations.flatMap((p) => [
      { entity: 'BattleParticipation', entityId: p.id },
      { entity: 'Hero', entityId: p.hero.id },
    ]),
  ]);
  return { ...battle, texts };
}

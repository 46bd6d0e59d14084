// Writes the fact sheet into the archive. Idempotent: a second run changes nothing, and a record
// that has been edited in the archive since (editedAt set) is never overwritten by the seed.
import type { Prisma, PrismaClient } from '../../lib/generated/prisma/client';
import { findOrCreateBattle, findOrCreateUnit } from '../../lib/heroes/catalog';
import { reindexHero } from '../../lib/search/indexing';
import { CACHE_TAGS, invalidateHero, invalidateTags } from '../../lib/cache';
import { findOrCreateSource } from '../../lib/sources';
import { assignSlugs, buildHero, seedChecksum, type SeedHero, type SeedPlace } from './build';
import type { FactSheet } from './fact-sheet';
import { loadGazetteer, seedPlaces, type Gazetteer } from './places';
import {
  loadTranslationMemory,
  writeCandidateTranslations,
  writeCollectionTranslations,
  writeHeroTranslations,
} from './translations';

export type Biographies = Record<string, { en: string; ru: string }>;
export type SeedReport = { created: string[]; updated: string[]; unchanged: string[]; keptEdited: string[] };

type Tx = Prisma.TransactionClient;

const COLLECTION_SLUG = 'tajikistan';

// A place of the reviewed gazetteer is found by the fact sheet's wording; any other is kept as text.
async function placeId(tx: Tx, place: SeedPlace | null, gazetteer: Map<string, string>): Promise<string | null> {
  if (!place) return null;
  const known = gazetteer.get(place.name);
  if (known) return known;
  const found = await tx.place.findFirst({
    where: { name: place.name, nameToday: place.nameToday },
    select: { id: true },
  });
  if (found) return found.id;
  return (await tx.place.create({ data: place, select: { id: true } })).id;
}

// The build's slugs key one Hero's units to each other; the rows are found by name like any
// other unit, so a unit an approved addition created is not duplicated.
async function ensureUnits(tx: Tx, units: SeedHero['units']): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const unit of units) ids.set(unit.slug, (await findOrCreateUnit(tx, { name: unit.name, level: unit.level })).id);
  for (const unit of units) {
    if (!unit.parentSlug) continue;
    const parentId = ids.get(unit.parentSlug);
    // Only fill a missing parent: a parent set in the archive is the archive's knowledge.
    if (parentId) await tx.unit.updateMany({ where: { id: ids.get(unit.slug)!, parentId: null }, data: { parentId } });
  }
  return ids;
}

async function heroData(tx: Tx, hero: SeedHero, places: Map<string, string>) {
  const {
    birthPlace,
    deathPlace,
    burialPlace,
    names,
    units,
    services,
    battles,
    awards,
    sources,
    conflicts,
    memorials,
    ...scalars
  } = hero;
  const unitIds = await ensureUnits(tx, units);
  const battleIds = new Map<string, string>();
  for (const battle of battles) {
    const row = await findOrCreateBattle(tx, battle);
    battleIds.set(battle.slug, row.id);
  }
  const citations: { sourceId: string; supports: string }[] = [];
  for (const source of sources) {
    const { supports: _supports, ...record } = source;
    const id = await findOrCreateSource(tx, record);
    const existing = citations.find((c) => c.sourceId === id);
    if (existing) existing.supports = `${existing.supports}; ${source.supports}`;
    else citations.push({ sourceId: id, supports: source.supports });
  }
  return {
    scalars,
    birthPlaceId: await placeId(tx, birthPlace, places),
    deathPlaceId: await placeId(tx, deathPlace, places),
    burialPlaceId: await placeId(tx, burialPlace, places),
    featPlaceId: scalars.featPlace ? (places.get(scalars.featPlace) ?? null) : null,
    children: {
      names: { create: names },
      services: { create: services.map(({ unitSlug, ...s }) => ({ ...s, unitId: unitIds.get(unitSlug)! })) },
      battles: {
        create: battles.map((b) => ({
          battleId: battleIds.get(b.slug)!,
          dateText: b.dateText,
          place: b.place,
          placeId: b.place ? (places.get(b.place) ?? null) : null,
          note: b.note,
        })),
      },
      awards: {
        create: awards.map((a) => ({
          kind: a.kind,
          name: a.name,
          decreeDate: a.decree?.date ?? null,
          decreePrecision: a.decree?.precision ?? null,
          posthumous: a.posthumous,
          goldStarNo: a.goldStarNo,
        })),
      },
      citations: { create: citations },
      conflicts: { create: conflicts },
      memorials: { create: memorials },
    },
  };
}

// Records seeded before the gazetteer, unchanged since, get their feat and battle places linked by
// the same wording; a link already set (in the archive or above) is kept.
async function linkPlaces(prisma: PrismaClient, places: Map<string, string>): Promise<void> {
  await prisma.$transaction(
    async (tx) => {
      const heroIds = new Set<string>();
      for (const [text, id] of places) {
        const heroes = await tx.hero.findMany({ where: { featPlace: text, featPlaceId: null }, select: { id: true } });
        const battles = await tx.battleParticipation.findMany({
          where: { place: text, placeId: null },
          select: { heroId: true },
        });
        if (heroes.length > 0)
          await tx.hero.updateMany({ where: { featPlace: text, featPlaceId: null }, data: { featPlaceId: id } });
        if (battles.length > 0)
          await tx.battleParticipation.updateMany({ where: { place: text, placeId: null }, data: { placeId: id } });
        for (const h of [...heroes.map((x) => x.id), ...battles.map((x) => x.heroId)]) heroIds.add(h);
      }
      for (const id of heroIds) await invalidateHero(tx, id);
    },
    { timeout: 60_000 },
  );
}

export async function seedDatabase(
  prisma: PrismaClient,
  sheet: FactSheet,
  biographies: Biographies,
  gazetteer: Gazetteer = loadGazetteer(),
): Promise<SeedReport> {
  const report: SeedReport = { created: [], updated: [], unchanged: [], keptEdited: [] };
  const slugs = assignSlugs(sheet.heroes);
  const missing = slugs.filter((slug) => !biographies[slug]);
  if (missing.length > 0) throw new Error(`No biography written for: ${missing.join(', ')}`);
  const memory = loadTranslationMemory();
  const places = await prisma.$transaction((tx) => seedPlaces(tx, gazetteer), { timeout: 60_000 });

  for (const [index, record] of sheet.heroes.entries()) {
    const slug = slugs[index]!;
    const biography = biographies[slug]!;
    const checksum = seedChecksum(record, biography);
    const existing = await prisma.hero.findUnique({
      where: { slug },
      select: { id: true, seedChecksum: true, editedAt: true },
    });
    if (existing?.editedAt) {
      report.keptEdited.push(slug);
      continue;
    }
    if (existing && existing.seedChecksum === checksum) {
      // Translations written since the last run fill what is still missing.
      await prisma.$transaction(async (tx) => {
        if ((await writeHeroTranslations(tx, existing.id, memory, false)) > 0) await invalidateHero(tx, existing.id);
      });
      report.unchanged.push(slug);
      continue;
    }
    const hero = buildHero(record, slug, biography);
    await prisma.$transaction(
      async (tx) => {
        const data = await heroData(tx, hero, places);
        const fields = {
          ...data.scalars,
          seedChecksum: checksum,
          birthPlaceId: data.birthPlaceId,
          deathPlaceId: data.deathPlaceId,
          burialPlaceId: data.burialPlaceId,
          featPlaceId: data.featPlaceId,
        };
        if (!existing) {
          const created = await tx.hero.create({ data: { ...fields, ...data.children }, select: { id: true } });
          await writeHeroTranslations(tx, created.id, memory, true);
          await reindexHero(tx, created.id);
          await invalidateHero(tx, created.id);
          return;
        }
        const where = { heroId: existing.id };
        await tx.heroName.deleteMany({ where });
        await tx.service.deleteMany({ where });
        await tx.battleParticipation.deleteMany({ where });
        await tx.award.deleteMany({ where });
        await tx.citation.deleteMany({ where });
        await tx.sourceConflict.deleteMany({ where });
        await tx.memorial.deleteMany({ where });
        await tx.hero.update({ where: { id: existing.id }, data: { ...fields, ...data.children } });
        await writeHeroTranslations(tx, existing.id, memory, true);
        await reindexHero(tx, existing.id);
        await invalidateHero(tx, existing.id);
      },
      { timeout: 30_000 },
    );
    (existing ? report.updated : report.created).push(slug);
  }

  await linkPlaces(prisma, places);

  const about = sheet.about;
  const collection = {
    titleEn: 'Heroes of the Soviet Union linked to Tajikistan',
    titleRu: 'Герои Советского Союза, связанные с Таджикистаном',
    counted: about.counted,
    countSource: about.count_source,
    breakdown: about.count_breakdown,
    caveats: about.caveats,
  };
  const saved = await prisma.collection.upsert({
    where: { slug: COLLECTION_SLUG },
    create: { slug: COLLECTION_SLUG, ...collection },
    update: collection,
    select: { id: true },
  });
  await prisma.countClaim.createMany({
    data: about.other_counts.map((claim) => ({ collectionId: saved.id, count: claim.count, source: claim.source })),
    skipDuplicates: true,
  });
  // The collection's record was written above whether or not it changed: its pages are rendered again.
  await prisma.$transaction(async (tx) => {
    await writeCollectionTranslations(tx, saved.id, memory);
    await invalidateTags(tx, [CACHE_TAGS.collection]);
  });
  // Upserted, not only added: a revision of the sheet that learns more about a name (its evidence,
  // its status) is what the page of names not yet identified must show.
  await prisma.$transaction(async (tx) => {
    for (const c of sheet.unidentified_candidates) {
      const data = { initial: c.initial, evidence: c.evidence, status: c.status };
      await tx.candidate.upsert({
        where: { surnameRu_source: { surnameRu: c.surname_ru, source: c.source } },
        create: { surnameRu: c.surname_ru, source: c.source, ...data },
        update: data,
      });
    }
    await writeCandidateTranslations(tx, memory);
    await invalidateTags(tx, [CACHE_TAGS.candidates]);
  });
  return report;
}

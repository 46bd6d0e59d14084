// The full export of the published archive, streamed: heroes are read from the database in
// batches by slug (a keyset cursor), turned into the open-data format (schemas.ts) and written
// out one by one, so memory stays flat however large the archive. The order is canonical (heroes
// by slug, every list by a stable key) and no timestamp of the export itself is written, so the
// same archive always gives the same bytes: the ETag and the round-trip test rely on it.
import { buildPlacesGeoJson } from '../places/geojson';
import { stringify } from 'csv-stringify/sync';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { formatIsoPartial, type DatePrecision } from '../partial-date';
import { licenceField, LICENCE } from './licence';
import {
  EXPORT_FORMAT_NAME,
  EXPORT_FORMAT_VERSION,
  NameLanguageSchema,
  type ExportFormat,
  type ExportHero,
} from './schemas';
import { externalIdUrl, EXTERNAL_ID_COLUMNS, EXTERNAL_ID_KINDS } from './external-ids';
import { metadataSelect } from '../media/schemas';
import { DEEP_ZOOM_VARIANT, deepZoomUrl } from '../media/tiles';
import { readTranslations, recordTexts } from '../i18n/record-texts';
import { TextBook } from '../i18n/texts';
import { redactHistories } from '../revisions/hidden-texts';
import { heroNameSelect } from '../heroes/names';
import {
  awardFields,
  battleFields,
  citationFields,
  conflictFields,
  heroRecordFields,
  memorialFields,
  nameFormFields,
  placeFields,
  serviceFields,
  unitFields,
  unitWithChain,
} from '../heroes/public-select';

type Client = PrismaClient | Prisma.TransactionClient;

const BATCH = 200;

// Only what the public may see: no user, no proposal, no unapproved media, no original file. The
// row ids are read for the texts' translations (recordTexts) and are not written out.
const EXPORT_SELECT = {
  id: true,
  ...heroNameSelect,
  ...heroRecordFields,
  // The gazetteer's links the profile reads through lib/places, written out so an import restores them.
  firstBurialPlace: { select: placeFields },
  callUpPlace: { select: placeFields },
  callUpCommissariat: true,
  featPlaceRef: { select: placeFields },
  names: { select: nameFormFields },
  // The units above a Hero's own, four deep: one more than the profile shows.
  services: { select: { ...serviceFields, unit: { select: { ...unitFields, parent: { select: unitWithChain } } } } },
  battles: { select: battleFields },
  awards: { select: awardFields },
  citations: { select: citationFields },
  conflicts: { select: conflictFields },
  memorials: { select: memorialFields },
  media: {
    where: { status: 'APPROVED', removedAt: null },
    select: {
      id: true,
      ...metadataSelect,
      width: true,
      height: true,
      isPortrait: true,
      files: { select: { variant: true, key: true, width: true, height: true, bytes: true } },
    },
  },
  revisions: {
    select: { number: true, createdAt: true, reason: true, snapshot: true, diff: true, restoredFrom: true },
    orderBy: { number: 'asc' },
  },
} satisfies Prisma.HeroSelect;

type Row = Prisma.HeroGetPayload<{ select: typeof EXPORT_SELECT }>;
type PlaceRow = Row['birthPlace'];

function publicPlace(place: PlaceRow): ExportHero['birthPlace'] {
  if (!place) return null;
  const { id: _id, ...rest } = place;
  return rest;
}

/** A stored date with its precision as EDTF: "1943-01", "1916~" for about 1916. */
function edtf(date: Date | null, precision: DatePrecision | null): string | null {
  if (!date) return null;
  const p = precision ?? 'DAY';
  return p === 'ABOUT' ? `${formatIsoPartial(date, 'YEAR')}~` : formatIsoPartial(date, p);
}

function by<T>(key: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => {
    const x = key(a);
    const y = key(b);
    return x < y ? -1 : x > y ? 1 : 0;
  };
}
const k = (...parts: unknown[]) => JSON.stringify(parts);

/** Each text of the record in every language with its status, as the profile reads them (TextBook). */
function textsOf(row: Row, book: TextBook): ExportHero['texts'] {
  return recordTexts(row)
    .map((ref) => {
      // The Russian biography is the record's own column; its Translation row gives only the status.
      const own = ref.entity === 'Hero' && ref.field === 'biography' ? { ru: row.biographyRu } : undefined;
      return {
        entity: ref.entity,
        field: ref.field,
        en: book.value(ref, ref.english, 'en') ?? { value: ref.english, status: 'SOURCE' as const },
        ru: book.value(ref, ref.english, 'ru', own),
        tg: book.value(ref, ref.english, 'tg', own),
      };
    })
    .sort(by((t) => k(t.entity, t.field, t.en, t.ru, t.tg)));
}

/** The one public record of a Hero: the export writes it, GET /api/heroes/{slug} answers with it. */
function toExportHero(row: Row, book: TextBook): ExportHero {
  return {
    id: row.id,
    slug: row.slug,
    externalIds: {
      wikidata: row.wikidataId,
      warheroes: row.warheroesId,
      pamyatNaroda: row.pamyatNarodaId,
      podvigNaroda: row.podvigNarodaId,
    },
    // Only kinds that hold an id, in a fixed order: the column is free text in the database.
    unconfirmedIds: EXTERNAL_ID_KINDS.filter(
      (kind) => row.unconfirmedIds.includes(kind) && row[EXTERNAL_ID_COLUMNS[kind]] !== null,
    ),
    surnameRu: row.surnameRu,
    givenRu: row.givenRu,
    patronymicRu: row.patronymicRu,
    givenInitialRu: row.givenInitialRu,
    patronymicInitialRu: row.patronymicInitialRu,
    surnameEn: row.surnameEn,
    givenEn: row.givenEn,
    givenInitialEn: row.givenInitialEn,
    fullNameTg: row.fullNameTg,
    fullNameTgOrigin: row.fullNameTg ? row.fullNameTgOrigin : null,
    names: row.names
      .map((n) => ({
        value: n.value,
        script: n.script,
        isPrimary: n.isPrimary,
        language: NameLanguageSchema.nullable().catch(null).parse(n.language),
      }))
      .sort(by((n) => k(n.script, n.value))),
    group: row.group,
    countedIn64: row.countedIn64,
    membershipNote: row.membershipNote,
    membershipConfidence: row.membershipConfidence,
    identityNote: row.identityNote,
    nationality: row.nationality,
    birthDate: edtf(row.birthDate, row.birthDatePrecision),
    deathDate: edtf(row.deathDate, row.deathDatePrecision),
    killedInAction: row.killedInAction,
    birthPlace: publicPlace(row.birthPlace),
    deathPlace: publicPlace(row.deathPlace),
    burialPlace: publicPlace(row.burialPlace),
    firstBurialPlace: publicPlace(row.firstBurialPlace),
    callUpPlace: publicPlace(row.callUpPlace),
    callUpCommissariat: row.callUpCommissariat,
    rankAtFeat: row.rankAtFeat,
    role: row.role,
    featDate: edtf(row.featDate, row.featDatePrecision),
    featDateText: row.featDateText,
    featPlace: row.featPlace,
    featPlaceRef: publicPlace(row.featPlaceRef),
    featFacts: row.featFacts,
    postwar: row.postwar,
    notes: row.notes,
    biographyEn: row.biographyEn,
    biographyRu: row.biographyRu,
    confidence: row.confidence,
    units: row.services
      .map((s) => {
        const chain: { slug: string; name: string; level: (typeof s.unit)['level'] }[] = [];
        let parent:
          { slug: string; name: string; level: (typeof s.unit)['level']; parent?: unknown } | null | undefined =
          s.unit.parent;
        while (parent) {
          chain.push({ slug: parent.slug, name: parent.name, level: parent.level });
          parent = (parent as { parent?: typeof parent }).parent;
        }
        return {
          unit: { slug: s.unit.slug, name: s.unit.name, level: s.unit.level },
          chain,
          role: s.role,
          rank: s.rank,
          from: s.fromDate,
          to: s.toDate,
          note: s.note,
        };
      })
      .sort(by((s) => s.unit.slug)),
    battles: row.battles
      .map((b) => ({
        battle: { slug: b.battle.slug, name: b.battle.name, dateText: b.battle.dateText, place: b.battle.place },
        dateText: b.dateText,
        place: b.place,
        note: b.note,
      }))
      .sort(by((b) => b.battle.slug)),
    awards: row.awards
      .map((a) => ({
        kind: a.kind,
        name: a.name,
        decreeDate: edtf(a.decreeDate, a.decreePrecision),
        posthumous: a.posthumous,
        goldStarNo: a.goldStarNo,
        documentRef: a.documentRef,
      }))
      .sort(by((a) => k(a.kind, a.name, a.decreeDate, a.goldStarNo, a.documentRef))),
    sources: row.citations
      .map(({ source: { mediaId: _picture, ...source }, supports }) => ({ ...source, supports }))
      .sort(by((s) => k(s.url, s.title, s.archiveFond, s.archiveOpis, s.archiveDelo, s.id))),
    conflicts: row.conflicts
      .map((c) => ({ field: c.field, values: c.values, sources: c.sources, note: c.note }))
      .sort(by((c) => k(c.field, c.values, c.sources, c.note))),
    memorials: row.memorials
      .map((m) => ({ kind: m.kind, description: m.description, place: m.place }))
      .sort(by((m) => k(m.kind, m.description, m.place))),
    media: row.media
      .map(({ files, date, datePrecision, ...item }) => ({
        ...item,
        date: edtf(date, datePrecision),
        files: files
          .map((f) => ({
            variant: f.variant,
            url: f.variant === DEEP_ZOOM_VARIANT ? deepZoomUrl(f.key) : `/api/media/files/${f.key}`,
            width: f.width,
            height: f.height,
            bytes: f.bytes,
          }))
          .sort(by((f) => f.variant)),
      }))
      .sort(by((m) => m.id)),
    texts: textsOf(row, book),
    history: row.revisions.map((r) => ({
      number: r.number,
      createdAt: r.createdAt.toISOString(),
      reason: r.reason,
      snapshot: r.snapshot as Record<string, string | null>,
      diff: r.diff as Record<string, { from: string | null; to: string | null }>,
      restoredFrom: r.restoredFrom,
      hidden: [],
    })),
  };
}

/** Published Heroes as public records, with their texts' translations read in one query. */
async function readRecords(prisma: Client, where: Prisma.HeroWhereInput, take: number): Promise<ExportHero[]> {
  const rows = await prisma.hero.findMany({
    where: { ...where, published: true },
    orderBy: { slug: 'asc' },
    take,
    select: EXPORT_SELECT,
  });
  const book = new TextBook(
    await readTranslations(
      prisma,
      rows.flatMap((row) => recordTexts(row)),
    ),
  );
  const records = rows.map((row) => toExportHero(row, book));
  // Texts a moderator hid from the public leave the history as null (lib/revisions/redaction.ts).
  const histories = await redactHistories(
    prisma,
    records.map((record, i) => ({
      heroId: rows[i]!.id,
      revisions: record.history.map(({ hidden: _none, ...h }) => ({ ...h, reason: h.reason ?? '' })),
    })),
  );
  return records.map((record, i) => ({
    ...record,
    history: histories[i]!.map((h) => ({
      ...h,
      hidden: h.hidden.map((x) => ({ ...x, hiddenAt: x.hiddenAt.toISOString() })),
    })),
  }));
}

/** Every published Hero in canonical order, a batch at a time. */
export async function* readPublishedHeroes(prisma: Client, batchSize = BATCH): AsyncGenerator<ExportHero> {
  let after: string | undefined;
  for (;;) {
    const records = await readRecords(prisma, after ? { slug: { gt: after } } : {}, batchSize);
    yield* records;
    if (records.length < batchSize) return;
    after = records.at(-1)!.slug;
  }
}

/** One published Hero's record, exactly as the export writes it; null when none has the slug. */
export async function readPublishedHero(prisma: Client, slug: string): Promise<ExportHero | null> {
  const [record] = await readRecords(prisma, { slug }, 1);
  return record ?? null;
}

/** The CSV columns, in order: also the header the importer reads (docs/open-data.md, "CSV header"). */
export const CSV_COLUMNS = [
  'slug',
  'wikidata',
  'warheroes',
  'pamyat_naroda',
  'podvig_naroda',
  'surname_ru',
  'given_ru',
  'patronymic_ru',
  'surname_en',
  'given_en',
  'full_name_tg',
  'group',
  'birth_date',
  'death_date',
  'birth_place',
  'birth_place_today',
  'death_place',
  'call_up_place',
  'call_up_commissariat',
  'feat_place',
  'first_burial_place',
  'rank_at_feat',
  'title_decree_date',
  'posthumous',
  'gold_star_no',
  'units',
  'battles',
  'source_urls',
] as const;

function csvRow(hero: ExportHero): string[] {
  const title = hero.awards.find((a) => a.kind === 'HERO_OF_THE_SOVIET_UNION');
  const values: Record<(typeof CSV_COLUMNS)[number], string | null | undefined> = {
    slug: hero.slug,
    wikidata: hero.externalIds.wikidata,
    warheroes: hero.externalIds.warheroes,
    pamyat_naroda: hero.externalIds.pamyatNaroda,
    podvig_naroda: hero.externalIds.podvigNaroda,
    surname_ru: hero.surnameRu,
    given_ru: hero.givenRu,
    patronymic_ru: hero.patronymicRu,
    surname_en: hero.surnameEn,
    given_en: hero.givenEn,
    full_name_tg: hero.fullNameTg,
    group: hero.group,
    birth_date: hero.birthDate,
    death_date: hero.deathDate,
    birth_place: hero.birthPlace?.name,
    birth_place_today: hero.birthPlace?.nameToday,
    death_place: hero.deathPlace?.name,
    call_up_place: hero.callUpPlace?.name,
    call_up_commissariat: hero.callUpCommissariat,
    feat_place: hero.featPlaceRef?.name,
    first_burial_place: hero.firstBurialPlace?.name,
    rank_at_feat: hero.rankAtFeat,
    title_decree_date: title?.decreeDate,
    posthumous: title?.posthumous == null ? null : String(title.posthumous),
    gold_star_no: title?.goldStarNo,
    units: hero.units.map((u) => u.unit.name).join(' | '),
    battles: hero.battles.map((b) => b.battle.name).join(' | '),
    source_urls: hero.sources.flatMap((s) => (s.url ? [s.url] : [])).join(' | '),
  };
  return CSV_COLUMNS.map((column) => values[column] ?? '');
}

function jsonLd(hero: ExportHero): Record<string, unknown> {
  // A possible match is not the same man, so it is no sameAs.
  const sameAs = EXTERNAL_ID_KINDS.flatMap((kind) => {
    const id = hero.externalIds[kind];
    return id && !hero.unconfirmedIds.includes(kind) ? [externalIdUrl(kind, id)] : [];
  });
  const title = hero.awards.find((a) => a.kind === 'HERO_OF_THE_SOVIET_UNION');
  const data: Record<string, unknown> = {
    '@type': 'Person',
    '@id': `#${hero.slug}`,
    identifier: hero.id,
    name: [hero.givenEn, hero.surnameEn].filter(Boolean).join(' '),
    alternateName: hero.names.map((n) => n.value),
    award: {
      '@type': 'Thing',
      name: 'Hero of the Soviet Union',
      ...(title?.decreeDate ? { startDate: title.decreeDate } : {}),
    },
  };
  if (sameAs.length) data.sameAs = sameAs;
  if (hero.birthDate) data.birthDate = hero.birthDate;
  if (hero.deathDate) data.deathDate = hero.deathDate;
  if (hero.birthPlace) data.birthPlace = { '@type': 'Place', name: hero.birthPlace.nameToday ?? hero.birthPlace.name };
  if (hero.deathPlace) data.deathPlace = { '@type': 'Place', name: hero.deathPlace.name };
  if (hero.nationality) data.nationality = hero.nationality;
  if (hero.biographyEn) data.description = hero.biographyEn;
  return data;
}

/**
 * The export as text chunks. JSON: one object whose "heroes" array holds one record per line
 * (the importer reads it line by line). CSV: a "#" comment line with the licence, the header,
 * one row per Hero (lists joined by " | "). JSON-LD: schema.org Persons in an @graph. GeoJSON:
 * the places tied to the Heroes, with their events (lib/places/geojson.ts).
 */
export async function* streamExport(prisma: Client, format: ExportFormat): AsyncGenerator<string> {
  let first = true;
  if (format === 'json') {
    yield `{"format":${JSON.stringify(EXPORT_FORMAT_NAME)},"version":${EXPORT_FORMAT_VERSION},"license":${JSON.stringify(licenceField())},"heroes":[\n`;
    for await (const hero of readPublishedHeroes(prisma)) {
      yield `${first ? '' : ',\n'}${JSON.stringify(hero)}`;
      first = false;
    }
    yield `${first ? '' : '\n'}]}\n`;
  } else if (format === 'csv') {
    yield `# ${LICENCE.statement} Facts: ${LICENCE.facts.url} Texts: ${LICENCE.texts.url}\n`;
    yield stringify([[...CSV_COLUMNS]]);
    for await (const hero of readPublishedHeroes(prisma)) yield stringify([csvRow(hero)]);
  } else if (format === 'geojson') {
    // The places with their events, not one record per Hero: small enough to write at once.
    yield `${JSON.stringify(await buildPlacesGeoJson(prisma))}\n`;
  } else {
    yield `{"@context":"https://schema.org","license":${JSON.stringify(LICENCE.facts.url)},"usageInfo":${JSON.stringify(LICENCE.statement)},"@graph":[\n`;
    for await (const hero of readPublishedHeroes(prisma)) {
      yield `${first ? '' : ',\n'}${JSON.stringify(jsonLd(hero))}`;
      first = false;
    }
    yield `${first ? '' : '\n'}]}\n`;
  }
}

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
  jsonld: 'application/ld+json; charset=utf-8',
  geojson: 'application/geo+json; charset=utf-8',
};

/**
 * A validator for the export as it stands: every public change records a cache tag with a new
 * sequence number in the same transaction (lib/cache.ts), so the highest sequence and the count
 * of published Heroes (as the database keeps it, "HeroTally") change whenever the export would.
 */
export async function exportVersion(prisma: Client): Promise<string> {
  const [row] = await prisma.$queryRaw<{ seq: bigint | null; heroes: bigint }[]>`
    SELECT (SELECT max(seq) FROM "CacheTag") AS seq, (SELECT coalesce(sum("heroes"), 0) FROM "HeroTally") AS heroes`;
  return `${row?.seq ?? 0}-${row?.heroes ?? 0}`;
}

// New Heroes from an import, a batch at a time: ids and slugs (lib/heroes/identity.ts), the
// places, units, battles and sources they share, then every row of every table in one bulk
// INSERT per table (lib/exports/import.ts).
import { randomBytes } from 'node:crypto';
import type { Prisma } from '../generated/prisma/client';
import { CACHE_TAGS } from '../cache';
import { parsePartialDate, type DatePrecision } from '../partial-date';
import { heroSlug, heroSlugCandidates, recordNameForms, type NameForm } from '../heroes/identity';
import { recordTexts, recordTextsSelect } from '../i18n/record-texts';
import { EDITABLE_FIELDS, snapshotLists, type Snapshot } from '../revisions/snapshot';
import { foldName } from '../search/normalize';
import { buildSearchTerms } from '../search/terms';
import { loadPlaceAliases } from '../places/aliases';
import { placeRefKey, resolvePlaceRefs } from '../places/resolve';
import { firstFreeSlug } from '../slug';
import { snapshotDate, statedValues } from './import-apply';
import type { ImportFormat } from './import-formats';
import type { ImportItem } from './import-match';
import { linkedPlace, type PlaceLinks } from './import-places';
import type { ExportHero } from './schemas';

type Tx = Prisma.TransactionClient;

const newId = () => `i${randomBytes(12).toString('base64url').replace(/[-_]/g, 'x')}`;

function dateParts(value: string | null): { date: Date | null; precision: DatePrecision | null } {
  if (!value) return { date: null, precision: null };
  const about = value.endsWith('~');
  const parsed = parsePartialDate(about ? value.slice(0, -1) : value);
  return parsed
    ? { date: parsed.date, precision: about ? 'ABOUT' : parsed.precision }
    : { date: null, precision: null };
}

/** The snapshot a new record starts its history with, as readSnapshot would read it back. */
function snapshotOf(hero: ExportHero): Snapshot {
  const empty = Object.fromEntries(EDITABLE_FIELDS.map((field) => [field, null])) as Snapshot;
  return {
    ...empty,
    ...statedValues(hero),
    biographyEn: hero.biographyEn,
    biographyRu: hero.biographyRu,
    ...snapshotLists({
      units: hero.units.map((s) => s.unit.name),
      battles: hero.battles.map((b) => b.battle.name),
      awards: hero.awards.map((a) => ({ ...a, decreeDate: snapshotDate(a.decreeDate) })),
    }),
  };
}

/** The row's spellings; a file that lists none gives the record's own forms from its name fields. */
function namesOf(hero: ExportHero): Omit<NameForm, 'normalized'>[] {
  if (hero.names.length) return hero.names;
  return recordNameForms(hero);
}

/** The reason an imported revision keeps when the archive it came from had hidden it. */
const HIDDEN_REASON = '(Hidden in the archive this record was exported from.)';

type Caches = {
  places: Map<string, string>;
  units: Map<string, string>;
  battles: Map<string, string>;
  sources: Map<string, string>;
  /** The gazetteer's places the rows link to, resolved when they were checked (import-places.ts). */
  links: PlaceLinks;
};

/**
 * The places of new records' birth, death and resting place, by their wording: the place of that
 * very wording, else the one place of the gazetteer any of whose names through time it is (a
 * Wikidata label says "Dushanbe" where the gazetteer's place is Stalinabad), else a new place of
 * that wording, unclassified and unlocated, as the source gives it.
 */
async function resolvePlaces(tx: Tx, caches: Caches, places: NonNullable<ExportHero['birthPlace']>[]) {
  const key = (p: { name: string; nameToday: string | null }) => `${p.name}\u0000${p.nameToday ?? ''}`;
  const missing = [...new Map(places.filter((p) => !caches.places.has(key(p))).map((p) => [key(p), p])).values()];
  if (!missing.length) return key;
  const existing = await tx.place.findMany({
    where: { name: { in: missing.map((p) => p.name) } },
    select: { id: true, name: true, nameToday: true },
  });
  for (const row of existing) if (!caches.places.has(key(row))) caches.places.set(key(row), row.id);
  const unworded = missing.filter((p) => !caches.places.has(key(p)));
  const named = await resolvePlaceRefs(tx, unworded);
  for (const p of unworded) {
    const resolution = named.get(placeRefKey(p));
    if (resolution && 'placeId' in resolution) caches.places.set(key(p), resolution.placeId);
  }
  const create = missing.filter((p) => !caches.places.has(key(p))).map((p) => ({ id: newId(), ...p }));
  if (create.length) await tx.place.createMany({ data: create });
  for (const p of create) caches.places.set(key(p), p.id);
  return key;
}

async function resolveBySlug(
  tx: Tx,
  cache: Map<string, string>,
  kind: 'unit' | 'battle',
  items: {
    slug: string;
    name: string;
    level?: string;
    parentSlug?: string | null;
    dateText?: string | null;
    place?: string | null;
  }[],
) {
  const missing = [...new Map(items.filter((i) => !cache.has(i.slug)).map((i) => [i.slug, i])).values()];
  if (!missing.length) return;
  const existing =
    kind === 'unit'
      ? await tx.unit.findMany({
          where: { slug: { in: missing.map((i) => i.slug) } },
          select: { id: true, slug: true },
        })
      : await tx.battle.findMany({
          where: { slug: { in: missing.map((i) => i.slug) } },
          select: { id: true, slug: true },
        });
  for (const row of existing) cache.set(row.slug, row.id);
  const create = missing.filter((i) => !cache.has(i.slug)).map((i) => ({ ...i, id: newId() }));
  if (!create.length) return;
  for (const item of create) cache.set(item.slug, item.id);
  if (kind === 'unit') {
    await tx.unit.createMany({
      data: create.map((u) => ({ id: u.id, slug: u.slug, name: u.name, level: u.level as 'DIVISION' })),
    });
    for (const unit of create)
      if (unit.parentSlug)
        await tx.unit.update({ where: { id: unit.id }, data: { parentId: cache.get(unit.parentSlug) } });
  } else {
    await tx.battle.createMany({
      data: create.map((b) => ({
        id: b.id,
        slug: b.slug,
        name: b.name,
        dateText: b.dateText ?? null,
        place: b.place ?? null,
      })),
    });
  }
}

// Bulk inserts: one INSERT … SELECT FROM unnest(text arrays) per table and batch, each column
// cast to its type. Prisma's createMany builds a parameter per value, which at tens of thousands
// of rows is most of an import's time. Arrays (featFacts, a conflict's values) travel as JSON.
type Column = [name: string, type: string];
export const HERO_COLUMNS: Column[] = [
  ['id', 'text'],
  ['slug', 'text'],
  ['wikidataId', 'text'],
  ['warheroesId', 'text'],
  ['pamyatNarodaId', 'text'],
  ['podvigNarodaId', 'text'],
  ['surnameRu', 'text'],
  ['givenRu', 'text'],
  ['patronymicRu', 'text'],
  ['givenInitialRu', 'text'],
  ['patronymicInitialRu', 'text'],
  ['surnameEn', 'text'],
  ['givenEn', 'text'],
  ['givenInitialEn', 'text'],
  ['fullNameTg', 'text'],
  ['fullNameTgOrigin', '"NameFormOrigin"'],
  ['unconfirmedIds', 'json-text[]'],
  ['group', '"HeroGroup"'],
  ['countedIn64', 'boolean'],
  ['membershipNote', 'text'],
  ['membershipConfidence', '"Confidence"'],
  ['identityNote', 'text'],
  ['nationality', 'text'],
  ['birthDate', 'date'],
  ['birthDatePrecision', '"DatePrecision"'],
  ['deathDate', 'date'],
  ['deathDatePrecision', '"DatePrecision"'],
  ['killedInAction', 'boolean'],
  ['birthPlaceId', 'text'],
  ['deathPlaceId', 'text'],
  ['burialPlaceId', 'text'],
  ['firstBurialPlaceId', 'text'],
  ['callUpPlaceId', 'text'],
  ['callUpCommissariat', 'text'],
  ['rankAtFeat', 'text'],
  ['role', 'text'],
  ['featDate', 'date'],
  ['featDatePrecision', '"DatePrecision"'],
  ['featDateText', 'text'],
  ['featPlace', 'text'],
  ['featPlaceId', 'text'],
  ['featFacts', 'json-text[]'],
  ['postwar', 'text'],
  ['notes', 'text'],
  ['biographyEn', 'text'],
  ['biographyRu', 'text'],
  ['confidence', '"Confidence"'],
  ['updatedAt', 'timestamp(3)'],
];
const NAME_COLUMNS: Column[] = [
  ['id', 'text'],
  ['heroId', 'text'],
  ['value', 'text'],
  ['script', '"NameScript"'],
  ['isPrimary', 'boolean'],
  ['language', 'text'],
  ['normalized', 'text'],
];
const SERVICE_COLUMNS: Column[] = [
  ['id', 'text'],
  ['heroId', 'text'],
  ['unitId', 'text'],
  ['role', 'text'],
  ['rank', 'text'],
  ['fromDate', 'text'],
  ['toDate', 'text'],
  ['note', 'text'],
];
const PARTICIPATION_COLUMNS: Column[] = [
  ['id', 'text'],
  ['heroId', 'text'],
  ['battleId', 'text'],
  ['dateText', 'text'],
  ['place', 'text'],
  ['note', 'text'],
];
const AWARD_COLUMNS: Column[] = [
  ['id', 'text'],
  ['heroId', 'text'],
  ['kind', '"AwardKind"'],
  ['name', 'text'],
  ['decreeDate', 'date'],
  ['decreePrecision', '"DatePrecision"'],
  ['posthumous', 'boolean'],
  ['goldStarNo', 'text'],
  ['documentRef', 'text'],
];
const CITATION_COLUMNS: Column[] = [
  ['id', 'text'],
  ['heroId', 'text'],
  ['sourceId', 'text'],
  ['supports', 'text'],
];
const CONFLICT_COLUMNS: Column[] = [
  ['id', 'text'],
  ['heroId', 'text'],
  ['field', 'text'],
  ['values', 'json-text[]'],
  ['sources', 'json-text[]'],
  ['note', 'text'],
];
const MEMORIAL_COLUMNS: Column[] = [
  ['id', 'text'],
  ['heroId', 'text'],
  ['kind', 'text'],
  ['description', 'text'],
  ['place', 'text'],
];
const REVISION_COLUMNS: Column[] = [
  ['id', 'text'],
  ['heroId', 'text'],
  ['number', 'int'],
  ['snapshot', 'jsonb'],
  ['diff', 'jsonb'],
  ['reason', 'text'],
  ['restoredFrom', 'int'],
  ['createdAt', 'timestamp(3)'],
];
const TERM_COLUMNS: Column[] = [
  ['id', 'text'],
  ['heroId', 'text'],
  ['kind', '"SearchTermKind"'],
  ['value', 'text'],
  ['normalized', 'text'],
];

/** A value as the bulk insert sends it: as text, cast by PostgreSQL to the column's type. */
type Cell = string | number | boolean | Date | null | undefined;

async function insertRows(tx: Tx, table: string, columns: Column[], rows: Cell[][], conflict = '') {
  if (rows.length === 0) return;
  const arrays = columns.map((_, i) =>
    rows.map((row) => (row[i] === null || row[i] === undefined ? null : String(row[i]))),
  );
  const names = columns.map(([name]) => `"${name}"`).join(', ');
  const values = columns
    .map(([, type], i) =>
      type === 'json-text[]' ? `ARRAY(SELECT jsonb_array_elements_text(u.c${i}::jsonb))` : `u.c${i}::${type}`,
    )
    .join(', ');
  const unnest = columns.map((_, i) => `$${i + 1}::text[]`).join(', ');
  const aliases = columns.map((_, i) => `c${i}`).join(', ');
  await tx.$executeRawUnsafe(
    `INSERT INTO "${table}" (${names}) SELECT ${values} FROM unnest(${unnest}) AS u(${aliases}) ${conflict}`,
    ...arrays,
  );
}

/**
 * The archive's own export brings each text's Russian and Tajik with its status. The rows are new
 * here, so a text is found by what it is and the English it translates; places, units and
 * battles are shared, and a translation they already have is kept.
 */
async function writeTexts(tx: Tx, heroes: { id: string; hero: ExportHero }[]) {
  const rows = await tx.hero.findMany({ where: { id: { in: heroes.map((h) => h.id) } }, select: recordTextsSelect });
  const incoming = new Map(
    heroes.map(({ id, hero }) => [
      id,
      new Map(hero.texts.map((t) => [JSON.stringify([t.entity, t.field, t.en.value]), t])),
    ]),
  );
  const data = rows.flatMap((row) =>
    recordTexts(row).flatMap((ref) => {
      const text = incoming.get(row.id)?.get(JSON.stringify([ref.entity, ref.field, ref.english]));
      if (!text) return [];
      return (['ru', 'tg'] as const).flatMap((locale) => {
        const value = text[locale];
        if (!value) return [];
        // The Russian biography is the record's own column: its row gives only the status.
        const own =
          ref.entity === 'Hero' && ref.field === 'biography' && locale === 'ru' && value.value === row.biographyRu;
        return [
          {
            entity: ref.entity,
            entityId: ref.entityId,
            field: ref.field,
            locale,
            value: own ? null : value.value,
            sourceText: own ? null : ref.english,
            status: value.status,
            heroId: ref.heroId,
          },
        ];
      });
    }),
  );
  if (data.length) await tx.translation.createMany({ data, skipDuplicates: true });
}

export async function createHeroes(
  tx: Tx,
  items: ImportItem[],
  format: ImportFormat,
  fileName: string,
  caches: Caches,
  takenSlugs: Set<string>,
  tags: Set<string>,
) {
  // Ids and slugs: the file's own when free (the archive's export keeps them stable), else new.
  const wantedIds = items.map((i) => i.hero.id).filter(Boolean);
  const takenIds = new Set(
    (await tx.hero.findMany({ where: { id: { in: wantedIds } }, select: { id: true } })).map((h) => h.id),
  );
  const candidates = items.flatMap(({ hero }) =>
    hero.slug
      ? [hero.slug, ...Array.from({ length: 20 }, (_, n) => `${hero.slug}-${n + 2}`)]
      : heroSlugCandidates(hero),
  );
  for (const row of await tx.hero.findMany({ where: { slug: { in: candidates } }, select: { slug: true } }))
    takenSlugs.add(row.slug);

  const heroes = items.map((item) => {
    const id = item.hero.id && !takenIds.has(item.hero.id) ? item.hero.id : newId();
    const slug = item.hero.slug ? firstFreeSlug(item.hero.slug, takenSlugs) : heroSlug(item.hero, takenSlugs);
    takenSlugs.add(slug);
    return { ...item, id, slug };
  });

  const placeKey = await resolvePlaces(
    tx,
    caches,
    heroes.flatMap(({ hero }) =>
      [hero.birthPlace, hero.deathPlace, hero.burialPlace].filter((p): p is NonNullable<typeof p> => Boolean(p)),
    ),
  );
  const placeId = (p: ExportHero['birthPlace']) => (p ? caches.places.get(placeKey(p))! : null);
  // Units nearest the top first, so each parent exists before its child points at it.
  const units = heroes.flatMap(({ hero }) =>
    hero.units.flatMap((s) => {
      const chain = [s.unit, ...s.chain];
      return chain.map((u, i) => ({
        slug: u.slug,
        name: u.name,
        level: u.level,
        parentSlug: chain[i + 1]?.slug ?? null,
        depth: chain.length - i,
      }));
    }),
  );
  await resolveBySlug(
    tx,
    caches.units,
    'unit',
    units.sort((a, b) => a.depth - b.depth),
  );
  await resolveBySlug(
    tx,
    caches.battles,
    'battle',
    heroes.flatMap(({ hero }) =>
      hero.battles.map((b) => ({
        slug: b.battle.slug,
        name: b.battle.name,
        dateText: b.battle.dateText,
        place: b.battle.place,
      })),
    ),
  );

  // Sources: shared by URL; a URL-less source keeps the file's id when free.
  const sourceKey = (s: ExportHero['sources'][number]) => (s.url ? `url:${s.url}` : `id:${s.id}`);
  const allSources = [
    ...new Map(
      heroes
        .flatMap(({ hero }) => hero.sources)
        .filter((s) => !caches.sources.has(sourceKey(s)))
        .map((s) => [sourceKey(s), s]),
    ).values(),
  ];
  if (allSources.length) {
    const urls = allSources.flatMap((s) => (s.url ? [s.url] : []));
    const ids = allSources.flatMap((s) => (!s.url && s.id ? [s.id] : []));
    for (const row of await tx.source.findMany({
      where: { OR: [{ url: { in: urls } }, { id: { in: ids } }] },
      select: { id: true, url: true },
    })) {
      caches.sources.set(row.url ? `url:${row.url}` : `id:${row.id}`, row.id);
    }
    const taken = new Set(
      (
        await tx.source.findMany({
          where: { id: { in: allSources.map((s) => s.id).filter(Boolean) } },
          select: { id: true },
        })
      ).map((s) => s.id),
    );
    const create = allSources
      .filter((s) => !caches.sources.has(sourceKey(s)))
      .map((s) => ({
        id: s.id && !taken.has(s.id) ? s.id : newId(),
        url: s.url,
        title: s.title,
        publisher: s.publisher,
        year: s.year,
        archiveFond: s.archiveFond,
        archiveOpis: s.archiveOpis,
        archiveDelo: s.archiveDelo,
        key: sourceKey(s),
      }));
    if (create.length) await tx.source.createMany({ data: create.map(({ key: _key, ...s }) => s) });
    for (const s of create) caches.sources.set(s.key, s.id);
  }

  const now = new Date().toISOString();
  const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
  await insertRows(
    tx,
    'Hero',
    HERO_COLUMNS,
    heroes.map(({ hero, id, slug }) => {
      const birth = dateParts(hero.birthDate);
      const death = dateParts(hero.deathDate);
      const feat = dateParts(hero.featDate);
      return [
        id,
        slug,
        hero.externalIds.wikidata,
        hero.externalIds.warheroes,
        hero.externalIds.pamyatNaroda,
        hero.externalIds.podvigNaroda,
        hero.surnameRu,
        hero.givenRu,
        hero.patronymicRu,
        hero.givenInitialRu,
        hero.patronymicInitialRu,
        hero.surnameEn,
        hero.givenEn,
        hero.givenInitialEn,
        hero.fullNameTg,
        // A record new to this archive keeps what the file says of its Tajik form and possible matches.
        hero.fullNameTg ? hero.fullNameTgOrigin : null,
        JSON.stringify(hero.unconfirmedIds.filter((kind) => hero.externalIds[kind])),
        hero.group,
        hero.countedIn64,
        hero.membershipNote,
        hero.membershipConfidence,
        hero.identityNote,
        hero.nationality,
        iso(birth.date),
        birth.precision,
        iso(death.date),
        death.precision,
        hero.killedInAction,
        placeId(hero.birthPlace),
        placeId(hero.deathPlace),
        placeId(hero.burialPlace),
        linkedPlace(caches.links, hero.firstBurialPlace)?.placeId,
        linkedPlace(caches.links, hero.callUpPlace)?.placeId,
        hero.callUpCommissariat,
        hero.rankAtFeat,
        hero.role,
        iso(feat.date),
        feat.precision,
        hero.featDateText,
        hero.featPlace,
        linkedPlace(caches.links, hero.featPlaceRef)?.placeId,
        JSON.stringify(hero.featFacts),
        hero.postwar,
        hero.notes,
        hero.biographyEn,
        hero.biographyRu,
        hero.confidence,
        now,
      ];
    }),
  );
  await insertRows(
    tx,
    'HeroName',
    NAME_COLUMNS,
    heroes.flatMap(({ hero, id }) =>
      namesOf(hero).map((n) => [newId(), id, n.value, n.script, n.isPrimary, n.language, foldName(n.value)]),
    ),
  );
  await insertRows(
    tx,
    'Service',
    SERVICE_COLUMNS,
    heroes.flatMap(({ hero, id }) =>
      hero.units.map((s) => [newId(), id, caches.units.get(s.unit.slug)!, s.role, s.rank, s.from, s.to, s.note]),
    ),
  );
  await insertRows(
    tx,
    'BattleParticipation',
    PARTICIPATION_COLUMNS,
    heroes.flatMap(({ hero, id }) =>
      hero.battles.map((b) => [newId(), id, caches.battles.get(b.battle.slug)!, b.dateText, b.place, b.note]),
    ),
  );
  await insertRows(
    tx,
    'Award',
    AWARD_COLUMNS,
    heroes.flatMap(({ hero, id }) =>
      hero.awards.map((a) => {
        const decree = dateParts(a.decreeDate);
        return [
          newId(),
          id,
          a.kind,
          a.name,
          iso(decree.date),
          decree.precision,
          a.posthumous,
          a.goldStarNo,
          a.documentRef,
        ];
      }),
    ),
  );
  const citations = new Map(
    heroes.flatMap(({ hero, id }) =>
      hero.sources.map(
        (s) =>
          [
            `${id} ${caches.sources.get(sourceKey(s))}`,
            [newId(), id, caches.sources.get(sourceKey(s))!, s.supports],
          ] as const,
      ),
    ),
  );
  await insertRows(
    tx,
    'Citation',
    CITATION_COLUMNS,
    [...citations.values()].map((row) => [...row]),
  );
  await insertRows(
    tx,
    'SourceConflict',
    CONFLICT_COLUMNS,
    heroes.flatMap(({ hero, id }) =>
      hero.conflicts.map((c) => [newId(), id, c.field, JSON.stringify(c.values), JSON.stringify(c.sources), c.note]),
    ),
  );
  await insertRows(
    tx,
    'Memorial',
    MEMORIAL_COLUMNS,
    heroes.flatMap(({ hero, id }) => hero.memorials.map((m) => [newId(), id, m.kind, m.description, m.place])),
  );

  // History: the archive's own export brings the record's history with it, as it was (less the
  // texts it hid, which it never published); a record from another source starts its history with the import, which says where it came from.
  await insertRows(
    tx,
    'Revision',
    REVISION_COLUMNS,
    heroes.flatMap(({ hero, id, row, line }) =>
      format === 'archive'
        ? hero.history.map((h) => [
            newId(),
            id,
            h.number,
            JSON.stringify(h.snapshot),
            JSON.stringify(h.diff),
            h.reason ?? HIDDEN_REASON,
            h.restoredFrom,
            h.createdAt,
          ])
        : [
            [
              newId(),
              id,
              1,
              JSON.stringify(snapshotOf(hero)),
              '{}',
              `Imported from ${fileName}, row ${row} (line ${line})`,
              null,
              now,
            ],
          ],
    ),
  );

  if (format === 'archive') await writeTexts(tx, heroes);

  const aliases = await loadPlaceAliases(tx);
  const placeTexts = (texts: (string | null | undefined)[]) => {
    const own = texts.filter((v): v is string => Boolean(v));
    return [...new Set([...own, ...own.flatMap(aliases)])];
  };
  const terms = heroes.flatMap(({ hero, id }) =>
    buildSearchTerms({
      names: namesOf(hero).map((n) => n.value),
      givenNames: [hero.givenRu, hero.givenEn, hero.givenInitialRu, hero.givenInitialEn, hero.patronymicRu].filter(
        (v): v is string => Boolean(v),
      ),
      places: placeTexts([
        hero.birthPlace?.name,
        hero.birthPlace?.nameToday,
        hero.deathPlace?.name,
        hero.burialPlace?.name,
        ...[hero.callUpPlace, hero.featPlaceRef, hero.firstBurialPlace].flatMap((p) => {
          const linked = linkedPlace(caches.links, p);
          return linked ? [linked.name, linked.nameToday] : [];
        }),
      ]),
      units: hero.units.flatMap((s) => [s.unit.name, s.chain[0]?.name].filter((v): v is string => Boolean(v))),
      battles: hero.battles.map((b) => b.battle.name),
    }).map((term) => [newId(), id, term.kind, term.value, term.normalized]),
  );
  await insertRows(tx, 'SearchTerm', TERM_COLUMNS, terms);
  await insertRows(
    tx,
    'SearchLexeme',
    [['normalized', 'text']],
    [...new Set(terms.map((t) => t[4] as string))].map((n) => [n]),
    'ON CONFLICT DO NOTHING',
  );

  // Place pages, collection maps and the forms' choice of place show the places these rows added
  // and the Heroes tied to each place.
  tags.add(CACHE_TAGS.places);
  for (const { hero, slug } of heroes) {
    tags.add(CACHE_TAGS.hero(slug));
    for (const s of hero.units) tags.add(CACHE_TAGS.unit(s.unit.slug));
    for (const b of hero.battles) tags.add(CACHE_TAGS.battle(b.battle.slug));
  }
  return heroes.map((h) => ({ line: h.line, slug: h.slug }));
}

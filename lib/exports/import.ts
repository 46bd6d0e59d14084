// Bulk import (npm run import, lib/exports/import-formats.ts reads the file). In one transaction:
//  1. every row is validated, and matched to a Hero by its external ids or slug; rows that
//     contradict each other or the archive are errors. With errors nothing changes, unless told
//     to import the valid rows.
//  2. rows are applied in batches: a new Hero is created with everything the row gives; a
//     Hero whose facts differ is changed, with a revision saying "imported from FILE, row N";
//     but a Hero edited in the archive itself is never overwritten: the difference becomes a
//     pending proposal for a moderator, with the import as its evidence. A row that gives
//     nothing new changes nothing, so importing the same file twice changes nothing.
//  3. search is reindexed and the cache tags of every touched page invalidated, in the same
//     transaction: a killed import leaves the database as it was.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { CACHE_TAGS, invalidateTags } from '../cache';
import { formatIsoPartial, parsePartialDate, type DatePrecision } from '../partial-date';
import { recordTexts, recordTextsSelect } from '../i18n/record-texts';
import { diffSnapshots, readSnapshot, writeSnapshot, EDITABLE_FIELDS, type Snapshot } from '../revisions/snapshot';
import { reindexHero } from '../search/indexing';
import { foldName } from '../search/normalize';
import { buildSearchTerms } from '../search/terms';
import { slugify } from '../slug';
import { EXTERNAL_ID_COLUMNS, EXTERNAL_ID_KINDS } from './external-ids';
import { convertRow, detectFormat, readRows, type ImportFormat, type RowError } from './import-formats';
import type { ExportHero } from './schemas';

type Tx = Prisma.TransactionClient;

export type ImportOptions = {
  file: string;
  dryRun?: boolean;
  /** Import the valid rows of a file that also has bad ones. */
  validRowsOnly?: boolean;
  /** The admin the import acts as: recorded on revisions, proposals and the audit row. */
  actorId?: string | null;
  batchSize?: number;
  onProgress?: (event: { phase: 'validate' | 'apply'; done: number; total: number }) => void;
};

export type ImportOutcome = 'created' | 'changed' | 'proposed' | 'unchanged';
export type ImportSummary = {
  format: ImportFormat;
  rows: number;
  created: number;
  changed: number;
  proposed: number;
  unchanged: number;
  skipped: number;
  errors: RowError[];
  applied: boolean;
  /** A few rows of each outcome, for the dry run's listing. */
  examples: { outcome: ImportOutcome; line: number; slug: string; fields?: string[] }[];
};

class Rollback extends Error {}

const newId = () => `i${randomBytes(12).toString('base64url').replace(/[-_]/g, 'x')}`;

function dateParts(value: string | null): { date: Date | null; precision: DatePrecision | null } {
  if (!value) return { date: null, precision: null };
  const about = value.endsWith('~');
  const parsed = parsePartialDate(about ? value.slice(0, -1) : value);
  return parsed ? { date: parsed.date, precision: about ? 'ABOUT' : parsed.precision } : { date: null, precision: null };
}

/** The reason an imported revision keeps when the archive it came from had hidden it. */
const HIDDEN_REASON = '(Hidden in the archive this record was exported from.)';
const snapshotDate = (value: string | null) => (value ? value.replace(/~$/, '') : null);

/** The editable facts a row states (null: the row does not say; an import never erases a value). */
function statedValues(hero: ExportHero): Partial<Snapshot> {
  const title = hero.awards.find((a) => a.kind === 'HERO_OF_THE_SOVIET_UNION');
  const all: Partial<Snapshot> = {
    surnameRu: hero.surnameRu || null, givenRu: hero.givenRu, patronymicRu: hero.patronymicRu, surnameEn: hero.surnameEn || null,
    givenEn: hero.givenEn, fullNameTg: hero.fullNameTg, nationality: hero.nationality,
    birthDate: snapshotDate(hero.birthDate), deathDate: snapshotDate(hero.deathDate), rankAtFeat: hero.rankAtFeat, role: hero.role,
    featDate: snapshotDate(hero.featDate) ?? hero.featDateText, featPlace: hero.featPlace, titleDecreeDate: snapshotDate(title?.decreeDate ?? null),
    postwar: hero.postwar, biographyEn: hero.biographyEn || null, biographyRu: hero.biographyRu || null,
    wikidataId: hero.externalIds.wikidata, warheroesId: hero.externalIds.warheroes, pamyatNarodaId: hero.externalIds.pamyatNaroda, podvigNarodaId: hero.externalIds.podvigNaroda,
  };
  return Object.fromEntries(Object.entries(all).filter(([, value]) => value !== null && value !== undefined));
}

/** The editable facts of many Heroes at once, as readSnapshot formats them (lists left out). */
async function readStatedFacts(tx: Tx, ids: string[]): Promise<Map<string, Partial<Snapshot>>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.hero.findMany({
    where: { id: { in: ids } },
    select: {
      id: true, surnameRu: true, givenRu: true, patronymicRu: true, surnameEn: true, givenEn: true, fullNameTg: true, nationality: true,
      birthDate: true, birthDatePrecision: true, deathDate: true, deathDatePrecision: true, rankAtFeat: true, role: true,
      featDate: true, featDatePrecision: true, featDateText: true, featPlace: true, postwar: true, biographyEn: true, biographyRu: true,
      wikidataId: true, warheroesId: true, pamyatNarodaId: true, podvigNarodaId: true,
      awards: { where: { kind: 'HERO_OF_THE_SOVIET_UNION' }, select: { decreeDate: true, decreePrecision: true }, take: 1 },
    },
  });
  const date = (value: Date | null, precision: DatePrecision | null) => (value ? formatIsoPartial(value, precision ?? 'DAY') : null);
  return new Map(
    rows.map(({ id, awards, birthDate, birthDatePrecision, deathDate, deathDatePrecision, featDate, featDatePrecision, featDateText, ...text }) => [
      id,
      {
        ...text,
        birthDate: date(birthDate, birthDatePrecision),
        deathDate: date(deathDate, deathDatePrecision),
        featDate: date(featDate, featDatePrecision) ?? featDateText,
        titleDecreeDate: date(awards[0]?.decreeDate ?? null, awards[0]?.decreePrecision ?? null),
      },
    ]),
  );
}

/** The snapshot a new record starts its history with, as readSnapshot would read it back. */
function snapshotOf(hero: ExportHero): Snapshot {
  const empty = Object.fromEntries(EDITABLE_FIELDS.map((field) => [field, null])) as Snapshot;
  const list = (items: string[]) => (items.length ? items.join('; ') : null);
  return {
    ...empty,
    ...statedValues(hero),
    biographyEn: hero.biographyEn,
    biographyRu: hero.biographyRu,
    units: list(hero.units.map((s) => s.unit.name)),
    battles: list(hero.battles.map((b) => b.battle.name)),
    awards: list(
      hero.awards
        .filter((a) => a.kind !== 'HERO_OF_THE_SOVIET_UNION')
        .map((a) => [a.kind === 'ORDER_OF_LENIN' ? 'Order of Lenin' : a.name, snapshotDate(a.decreeDate)].filter(Boolean).join(' ')),
    ),
  };
}

function scriptOf(value: string): 'RU' | 'TG' | 'LATIN' {
  return /[ғӣқӯҳҷ]/iu.test(value) ? 'TG' : /\p{Script=Cyrillic}/u.test(value) ? 'RU' : 'LATIN';
}

function namesOf(hero: ExportHero): ExportHero['names'] {
  if (hero.names.length) return hero.names;
  const ru = [hero.givenRu, hero.patronymicRu, hero.surnameRu].filter(Boolean).join(' ');
  const en = [hero.givenEn, hero.surnameEn].filter(Boolean).join(' ');
  return [...new Set([ru, en, hero.fullNameTg].filter((n): n is string => Boolean(n)))].map((value, index) => ({ value, script: scriptOf(value), isPrimary: index < 2, language: null }));
}

type Match = { id: string; slug: string; editedAt: Date | null };

/** The Heroes a batch of rows names, by slug and by each kind of external id. */
async function findMatches(tx: Tx, heroes: ExportHero[]) {
  const slugs = heroes.map((h) => h.slug).filter(Boolean);
  const ids = Object.fromEntries(EXTERNAL_ID_KINDS.map((kind) => [kind, heroes.map((h) => h.externalIds[kind]).filter((v): v is string => Boolean(v))]));
  const rows = await tx.hero.findMany({
    where: { OR: [{ slug: { in: slugs } }, ...EXTERNAL_ID_KINDS.map((kind) => ({ [EXTERNAL_ID_COLUMNS[kind]]: { in: ids[kind] } }))] },
    select: { id: true, slug: true, editedAt: true, wikidataId: true, warheroesId: true, pamyatNarodaId: true, podvigNarodaId: true, unconfirmedIds: true },
  });
  const index = new Map<string, Match>();
  // An id a record holds as a possible match only: a row naming it is not known to be that man,
  // nor known not to be, so it is refused rather than merged or added as a second record.
  const possible = new Map<string, Match>();
  for (const row of rows) {
    index.set(`slug:${row.slug}`, row);
    for (const kind of EXTERNAL_ID_KINDS) {
      const value = row[EXTERNAL_ID_COLUMNS[kind]];
      if (value) (row.unconfirmedIds.includes(kind) ? possible : index).set(`${kind}:${value}`, row);
    }
  }
  return (hero: ExportHero): { match: Match | null; conflict: string | null } => {
    const found = new Map<string, Match>();
    const keys: [string, string][] = EXTERNAL_ID_KINDS.flatMap((kind) => (hero.externalIds[kind] ? [[kind, `${kind}:${hero.externalIds[kind]}`] as [string, string]] : []));
    // The archive's own slug names the record only in its own export; in a CSV it is a key too.
    if (hero.slug) keys.push(['slug', `slug:${hero.slug}`]);
    const unsure: [string, string, Match][] = [];
    for (const [kind, key] of keys) {
      const held = possible.get(key);
      if (held) unsure.push([kind, key, held]);
      const match = index.get(key);
      if (match) found.set(match.id, match);
    }
    // Named by its slug or a confirmed id, the record is the row's whatever it holds as possible
    // (the archive's own export round-trips); named only by a possible match, it is not known.
    const [kind, key, held] = unsure.find(([, , held]) => !found.has(held.id)) ?? [];
    if (held) return { match: null, conflict: `The record ${held.slug} holds ${kind} ${key!.slice(kind!.length + 1)} as a possible match, not confirmed; confirm or correct it there first.` };
    if (found.size > 1) return { match: null, conflict: `Its ids and slug name different records in the archive (${[...found.values()].map((m) => m.slug).join(', ')}).` };
    const match = [...found.values()][0] ?? null;
    if (match) {
      // An id the row gives that the matched record holds with another value is a contradiction.
      for (const kind of EXTERNAL_ID_KINDS) {
        const mine = hero.externalIds[kind];
        const theirs = rows.find((r) => r.id === match.id)![EXTERNAL_ID_COLUMNS[kind]];
        if (mine && theirs && mine !== theirs) return { match: null, conflict: `The record ${match.slug} holds ${kind} ${theirs}, the row says ${mine}.` };
      }
    }
    return { match, conflict: null };
  };
}

type Batch = { line: number; row: number; hero: ExportHero }[];

// lib/revisions/revisions.ts and lib/audit.ts hold the site's versions of these two writes; they
// import the site's database client (server-only), which a script cannot load, so the import
// writes the same rows through its own transaction.
async function appendImportRevision(tx: Tx, input: { heroId: string; before: Snapshot; after: Snapshot; reason: string; actorId: string | null }) {
  const last = await tx.revision.findFirst({ where: { heroId: input.heroId }, orderBy: { number: 'desc' }, select: { number: true } });
  let number = last?.number ?? 0;
  if (!last) {
    await tx.revision.create({ data: { heroId: input.heroId, number: 1, snapshot: input.before, diff: {}, reason: 'As first recorded in the archive (before this import).' } });
    number = 1;
  }
  await tx.revision.create({
    data: { heroId: input.heroId, number: number + 1, snapshot: input.after, diff: diffSnapshots(input.before, input.after), reason: input.reason, proposedById: input.actorId, approvedById: input.actorId },
  });
}

export async function importFile(prisma: PrismaClient, options: ImportOptions): Promise<ImportSummary> {
  const format = await detectFormat(options.file);
  const fileName = path.basename(options.file);
  const batchSize = options.batchSize ?? 500;
  const summary: ImportSummary = { format, rows: 0, created: 0, changed: 0, proposed: 0, unchanged: 0, skipped: 0, errors: [], applied: false, examples: [] };
  const example = (outcome: ImportOutcome, line: number, slug: string, fields?: string[]) => {
    if (summary.examples.filter((e) => e.outcome === outcome).length < 20) summary.examples.push({ outcome, line, slug, fields });
  };

  try {
    await prisma.$transaction(
      async (tx) => {
        // Pass 1: validate and match every row; remember only the lines of bad ones.
        const badLines = new Set<number>();
        const seen = new Map<string, number>();
        let total = 0;
        const validateBatch = async (batch: Batch) => {
          const matcher = await findMatches(tx, batch.map((b) => b.hero));
          for (const { line, hero } of batch) {
            const { conflict } = matcher(hero);
            if (conflict) {
              summary.errors.push({ line, field: 'ids', message: conflict });
              badLines.add(line);
            }
            for (const key of [...EXTERNAL_ID_KINDS.flatMap((kind) => (hero.externalIds[kind] ? [`${kind} ${hero.externalIds[kind]}`] : [])), ...(hero.slug ? [`slug ${hero.slug}`] : [])]) {
              const earlier = seen.get(key);
              if (earlier !== undefined) {
                summary.errors.push({ line, field: key.split(' ')[0]!, message: `Line ${earlier} has the same ${key}.` });
                badLines.add(line);
              } else seen.set(key, line);
            }
          }
        };
        let batch: Batch = [];
        for await (const raw of readRows(options.file, format)) {
          total += 1;
          const converted = convertRow(format, raw);
          if ('errors' in converted) {
            summary.errors.push(...converted.errors);
            badLines.add(raw.line);
          } else batch.push({ line: raw.line, row: raw.row, hero: converted.hero });
          if (batch.length >= batchSize) {
            await validateBatch(batch);
            batch = [];
          }
          if (total % 100 === 0) options.onProgress?.({ phase: 'validate', done: total, total: 0 });
        }
        if (batch.length) await validateBatch(batch);
        seen.clear();
        summary.rows = total;
        summary.skipped = badLines.size;
        if (summary.errors.length > 0 && !options.validRowsOnly) throw new Rollback();

        // Pass 2: apply, a batch at a time.
        const tags = new Set<string>([CACHE_TAGS.archive]);
        const caches = { places: new Map<string, string>(), units: new Map<string, string>(), battles: new Map<string, string>(), sources: new Map<string, string>() };
        const takenSlugs = new Set<string>();
        let done = 0;
        batch = [];
        const applyBatch = async (items: Batch) => {
          const matcher = await findMatches(tx, items.map((b) => b.hero));
          const creates: Batch = [];
          const matched = items.flatMap((item) => {
            const { match } = matcher(item.hero);
            return match ? [{ item, match }] : [];
          });
          const current = await readStatedFacts(tx, matched.map((m) => m.match.id));
          for (const item of items) {
            const { match } = matcher(item.hero);
            if (!match) {
              creates.push(item);
              continue;
            }
            // Most rows of a repeated import change nothing: seen from one batched read.
            const now = current.get(match.id);
            if (now && Object.entries(statedValues(item.hero)).every(([field, value]) => now[field as keyof Snapshot] === value)) {
              summary.unchanged += 1;
              example('unchanged', item.line, match.slug);
              continue;
            }
            const outcome = await applyToExisting(tx, match, item, fileName, options.actorId ?? null, tags);
            summary[outcome.outcome] += 1;
            example(outcome.outcome, item.line, match.slug, outcome.fields);
          }
          if (creates.length) {
            const created = await createHeroes(tx, creates, format, fileName, caches, takenSlugs, tags);
            summary.created += created.length;
            for (const c of created) example('created', c.line, c.slug);
            // What the next batch needs of these it reads back from the transaction: memory
            // stays flat (places, units and battles are few and stay cached).
            caches.sources.clear();
            takenSlugs.clear();
          }
          done += items.length;
          options.onProgress?.({ phase: 'apply', done, total: total - badLines.size });
        };
        for await (const raw of readRows(options.file, format)) {
          if (badLines.has(raw.line)) continue;
          const converted = convertRow(format, raw);
          if ('errors' in converted) continue;
          batch.push({ line: raw.line, row: raw.row, hero: converted.hero });
          if (batch.length >= batchSize) {
            await applyBatch(batch);
            batch = [];
          }
        }
        if (batch.length) await applyBatch(batch);
        if (summary.created + summary.changed > 0) await invalidateTags(tx, [...tags]);
        await tx.auditEvent.create({
          data: {
          actorId: options.actorId ?? null,
          action: 'import',
          targetType: 'archive',
          targetId: fileName,
          details: { file: fileName, format, rows: summary.rows, created: summary.created, changed: summary.changed, proposed: summary.proposed, unchanged: summary.unchanged, skipped: summary.skipped },
          },
        });
        if (options.dryRun) throw new Rollback();
        summary.applied = true;
      },
      { timeout: 6 * 60 * 60 * 1000, maxWait: 60_000 },
    );
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  return summary;
}

async function applyToExisting(
  tx: Tx,
  match: Match,
  item: Batch[number],
  fileName: string,
  actorId: string | null,
  tags: Set<string>,
): Promise<{ outcome: 'changed' | 'proposed' | 'unchanged'; fields?: string[] }> {
  const { snapshot: current, version } = await readSnapshot(tx, match.id);
  const stated = statedValues(item.hero);
  const proposed = { ...current, ...stated } as Snapshot;
  const changes = diffSnapshots(current, proposed, EDITABLE_FIELDS);
  const fields = Object.keys(changes);
  if (fields.length === 0) return { outcome: 'unchanged' };
  const provenance = `Imported from ${fileName}, row ${item.row} (line ${item.line})`;
  const source = item.hero.sources.find((s) => s.url)?.url ?? null;
  if (match.editedAt) {
    // Edited in the archive: a moderator decides. The same proposal is not made twice.
    const pending = await tx.submission.findMany({ where: { heroId: match.id, kind: 'CORRECTION', status: 'PENDING', note: { startsWith: 'Imported from ' } }, select: { payload: true } });
    if (pending.some((p) => Object.keys(diffSnapshots(p.payload as Snapshot, proposed)).length === 0)) return { outcome: 'unchanged' };
    await tx.submission.create({
      data: {
        kind: 'CORRECTION', heroId: match.id, authorId: actorId, baseVersion: version, baseSnapshot: current, payload: proposed,
        evidence: [{ url: source, title: `Import of ${fileName}, row ${item.row}`, archiveRef: null }],
        note: `${provenance}: differs from the record as edited in the archive.`,
      },
    });
    return { outcome: 'proposed', fields };
  }
  const before = await tx.hero.findUniqueOrThrow({ where: { id: match.id }, select: { editedAt: true } });
  if (!(await writeSnapshot(tx, match.id, version, proposed))) throw new Error(`The record ${match.slug} changed during the import.`);
  // An import is not an edit in the archive: the next import may still refresh the record.
  await tx.hero.update({ where: { id: match.id }, data: { editedAt: before.editedAt } });
  await appendImportRevision(tx, { heroId: match.id, before: current, after: (await readSnapshot(tx, match.id)).snapshot, reason: provenance, actorId });
  await reindexHero(tx, match.id);
  tags.add(CACHE_TAGS.hero(match.slug));
  return { outcome: 'changed', fields };
}

type Caches = { places: Map<string, string>; units: Map<string, string>; battles: Map<string, string>; sources: Map<string, string> };

async function resolvePlaces(tx: Tx, caches: Caches, places: NonNullable<ExportHero['birthPlace']>[]) {
  const key = (p: { name: string; nameToday: string | null }) => `${p.name}\u0000${p.nameToday ?? ''}`;
  const missing = [...new Map(places.filter((p) => !caches.places.has(key(p))).map((p) => [key(p), p])).values()];
  if (!missing.length) return key;
  const existing = await tx.place.findMany({ where: { name: { in: missing.map((p) => p.name) } }, select: { id: true, name: true, nameToday: true } });
  for (const row of existing) if (!caches.places.has(key(row))) caches.places.set(key(row), row.id);
  const create = missing.filter((p) => !caches.places.has(key(p))).map((p) => ({ id: newId(), ...p }));
  if (create.length) await tx.place.createMany({ data: create });
  for (const p of create) caches.places.set(key(p), p.id);
  return key;
}

async function resolveBySlug(
  tx: Tx,
  cache: Map<string, string>,
  kind: 'unit' | 'battle',
  items: { slug: string; name: string; level?: string; parentSlug?: string | null; dateText?: string | null; place?: string | null }[],
) {
  const missing = [...new Map(items.filter((i) => !cache.has(i.slug)).map((i) => [i.slug, i])).values()];
  if (!missing.length) return;
  const existing =
    kind === 'unit'
      ? await tx.unit.findMany({ where: { slug: { in: missing.map((i) => i.slug) } }, select: { id: true, slug: true } })
      : await tx.battle.findMany({ where: { slug: { in: missing.map((i) => i.slug) } }, select: { id: true, slug: true } });
  for (const row of existing) cache.set(row.slug, row.id);
  const create = missing.filter((i) => !cache.has(i.slug)).map((i) => ({ ...i, id: newId() }));
  if (!create.length) return;
  for (const item of create) cache.set(item.slug, item.id);
  if (kind === 'unit') {
    await tx.unit.createMany({ data: create.map((u) => ({ id: u.id, slug: u.slug, name: u.name, level: u.level as 'DIVISION' })) });
    for (const unit of create) if (unit.parentSlug) await tx.unit.update({ where: { id: unit.id }, data: { parentId: cache.get(unit.parentSlug) } });
  } else {
    await tx.battle.createMany({ data: create.map((b) => ({ id: b.id, slug: b.slug, name: b.name, dateText: b.dateText ?? null, place: b.place ?? null })) });
  }
}

// Bulk inserts: one INSERT … SELECT FROM unnest(text arrays) per table and batch, each column
// cast to its type. Prisma's createMany builds a parameter per value, which at tens of thousands
// of rows is most of an import's time. Arrays (featFacts, a conflict's values) travel as JSON.
type Column = [name: string, type: string];
const HERO_COLUMNS: Column[] = [
  ['id', 'text'], ['slug', 'text'], ['wikidataId', 'text'], ['warheroesId', 'text'], ['pamyatNarodaId', 'text'], ['podvigNarodaId', 'text'],
  ['surnameRu', 'text'], ['givenRu', 'text'], ['patronymicRu', 'text'], ['givenInitialRu', 'text'], ['patronymicInitialRu', 'text'],
  ['surnameEn', 'text'], ['givenEn', 'text'], ['givenInitialEn', 'text'], ['fullNameTg', 'text'],
  ['group', '"HeroGroup"'], ['countedIn64', 'boolean'], ['membershipNote', 'text'], ['membershipConfidence', '"Confidence"'], ['identityNote', 'text'], ['nationality', 'text'],
  ['birthDate', 'date'], ['birthDatePrecision', '"DatePrecision"'], ['deathDate', 'date'], ['deathDatePrecision', '"DatePrecision"'], ['killedInAction', 'boolean'],
  ['birthPlaceId', 'text'], ['deathPlaceId', 'text'], ['burialPlaceId', 'text'],
  ['rankAtFeat', 'text'], ['role', 'text'], ['featDate', 'date'], ['featDatePrecision', '"DatePrecision"'], ['featDateText', 'text'], ['featPlace', 'text'], ['featFacts', 'json-text[]'],
  ['postwar', 'text'], ['notes', 'text'], ['biographyEn', 'text'], ['biographyRu', 'text'], ['confidence', '"Confidence"'], ['updatedAt', 'timestamp(3)'],
];
const NAME_COLUMNS: Column[] = [['id', 'text'], ['heroId', 'text'], ['value', 'text'], ['script', '"NameScript"'], ['isPrimary', 'boolean'], ['language', 'text'], ['normalized', 'text']];
const SERVICE_COLUMNS: Column[] = [['id', 'text'], ['heroId', 'text'], ['unitId', 'text'], ['role', 'text'], ['rank', 'text'], ['fromDate', 'text'], ['toDate', 'text'], ['note', 'text']];
const PARTICIPATION_COLUMNS: Column[] = [['id', 'text'], ['heroId', 'text'], ['battleId', 'text'], ['dateText', 'text'], ['place', 'text'], ['note', 'text']];
const AWARD_COLUMNS: Column[] = [['id', 'text'], ['heroId', 'text'], ['kind', '"AwardKind"'], ['name', 'text'], ['decreeDate', 'date'], ['decreePrecision', '"DatePrecision"'], ['posthumous', 'boolean'], ['goldStarNo', 'text'], ['documentRef', 'text']];
const CITATION_COLUMNS: Column[] = [['id', 'text'], ['heroId', 'text'], ['sourceId', 'text'], ['supports', 'text']];
const CONFLICT_COLUMNS: Column[] = [['id', 'text'], ['heroId', 'text'], ['field', 'text'], ['values', 'json-text[]'], ['sources', 'json-text[]'], ['note', 'text']];
const MEMORIAL_COLUMNS: Column[] = [['id', 'text'], ['heroId', 'text'], ['kind', 'text'], ['description', 'text'], ['place', 'text']];
const REVISION_COLUMNS: Column[] = [['id', 'text'], ['heroId', 'text'], ['number', 'int'], ['snapshot', 'jsonb'], ['diff', 'jsonb'], ['reason', 'text'], ['restoredFrom', 'int'], ['createdAt', 'timestamp(3)']];
const TERM_COLUMNS: Column[] = [['id', 'text'], ['heroId', 'text'], ['kind', '"SearchTermKind"'], ['value', 'text'], ['normalized', 'text']];

async function insertRows(tx: Tx, table: string, columns: Column[], rows: unknown[][], conflict = '') {
  if (rows.length === 0) return;
  const arrays = columns.map((_, i) => rows.map((row) => (row[i] === null || row[i] === undefined ? null : String(row[i]))));
  const names = columns.map(([name]) => `"${name}"`).join(', ');
  const values = columns
    .map(([, type], i) => (type === 'json-text[]' ? `ARRAY(SELECT jsonb_array_elements_text(u.c${i}::jsonb))` : `u.c${i}::${type}`))
    .join(', ');
  const unnest = columns.map((_, i) => `$${i + 1}::text[]`).join(', ');
  const aliases = columns.map((_, i) => `c${i}`).join(', ');
  await tx.$executeRawUnsafe(`INSERT INTO "${table}" (${names}) SELECT ${values} FROM unnest(${unnest}) AS u(${aliases}) ${conflict}`, ...arrays);
}

/**
 * The archive's own export brings each text's Russian and Tajik with its status. The rows are new
 * here, so a text is found by what it is and the English it translates; places, units and
 * battles are shared, and a translation they already have is kept.
 */
async function writeTexts(tx: Tx, heroes: { id: string; hero: ExportHero }[]) {
  const rows = await tx.hero.findMany({ where: { id: { in: heroes.map((h) => h.id) } }, select: recordTextsSelect });
  const incoming = new Map(heroes.map(({ id, hero }) => [id, new Map(hero.texts.map((t) => [JSON.stringify([t.entity, t.field, t.en.value]), t]))]));
  const data = rows.flatMap((row) =>
    recordTexts(row).flatMap((ref) => {
      const text = incoming.get(row.id)?.get(JSON.stringify([ref.entity, ref.field, ref.english]));
      if (!text) return [];
      return (['ru', 'tg'] as const).flatMap((locale) => {
        const value = text[locale];
        if (!value) return [];
        // The Russian biography is the record's own column: its row gives only the status.
        const own = ref.entity === 'Hero' && ref.field === 'biography' && locale === 'ru' && value.value === row.biographyRu;
        return [{ entity: ref.entity, entityId: ref.entityId, field: ref.field, locale, value: own ? null : value.value, sourceText: own ? null : ref.english, status: value.status, heroId: ref.heroId }];
      });
    }),
  );
  if (data.length) await tx.translation.createMany({ data, skipDuplicates: true });
}

async function createHeroes(tx: Tx, items: Batch, format: ImportFormat, fileName: string, caches: Caches, takenSlugs: Set<string>, tags: Set<string>) {
  // Ids and slugs: the file's own when free (the archive's export keeps them stable), else new.
  const wantedIds = items.map((i) => i.hero.id).filter(Boolean);
  const takenIds = new Set((await tx.hero.findMany({ where: { id: { in: wantedIds } }, select: { id: true } })).map((h) => h.id));
  const bases = items.map(({ hero }) => hero.slug || slugify(`${hero.givenEn ?? ''} ${hero.surnameEn}`, 'hero'));
  const candidates = bases.flatMap((base) => [base, ...Array.from({ length: 20 }, (_, n) => `${base}-${n + 2}`)]);
  for (const row of await tx.hero.findMany({ where: { slug: { in: candidates } }, select: { slug: true } })) takenSlugs.add(row.slug);

  const heroes = items.map((item, index) => {
    const id = item.hero.id && !takenIds.has(item.hero.id) ? item.hero.id : newId();
    const base = bases[index]!;
    let slug = base;
    for (let n = 2; takenSlugs.has(slug); n += 1) slug = `${base}-${n}`;
    takenSlugs.add(slug);
    return { ...item, id, slug };
  });

  const placeKey = await resolvePlaces(tx, caches, heroes.flatMap(({ hero }) => [hero.birthPlace, hero.deathPlace, hero.burialPlace].filter((p): p is NonNullable<typeof p> => Boolean(p))));
  const placeId = (p: ExportHero['birthPlace']) => (p ? caches.places.get(placeKey(p))! : null);
  // Units nearest the top first, so each parent exists before its child points at it.
  const units = heroes.flatMap(({ hero }) =>
    hero.units.flatMap((s) => {
      const chain = [s.unit, ...s.chain];
      return chain.map((u, i) => ({ slug: u.slug, name: u.name, level: u.level, parentSlug: chain[i + 1]?.slug ?? null, depth: chain.length - i }));
    }),
  );
  await resolveBySlug(tx, caches.units, 'unit', units.sort((a, b) => a.depth - b.depth));
  await resolveBySlug(tx, caches.battles, 'battle', heroes.flatMap(({ hero }) => hero.battles.map((b) => ({ slug: b.battle.slug, name: b.battle.name, dateText: b.battle.dateText, place: b.battle.place }))));

  // Sources: shared by URL; a URL-less source keeps the file's id when free.
  const sourceKey = (s: ExportHero['sources'][number]) => (s.url ? `url:${s.url}` : `id:${s.id}`);
  const allSources = [...new Map(heroes.flatMap(({ hero }) => hero.sources).filter((s) => !caches.sources.has(sourceKey(s))).map((s) => [sourceKey(s), s])).values()];
  if (allSources.length) {
    const urls = allSources.flatMap((s) => (s.url ? [s.url] : []));
    const ids = allSources.flatMap((s) => (!s.url && s.id ? [s.id] : []));
    for (const row of await tx.source.findMany({ where: { OR: [{ url: { in: urls } }, { id: { in: ids } }] }, select: { id: true, url: true } })) {
      caches.sources.set(row.url ? `url:${row.url}` : `id:${row.id}`, row.id);
    }
    const taken = new Set((await tx.source.findMany({ where: { id: { in: allSources.map((s) => s.id).filter(Boolean) } }, select: { id: true } })).map((s) => s.id));
    const create = allSources
      .filter((s) => !caches.sources.has(sourceKey(s)))
      .map((s) => ({ id: s.id && !taken.has(s.id) ? s.id : newId(), url: s.url, title: s.title, publisher: s.publisher, year: s.year, archiveFond: s.archiveFond, archiveOpis: s.archiveOpis, archiveDelo: s.archiveDelo, key: sourceKey(s) }));
    if (create.length) await tx.source.createMany({ data: create.map(({ key: _key, ...s }) => s) });
    for (const s of create) caches.sources.set(s.key, s.id);
  }

  const now = new Date().toISOString();
  const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
  await insertRows(tx, 'Hero', HERO_COLUMNS, heroes.map(({ hero, id, slug }) => {
    const birth = dateParts(hero.birthDate);
    const death = dateParts(hero.deathDate);
    const feat = dateParts(hero.featDate);
    return [
      id, slug, hero.externalIds.wikidata, hero.externalIds.warheroes, hero.externalIds.pamyatNaroda, hero.externalIds.podvigNaroda,
      hero.surnameRu, hero.givenRu, hero.patronymicRu, hero.givenInitialRu, hero.patronymicInitialRu, hero.surnameEn, hero.givenEn, hero.givenInitialEn, hero.fullNameTg,
      hero.group, hero.countedIn64, hero.membershipNote, hero.membershipConfidence, hero.identityNote, hero.nationality,
      iso(birth.date), birth.precision, iso(death.date), death.precision, hero.killedInAction,
      placeId(hero.birthPlace), placeId(hero.deathPlace), placeId(hero.burialPlace),
      hero.rankAtFeat, hero.role, iso(feat.date), feat.precision, hero.featDateText, hero.featPlace, JSON.stringify(hero.featFacts),
      hero.postwar, hero.notes, hero.biographyEn, hero.biographyRu, hero.confidence, now,
    ];
  }));
  await insertRows(tx, 'HeroName', NAME_COLUMNS, heroes.flatMap(({ hero, id }) => namesOf(hero).map((n) => [newId(), id, n.value, n.script, n.isPrimary, n.language, foldName(n.value)])));
  await insertRows(tx, 'Service', SERVICE_COLUMNS, heroes.flatMap(({ hero, id }) => hero.units.map((s) => [newId(), id, caches.units.get(s.unit.slug)!, s.role, s.rank, s.from, s.to, s.note])));
  await insertRows(tx, 'BattleParticipation', PARTICIPATION_COLUMNS, heroes.flatMap(({ hero, id }) => hero.battles.map((b) => [newId(), id, caches.battles.get(b.battle.slug)!, b.dateText, b.place, b.note])));
  await insertRows(tx, 'Award', AWARD_COLUMNS, heroes.flatMap(({ hero, id }) =>
    hero.awards.map((a) => {
      const decree = dateParts(a.decreeDate);
      return [newId(), id, a.kind, a.name, iso(decree.date), decree.precision, a.posthumous, a.goldStarNo, a.documentRef];
    }),
  ));
  const citations = new Map(heroes.flatMap(({ hero, id }) => hero.sources.map((s) => [`${id} ${caches.sources.get(sourceKey(s))}`, [newId(), id, caches.sources.get(sourceKey(s))!, s.supports]] as const)));
  await insertRows(tx, 'Citation', CITATION_COLUMNS, [...citations.values()].map((row) => [...row]));
  await insertRows(tx, 'SourceConflict', CONFLICT_COLUMNS, heroes.flatMap(({ hero, id }) => hero.conflicts.map((c) => [newId(), id, c.field, JSON.stringify(c.values), JSON.stringify(c.sources), c.note])));
  await insertRows(tx, 'Memorial', MEMORIAL_COLUMNS, heroes.flatMap(({ hero, id }) => hero.memorials.map((m) => [newId(), id, m.kind, m.description, m.place])));

  // History: the archive's own export brings the record's history with it, as it was (less the
  // texts it hid, which it never published); a record
  // from another source starts its history with the import, which says where it came from.
  await insertRows(tx, 'Revision', REVISION_COLUMNS, heroes.flatMap(({ hero, id, row, line }) =>
    format === 'archive'
      ? hero.history.map((h) => [newId(), id, h.number, JSON.stringify(h.snapshot), JSON.stringify(h.diff), h.reason ?? HIDDEN_REASON, h.restoredFrom, h.createdAt])
      : [[newId(), id, 1, JSON.stringify(snapshotOf(hero)), '{}', `Imported from ${fileName}, row ${row} (line ${line})`, null, now]],
  ));

  if (format === 'archive') await writeTexts(tx, heroes);

  const terms = heroes.flatMap(({ hero, id }) =>
    buildSearchTerms({
      names: namesOf(hero).map((n) => n.value),
      givenNames: [hero.givenRu, hero.givenEn, hero.givenInitialRu, hero.givenInitialEn, hero.patronymicRu].filter((v): v is string => Boolean(v)),
      places: [hero.birthPlace?.name, hero.birthPlace?.nameToday].filter((v): v is string => Boolean(v)),
      units: hero.units.flatMap((s) => [s.unit.name, s.chain[0]?.name].filter((v): v is string => Boolean(v))),
      battles: hero.battles.map((b) => b.battle.name),
    }).map((term) => [newId(), id, term.kind, term.value, term.normalized]),
  );
  await insertRows(tx, 'SearchTerm', TERM_COLUMNS, terms);
  await insertRows(tx, 'SearchLexeme', [['normalized', 'text']], [...new Set(terms.map((t) => t[4] as string))].map((n) => [n]), 'ON CONFLICT DO NOTHING');

  for (const { hero, slug } of heroes) {
    tags.add(CACHE_TAGS.hero(slug));
    for (const s of hero.units) tags.add(CACHE_TAGS.unit(s.unit.slug));
    for (const b of hero.battles) tags.add(CACHE_TAGS.battle(b.battle.slug));
  }
  return heroes.map((h) => ({ line: h.line, slug: h.slug }));
}

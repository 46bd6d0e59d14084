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
// Each job has its file: import-match.ts (which Hero a row names), import-apply.ts (a row
// applied to a record the archive holds), import-insert.ts (new records, in bulk).
import path from 'node:path';
import type { PrismaClient } from '../generated/prisma/client';
import { recordAudit } from '../audit';
import { CACHE_TAGS, invalidateTags } from '../cache';
import type { Snapshot } from '../revisions/snapshot';
import { EXTERNAL_ID_KINDS } from './external-ids';
import { applyToExisting, readRecordLinks, readStatedFacts, statedValues } from './import-apply';
import { convertRow, detectFormat, readRows, type ImportFormat, type RowError } from './import-formats';
import { createHeroes } from './import-insert';
import { findMatches, type ImportItem } from './import-match';
import { checkPlaceLinks, placeChangeOf, resolveRecordPlaces, type PlaceLinks } from './import-places';

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

type ImportOutcome = 'created' | 'changed' | 'proposed' | 'unchanged';
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

type Batch = ImportItem[];

export async function importFile(prisma: PrismaClient, options: ImportOptions): Promise<ImportSummary> {
  const format = await detectFormat(options.file);
  const fileName = path.basename(options.file);
  const batchSize = options.batchSize ?? 500;
  const summary: ImportSummary = {
    format,
    rows: 0,
    created: 0,
    changed: 0,
    proposed: 0,
    unchanged: 0,
    skipped: 0,
    errors: [],
    applied: false,
    examples: [],
  };
  const example = (outcome: ImportOutcome, line: number, slug: string, fields?: string[]) => {
    if (summary.examples.filter((e) => e.outcome === outcome).length < 20)
      summary.examples.push({ outcome, line, slug, fields });
  };

  try {
    await prisma.$transaction(
      async (tx) => {
        // Pass 1: validate and match every row; remember only the lines of bad ones.
        const badLines = new Set<number>();
        const seen = new Map<string, number>();
        const links: PlaceLinks = new Map();
        let total = 0;
        const validateBatch = async (batch: Batch) => {
          const matcher = await findMatches(
            tx,
            batch.map((b) => b.hero),
          );
          for (const { line, hero } of batch) {
            const { conflict } = matcher(hero);
            if (conflict) {
              summary.errors.push({ line, field: 'ids', message: conflict });
              badLines.add(line);
            }
            for (const key of [
              ...EXTERNAL_ID_KINDS.flatMap((kind) =>
                hero.externalIds[kind] ? [`${kind} ${hero.externalIds[kind]}`] : [],
              ),
              ...(hero.slug ? [`slug ${hero.slug}`] : []),
            ]) {
              const earlier = seen.get(key);
              if (earlier !== undefined) {
                summary.errors.push({
                  line,
                  field: key.split(' ')[0]!,
                  message: `Line ${earlier} has the same ${key}.`,
                });
                badLines.add(line);
              } else seen.set(key, line);
            }
          }
          for (const error of await checkPlaceLinks(tx, batch, format, links)) {
            summary.errors.push(error);
            badLines.add(error.line);
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
        const caches = {
          places: new Map<string, string>(),
          units: new Map<string, string>(),
          battles: new Map<string, string>(),
          sources: new Map<string, string>(),
          links,
        };
        const takenSlugs = new Set<string>();
        let done = 0;
        batch = [];
        const applyBatch = async (items: Batch) => {
          const matcher = await findMatches(
            tx,
            items.map((b) => b.hero),
          );
          const creates: Batch = [];
          const matched = items.flatMap((item) => {
            const { match } = matcher(item.hero);
            return match ? [{ item, match }] : [];
          });
          const current = await readStatedFacts(
            tx,
            matched.map((m) => m.match.id),
          );
          const currentLinks = await readRecordLinks(
            tx,
            matched.map((m) => m.match.id),
          );
          await resolveRecordPlaces(
            tx,
            matched.map((m) => m.item.hero),
            links,
          );
          for (const item of items) {
            const { match } = matcher(item.hero);
            if (!match) {
              creates.push(item);
              continue;
            }
            // Most rows of a repeated import change nothing: seen from one batched read.
            const now = current.get(match.id);
            const nowLinks = currentLinks.get(match.id);
            const change = nowLinks && placeChangeOf(item.hero, links, nowLinks);
            if (
              now &&
              change &&
              Object.keys(change.places).length === 0 &&
              change.commissariat === undefined &&
              Object.entries(statedValues(item.hero)).every(([field, value]) => now[field as keyof Snapshot] === value)
            ) {
              summary.unchanged += 1;
              example('unchanged', item.line, match.slug);
              continue;
            }
            const outcome = await applyToExisting(tx, match, item, fileName, options.actorId ?? null, tags, links);
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
        await recordAudit(tx, {
          actorId: options.actorId ?? null,
          action: 'import',
          targetType: 'archive',
          targetId: fileName,
          details: {
            file: fileName,
            format,
            rows: summary.rows,
            created: summary.created,
            changed: summary.changed,
            proposed: summary.proposed,
            unchanged: summary.unchanged,
            skipped: summary.skipped,
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

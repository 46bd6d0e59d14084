// The public reading of a history with its hidden texts (lib/revisions/redaction.ts hides and
// shows them). Takes the client it reads with, and imports no request client, so the export
// script reads histories exactly as the site does.
import type { PrismaClient, Prisma } from '../generated/prisma/client';

type Client = Prisma.TransactionClient | PrismaClient;

/**
 * What the public is told about a hidden text: which field, when, why; never the text.
 * `previousText`: the hidden text is the one this revision replaced (its diff's "from").
 */
export type HiddenText = { field: string; hiddenAt: Date; reason: string; previousText: boolean };

/** A hiding in force, with where its text shows. */
type ActiveRedaction = Omit<HiddenText, 'previousText'> & { id: string; number: number; nextNumber: number | null };

/** The hidings in force for these Heroes, each with the revision whose diff holds its text as "before". */
export async function activeRedactions(client: Client, heroIds: string[]): Promise<Map<string, ActiveRedaction[]>> {
  const byHero = new Map<string, ActiveRedaction[]>();
  if (heroIds.length === 0) return byHero;
  const rows = await client.$queryRaw<(ActiveRedaction & { heroId: string })[]>`
    SELECT h.id, r."heroId", r.number, h.field, h.reason, h."createdAt" AS "hiddenAt",
      (SELECT min(n.number) FROM "Revision" n WHERE n."heroId" = r."heroId" AND n.number > r.number AND jsonb_exists(n.diff, h.field))::int AS "nextNumber"
    FROM "RevisionRedaction" h JOIN "Revision" r ON r.id = h."revisionId"
    WHERE r."heroId" = ANY(${heroIds}::text[]) AND h."undoesId" IS NULL
      AND NOT EXISTS (SELECT 1 FROM "RevisionRedaction" u WHERE u."undoesId" = h.id)
    ORDER BY h."createdAt"`;
  for (const { heroId, ...row } of rows) byHero.set(heroId, [...(byHero.get(heroId) ?? []), row]);
  return byHero;
}

export type Diff = Record<string, { from: string | null; to: string | null }>;
type RevisionText = { number: number; reason: string; diff: unknown; snapshot?: unknown };

/**
 * A revision as the public may read it: each hidden text replaced by null and listed in `hidden`.
 * With `reveal` (an admin's view) the texts stay and `hidden` marks them.
 */
export function redactRevision<R extends RevisionText>(
  revision: R,
  redactions: readonly ActiveRedaction[],
  reveal = false,
) {
  const own = redactions.filter((r) => r.number === revision.number);
  const before = redactions.filter((r) => r.nextNumber === revision.number && r.field !== 'reason');
  // Admins are also given each hiding's id, to undo it.
  const hidden: (HiddenText & { redactionId?: string })[] = [
    ...own.map(({ id, field, hiddenAt, reason }) => ({
      field,
      hiddenAt,
      reason,
      previousText: false,
      ...(reveal ? { redactionId: id } : {}),
    })),
    ...before.map(({ field, hiddenAt, reason }) => ({ field, hiddenAt, reason, previousText: true })),
  ];
  if (reveal || hidden.length === 0) return { ...revision, reason: revision.reason as string | null, hidden };
  const diff: Diff = { ...(revision.diff as Diff) };
  const snapshot =
    revision.snapshot === undefined ? undefined : { ...(revision.snapshot as Record<string, string | null>) };
  let reason: string | null = revision.reason;
  for (const { field } of own) {
    if (field === 'reason') reason = null;
    else {
      if (diff[field]) diff[field] = { ...diff[field], to: null };
      if (snapshot && field in snapshot) snapshot[field] = null;
    }
  }
  for (const { field } of before) if (diff[field]) diff[field] = { ...diff[field], from: null };
  return { ...revision, reason, diff, ...(snapshot ? { snapshot } : {}), hidden };
}

/** Redacts a Hero's revisions for the public (or marks them, with `reveal`), in one read of its hidings. */
export async function redactRevisions<R extends RevisionText>(
  client: Client,
  heroId: string,
  revisions: R[],
  reveal = false,
) {
  const redactions = (await activeRedactions(client, [heroId])).get(heroId) ?? [];
  return revisions.map((revision) => redactRevision(revision, redactions, reveal));
}

/** The same for the histories of many Heroes (the export reads them in batches). */
export async function redactHistories<R extends RevisionText>(
  client: Client,
  histories: { heroId: string; revisions: R[] }[],
) {
  const byHero = await activeRedactions(
    client,
    histories.map((h) => h.heroId),
  );
  return histories.map(({ heroId, revisions }) =>
    revisions.map((revision) => redactRevision(revision, byHero.get(heroId) ?? [])),
  );
}

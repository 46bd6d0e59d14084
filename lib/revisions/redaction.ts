// Hiding a revision's text from the public, as MediaWiki's revision deletion does: a caption in
// "Image added: …" or a sentence of a biography that said too much (a living relative's address,
// a medical detail). The revision itself is never changed (it is append-only): a hiding is a row
// of "RevisionRedaction", and an admin's undo is another row that names it. Public reads (the
// history page, the API, the export) replace the hidden text by null and say what was hidden,
// when and why; admins read it, marked as hidden.
//
// Hiding field F of revision N hides the text F had in N: the revision's reason when F is
// "reason"; otherwise N's snapshot[F], N's diff[F].to, and the diff[F].from of the next revision
// that changed F (its "before" is N's text).
import { z } from 'zod';
import { Prisma } from '../generated/prisma/client';
import { db } from '../db';
import { recordAudit } from '../audit';
import { invalidateHero } from '../cache';
import { AppError, ValidationError } from '../errors';
import { fieldErrors, sanitizeText } from '../forms';
import { SlugSchema } from '../heroes/schemas';
import { can, requirePermission, type Actor } from '../permissions';

type Client = Prisma.TransactionClient | typeof db;

/**
 * What the public is told about a hidden text: which field, when, why; never the text.
 * `previousText`: the hidden text is the one this revision replaced (its diff's "from").
 */
export type HiddenText = { field: string; hiddenAt: Date; reason: string; previousText: boolean };

/** A hiding in force, with where its text shows. */
type ActiveRedaction = Omit<HiddenText, 'previousText'> & { id: string; number: number; nextNumber: number | null };

const RedactionReasonSchema = z.string().transform(sanitizeText).pipe(z.string().trim().min(10, 'redactionReasonRequired').max(500, 'tooLong'));

const HideRevisionTextSchema = z.object({
  heroSlug: SlugSchema,
  number: z.coerce.number().int().positive().max(9_999_999),
  // "reason", or a field of the revision's snapshot or diff; checked against the revision itself.
  field: z.string().trim().min(1, 'chooseHiddenField').max(200, 'chooseHiddenField'),
  reason: RedactionReasonSchema,
});
export type HideRevisionTextInput = z.input<typeof HideRevisionTextSchema>;

const UndoRedactionSchema = z.object({ redactionId: z.string().trim().min(1).max(100), reason: RedactionReasonSchema });
export type UndoRedactionInput = z.input<typeof UndoRedactionSchema>;

/** The hidings in force for these Heroes, each with the revision whose diff holds its text as "before". */
async function activeRedactions(client: Client, heroIds: string[]): Promise<Map<string, ActiveRedaction[]>> {
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

type Diff = Record<string, { from: string | null; to: string | null }>;
type RevisionText = { number: number; reason: string; diff: unknown; snapshot?: unknown };

/**
 * A revision as the public may read it: each hidden text replaced by null and listed in `hidden`.
 * With `reveal` (an admin's view) the texts stay and `hidden` marks them.
 */
function redactRevision<R extends RevisionText>(revision: R, redactions: readonly ActiveRedaction[], reveal = false) {
  const own = redactions.filter((r) => r.number === revision.number);
  const before = redactions.filter((r) => r.nextNumber === revision.number && r.field !== 'reason');
  // Admins are also given each hiding's id, to undo it.
  const hidden: (HiddenText & { redactionId?: string })[] = [
    ...own.map(({ id, field, hiddenAt, reason }) => ({ field, hiddenAt, reason, previousText: false, ...(reveal ? { redactionId: id } : {}) })),
    ...before.map(({ field, hiddenAt, reason }) => ({ field, hiddenAt, reason, previousText: true })),
  ];
  if (reveal || hidden.length === 0) return { ...revision, reason: revision.reason as string | null, hidden };
  const diff: Diff = { ...(revision.diff as Diff) };
  const snapshot = revision.snapshot === undefined ? undefined : { ...(revision.snapshot as Record<string, string | null>) };
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
export async function redactRevisions<R extends RevisionText>(client: Client, heroId: string, revisions: R[], reveal = false) {
  const redactions = (await activeRedactions(client, [heroId])).get(heroId) ?? [];
  return revisions.map((revision) => redactRevision(revision, redactions, reveal));
}

/** The same for the histories of many Heroes (the export reads them in batches). */
export async function redactHistories<R extends RevisionText>(client: Client, histories: { heroId: string; revisions: R[] }[]) {
  const byHero = await activeRedactions(client, histories.map((h) => h.heroId));
  return histories.map(({ heroId, revisions }) => revisions.map((revision) => redactRevision(revision, byHero.get(heroId) ?? [])));
}

/** Whether this reader sees hidden texts (marked as hidden). */
export function canReadHiddenText(actor: Actor): boolean {
  return can(actor, 'read:hidden-revision-text:any');
}

/** Hides one field's text of one revision from the public; audited, and the Hero's pages are shown afresh. */
export async function hideRevisionText(actor: Actor, input: HideRevisionTextInput) {
  requirePermission(actor, 'hide:revision-text:any');
  const parsed = HideRevisionTextSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error.issues));
  const { heroSlug, number, field, reason } = parsed.data;
  const revision = await db.revision.findFirst({
    where: { number, hero: { slug: heroSlug } },
    select: { id: true, heroId: true, reason: true, snapshot: true, diff: true },
  });
  if (!revision) throw new AppError('NOT_FOUND', 'noSuchRevision');
  const text = field === 'reason' ? revision.reason : (revision.snapshot as Record<string, string | null>)[field] ?? (revision.diff as Diff)[field]?.to;
  if (!text) throw new ValidationError({ field: 'chooseHiddenField' });
  return db.$transaction(async (tx) => {
    // Serialises hidings on one Hero, so that two moderators cannot hide the same text twice (the
    // site may not lock "Revision" rows: it may only read and append them).
    await tx.$executeRaw`SELECT 1 FROM "Hero" WHERE id = ${revision.heroId} FOR UPDATE`;
    const active = (await activeRedactions(tx, [revision.heroId])).get(revision.heroId) ?? [];
    if (active.some((r) => r.number === number && r.field === field)) throw new AppError('CONFLICT', 'alreadyHidden');
    const created = await tx.revisionRedaction.create({ data: { revisionId: revision.id, field, reason, actorId: actor.id }, select: { id: true, createdAt: true } });
    await invalidateHero(tx, revision.heroId);
    await recordAudit(tx, { actorId: actor.id, action: 'hide:revision-text', targetType: 'Revision', targetId: revision.id, details: { hero: heroSlug, revision: number, field, reason, redaction: created.id } });
    return created;
  });
}

/** Shows a hidden text to the public again: an admin's undo, itself a new row, audited. */
export async function undoRedaction(actor: Actor, input: UndoRedactionInput) {
  requirePermission(actor, 'unhide:revision-text:any');
  const parsed = UndoRedactionSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error.issues));
  const { redactionId, reason } = parsed.data;
  const hiding = await db.revisionRedaction.findUnique({
    where: { id: redactionId },
    select: { id: true, field: true, undoesId: true, revision: { select: { id: true, heroId: true, number: true, hero: { select: { slug: true } } } } },
  });
  if (!hiding || hiding.undoesId !== null) throw new AppError('NOT_FOUND', 'noSuchRedaction');
  return db.$transaction(async (tx) => {
    try {
      const created = await tx.revisionRedaction.create({
        data: { revisionId: hiding.revision.id, field: hiding.field, reason, actorId: actor.id, undoesId: hiding.id },
        select: { id: true, createdAt: true },
      });
      await invalidateHero(tx, hiding.revision.heroId);
      await recordAudit(tx, {
        actorId: actor.id, action: 'unhide:revision-text', targetType: 'Revision', targetId: hiding.revision.id,
        details: { hero: hiding.revision.hero.slug, revision: hiding.revision.number, field: hiding.field, reason, redaction: created.id, undoes: hiding.id },
      });
      return created;
    } catch (error) {
      // The unique "undoesId": someone undid it first.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw new AppError('CONFLICT', 'alreadyShown');
      throw error;
    }
  });
}

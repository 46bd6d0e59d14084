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
import { activeRedactions, type Diff } from './hidden-texts';

export type { HiddenText } from './hidden-texts';

const RedactionReasonSchema = z
  .string()
  .transform(sanitizeText)
  .pipe(z.string().trim().min(10, 'redactionReasonRequired').max(500, 'tooLong'));

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
  const text =
    field === 'reason'
      ? revision.reason
      : ((revision.snapshot as Record<string, string | null>)[field] ?? (revision.diff as Diff)[field]?.to);
  if (!text) throw new ValidationError({ field: 'chooseHiddenField' });
  return db.$transaction(async (tx) => {
    // Serialises hidings on one Hero, so that two moderators cannot hide the same text twice (the
    // site may not lock "Revision" rows: it may only read and append them).
    await tx.$executeRaw`SELECT 1 FROM "Hero" WHERE id = ${revision.heroId} FOR UPDATE`;
    const active = (await activeRedactions(tx, [revision.heroId])).get(revision.heroId) ?? [];
    if (active.some((r) => r.number === number && r.field === field)) throw new AppError('CONFLICT', 'alreadyHidden');
    const created = await tx.revisionRedaction.create({
      data: { revisionId: revision.id, field, reason, actorId: actor.id },
      select: { id: true, createdAt: true },
    });
    await invalidateHero(tx, revision.heroId);
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'hide:revision-text',
      targetType: 'Revision',
      targetId: revision.id,
      details: { hero: heroSlug, revision: number, field, reason, redaction: created.id },
    });
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
    select: {
      id: true,
      field: true,
      undoesId: true,
      revision: { select: { id: true, heroId: true, number: true, hero: { select: { slug: true } } } },
    },
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
        actorId: actor.id,
        action: 'unhide:revision-text',
        targetType: 'Revision',
        targetId: hiding.revision.id,
        details: {
          hero: hiding.revision.hero.slug,
          revision: hiding.revision.number,
          field: hiding.field,
          reason,
          redaction: created.id,
          undoes: hiding.id,
        },
      });
      return created;
    } catch (error) {
      // The unique "undoesId": someone undid it first.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')
        throw new AppError('CONFLICT', 'alreadyShown');
      throw error;
    }
  });
}

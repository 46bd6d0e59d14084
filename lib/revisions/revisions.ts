// Revisions: the history of a Hero. Appended, never changed; restoring an old state appends a
// new revision that says so.
import { db } from '../db';
import { SlugSchema } from '../heroes/schemas';
import { recordAudit } from '../audit';
import { AppError } from '../errors';
import { requirePermission, type Actor } from '../permissions';
import { reindexHero } from '../search/indexing';
import { invalidateHero } from '../cache';
import { readSnapshot, writeSnapshot, type Snapshot } from './snapshot';
import { appendRevision } from './append';
import { PUBLIC_PERSON_SELECT, publicPerson, type PublicPerson } from '../accounts/public-name';
import { redactRevisions } from './hidden-texts';

// Written by ./append.ts, which scripts can load too; re-exported so history's readers and writers
// come from one module.
export { appendRevision, appendUnchangedRevision } from './append';

/** Who took part in a revision: a person, a removed account, or nobody (the first recorded state). */
export type RevisionPerson = PublicPerson | 'removed' | null;

/** Revisions on one page of the history: the newest first. */
export const HISTORY_PAGE_SIZE = 20;

/**
 * One page of a Hero's history, newest first, without the full snapshots (a long history would
 * otherwise be read whole for every page): each revision's diff is what the page lists. Hidden
 * texts are null and listed in `hidden` (lib/revisions/redaction.ts); `reveal` keeps them, for
 * the admins' view that checks its permission first (listRevisionsWithHiddenText).
 */
export async function listRevisions(
  heroSlug: string,
  page: { offset?: number; limit?: number; reveal?: boolean } = {},
) {
  const hero = await db.hero.findFirst({ where: { slug: heroSlug, published: true }, select: { id: true } });
  if (!hero) return null;
  const [revisions, total] = await Promise.all([
    db.revision.findMany({
      where: { heroId: hero.id },
      select: {
        number: true,
        diff: true,
        reason: true,
        createdAt: true,
        restoredFrom: true,
        submissionId: true,
        proposedBy: { select: PUBLIC_PERSON_SELECT },
        approvedBy: { select: PUBLIC_PERSON_SELECT },
      },
      orderBy: { number: 'desc' },
      skip: page.offset ?? 0,
      take: page.limit ?? HISTORY_PAGE_SIZE,
    }),
    db.revision.count({ where: { heroId: hero.id } }),
  ]);
  const items = revisions.map(({ submissionId, proposedBy, approvedBy, ...revision }) => {
    // Every revision but the archive's first recorded state was proposed and approved by someone;
    // a missing person there is an account removed since (the foreign key set it to NULL).
    const madeByPeople = revision.number > 1 || submissionId !== null;
    const person = (who: { id: string; displayName: string | null } | null): RevisionPerson =>
      who ? publicPerson(who) : madeByPeople ? 'removed' : null;
    return { ...revision, proposedBy: person(proposedBy), approvedBy: person(approvedBy) };
  });
  return { items: await redactRevisions(db, hero.id, items, page.reveal), total };
}

/**
 * The snapshots of two revisions, to compare them; null when either does not exist. A text hidden
 * in either is null, and its field listed in `hidden` (with `reveal`, kept and listed).
 */
export async function getRevisionPair(heroSlug: string, from: number, to: number, reveal = false) {
  const rows = await db.revision.findMany({
    where: { hero: { slug: heroSlug, published: true }, number: { in: [from, to] } },
    select: { heroId: true, number: true, snapshot: true, reason: true },
  });
  const a = rows.find((row) => row.number === from);
  const b = rows.find((row) => row.number === to);
  if (!a || !b) return null;
  // Only the snapshots are compared: the diffs play no part here.
  const [ra, rb] = await redactRevisions(
    db,
    a.heroId,
    [a, b].map((row) => ({ ...row, diff: {} })),
    reveal,
  );
  return {
    from: ra!.snapshot as Snapshot,
    to: rb!.snapshot as Snapshot,
    hidden: [
      ...new Set(
        [...ra!.hidden, ...rb!.hidden].filter((h) => !h.previousText && h.field !== 'reason').map((h) => h.field),
      ),
    ],
  };
}

/** The history as admins read it: hidden texts kept, each marked in `hidden`. */
export async function listRevisionsWithHiddenText(actor: Actor, heroSlug: string, offset: number) {
  requirePermission(actor, 'read:hidden-revision-text:any');
  return listRevisions(heroSlug, { offset, reveal: true });
}

/** Two revisions compared as admins read them: hidden texts kept, their fields listed in `hidden`. */
export async function getRevisionPairWithHiddenText(actor: Actor, heroSlug: string, from: number, to: number) {
  requirePermission(actor, 'read:hidden-revision-text:any');
  return getRevisionPair(heroSlug, from, to, true);
}

export async function restoreRevision(
  actor: Actor,
  input: { heroSlug: string; number: number; expectedVersion: number },
) {
  requirePermission(actor, 'restore:revision:any');
  if (
    !SlugSchema.safeParse(input.heroSlug).success ||
    !Number.isInteger(input.number) ||
    !Number.isInteger(input.expectedVersion)
  ) {
    throw new AppError('NOT_FOUND', 'noSuchRevision');
  }
  const hero = await db.hero.findUnique({ where: { slug: input.heroSlug }, select: { id: true } });
  if (!hero) throw new AppError('NOT_FOUND', 'noSuchHero');
  const target = await db.revision.findUnique({ where: { heroId_number: { heroId: hero.id, number: input.number } } });
  if (!target) throw new AppError('NOT_FOUND', 'noSuchRevision');
  return db.$transaction(async (tx) => {
    const before = await readSnapshot(tx, hero.id);
    if (!(await writeSnapshot(tx, hero.id, input.expectedVersion, target.snapshot as Snapshot))) {
      throw new AppError('CONFLICT', 'recordChangedNothingRestored');
    }
    const after = await readSnapshot(tx, hero.id);
    const created = await appendRevision(tx, {
      heroId: hero.id,
      before: before.snapshot,
      after: after.snapshot,
      reason: `Restored revision ${input.number}.`,
      proposedById: actor.id,
      approvedById: actor.id,
      restoredFrom: input.number,
    });
    await reindexHero(tx, hero.id);
    await invalidateHero(tx, hero.id);
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'restore:revision',
      targetType: 'Hero',
      targetId: hero.id,
      details: { restored: input.number, revision: created.number },
    });
    return created;
  });
}

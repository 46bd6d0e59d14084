// Moderators decide on proposals. Every decision is one transaction that claims the proposal
// only if it is still pending (so two moderators cannot both decide it), changes the Hero only if
// its version is the one the moderator saw (optimistic locking), writes the immutable revision
// and the audit row. Nothing is overwritten silently and no edit is lost.
import { db } from '../db';
import { readCandidateName } from '../candidates/names';
import { heroNameSelect } from '../heroes/names';
import {
  auditDecision,
  claimPending,
  decisionColumns,
  notifyContributor,
  parseDecisionNote,
  refuseOwnContribution,
} from './decision';
import { AppError, ValidationError } from '../errors';
import { queueRow } from './reads';
import { requirePermission, type Actor } from '../permissions';
import { reindexHero } from '../search/indexing';
import { invalidateHero } from '../cache';
import { readSnapshot, type Snapshot } from '../revisions/snapshot';
import { appendRevision } from '../revisions/revisions';
import { fieldErrors, sanitizeLine } from '../forms';
import { z } from 'zod';
import type { Prisma, Submission } from '../generated/prisma/client';
import { citeSource, type OfferedSource } from '../sources';
import { IdSchema } from '../ids';
import { kindModule, parseKind } from '../submissions/kinds';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale';

const DecisionSchema = z.object({ submissionId: IdSchema });

export async function countPending(actor: Actor): Promise<number> {
  requirePermission(actor, 'review:submission:any');
  return db.submission.count({ where: { status: 'PENDING' } });
}

export const QUEUE_PAGE_SIZE = 50;

/** One page of the pending queue, oldest first; a kind the archive does not know filters nothing. */
export async function listQueue(actor: Actor, query: { kind?: string; heroSlug?: string; offset?: number } = {}) {
  requirePermission(actor, 'review:submission:any');
  const filter = { kind: parseKind(query.kind), heroSlug: sanitizeLine(query.heroSlug ?? '') || undefined };
  const where = {
    status: 'PENDING' as const,
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.heroSlug ? { hero: { slug: filter.heroSlug } } : {}),
  };
  const [items, total] = await Promise.all([
    db.submission.findMany({
      where,
      select: { ...queueRow('author'), kind: true, note: true, payload: true, hero: { select: heroNameSelect } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      skip: query.offset ?? 0,
      take: QUEUE_PAGE_SIZE,
    }),
    db.submission.count({ where }),
  ]);
  return { items, total };
}

/**
 * base (when proposed), now, proposed: a moderator sees all three when the Hero moved on. The rows
 * name what they can (a place) in the moderator's `locale`.
 */
export async function getSubmissionForReview(actor: Actor, submissionId: string, locale: Locale = DEFAULT_LOCALE) {
  requirePermission(actor, 'review:submission:any');
  const submission = await db.submission.findUnique({
    where: { id: submissionId },
    include: {
      hero: { select: { id: true, ...heroNameSelect } },
      author: { select: { id: true, email: true } },
      candidate: { select: { id: true, surnameRu: true, initial: true } },
    },
  });
  if (!submission) throw new AppError('NOT_FOUND', 'noSuchProposal');
  const { snapshot: now, version } = submission.heroId
    ? await readSnapshot(db, submission.heroId)
    : { snapshot: submission.baseSnapshot as Snapshot, version: 0 };
  const base = submission.baseSnapshot as Snapshot;
  // A removed author has no record: NULL would match every other removed author's proposals.
  const record = submission.authorId
    ? await db.submission.groupBy({ by: ['status'], where: { authorId: submission.authorId }, _count: true })
    : [];
  const kind = kindModule(submission.kind);
  const rows = await kind.reviewRows({ submission, base, now, locale });
  const heroChangedSince = version !== submission.baseVersion;
  const citedIds = (submission.evidence as OfferedSource[]).flatMap((source) =>
    source.mediaId ? [source.mediaId] : [],
  );
  const citedPictures = citedIds.length
    ? await db.mediaItem.findMany({
        where: { id: { in: citedIds } },
        select: { id: true, kind: true, caption: true, status: true, removedAt: true },
      })
    : [];
  return {
    submission,
    candidate: submission.candidate ? readCandidateName(submission.candidate) : null,
    citedPictures,
    rows,
    currentVersion: version,
    heroChangedSince,
    // When the record moved on, the merge starts from what each side changed: the proposer's
    // value where the proposer changed the field, today's value everywhere else.
    merge: heroChangedSince && kind.merge ? kind.merge.start(base, now, submission.payload as Snapshot) : null,
    summary: kind.summary?.(submission) ?? null,
    takesPictures: kind.takesPictures,
    authorRecord: Object.fromEntries(record.map((r) => [r.status, r._count])),
  };
}

/**
 * Approves a proposal of any kind, along one path: claim it, apply it, write the revision, reindex,
 * invalidate the pages that show it, audit, all in one transaction. `submissionVersion` is the
 * version of the proposal the moderator was shown (the review form always sends it): an author's
 * amendment since then refuses the approval, so nothing unseen is applied. `expectedVersion` is
 * the Hero version the moderator reviewed against; `merged` (for corrections) is the moderator's
 * merge of base, now and proposed when the Hero changed after the proposal. Without `merged` the
 * proposed values are applied as they are, and only onto the version they were proposed against.
 */
export async function approveSubmission(
  actor: Actor,
  input: {
    submissionId: string;
    submissionVersion?: number;
    expectedVersion?: number;
    note?: string;
    merged?: Record<string, string>;
  },
) {
  requirePermission(actor, 'review:submission:any');
  const decision = DecisionSchema.safeParse({ submissionId: input.submissionId });
  if (!decision.success) throw new ValidationError(fieldErrors(decision.error.issues));
  const { submissionId } = decision.data;
  const note = parseDecisionNote(input.note, 'APPROVED');
  const submission = await db.submission.findUnique({ where: { id: submissionId } });
  if (!submission) throw new AppError('NOT_FOUND', 'noSuchProposal');
  refuseOwnContribution(actor, submission.authorId);
  if (submission.status !== 'PENDING') throw new AppError('CONFLICT', 'alreadyDecided');
  const seen = input.submissionVersion ?? submission.version;
  if (seen !== submission.version) throw new AppError('CONFLICT', 'proposalChanged');
  const kind = kindModule(submission.kind);
  const merged = kind.merge && input.merged ? kind.merge.parse(input.merged) : null;
  const expectedVersion = input.expectedVersion ?? submission.baseVersion;
  if (!merged && expectedVersion !== submission.baseVersion)
    throw new AppError('CONFLICT', 'recordChangedSinceProposal');

  const approved = await db.$transaction(async (tx) => {
    await claimForApproval(tx, actor, submissionId, seen, note);
    const { heroId, slug, before, created, extraDiff } = await applyProposal(tx, submission, expectedVersion, merged);
    const after = await readSnapshot(tx, heroId);
    const revision = await appendRevision(tx, {
      heroId,
      before,
      after: after.snapshot,
      reason: kind.reason(submission),
      proposedById: submission.authorId,
      approvedById: actor.id,
      submissionId,
      createsHero: created,
      extraDiff,
    });
    await reindexHero(tx, heroId);
    await invalidateHero(tx, heroId);
    await auditDecision(tx, actor, {
      action: 'approve:submission',
      targetType: 'Submission',
      targetId: submissionId,
      details: { revision: revision.number, merged: Boolean(merged), ...(created ? { createdHero: slug } : {}) },
    });
    return { ...revision, slug, created };
  });
  await notifyContributor(submission.authorId, {
    contribution: 'proposal',
    outcome: 'APPROVED',
    note,
    detail: approved.created
      ? `The new record is published: /heroes/${approved.slug}`
      : `Your proposal was approved and is now on the public page (revision ${approved.number}).`,
  });
  return approved;
}

/**
 * What approving each kind does to the archive, inside the approval transaction: the Hero it
 * changed (or created) and that Hero's state before. A Hero at another version than the one the
 * moderator reviewed refuses the whole approval.
 */
async function applyProposal(
  tx: Prisma.TransactionClient,
  submission: Submission,
  expectedVersion: number,
  merged: Snapshot | null,
) {
  const kind = kindModule(submission.kind);
  if (kind.createsHero) {
    const hero = await kind.create(tx, submission);
    return {
      heroId: hero.id,
      slug: hero.slug,
      before: submission.baseSnapshot as Snapshot,
      created: true,
      extraDiff: undefined,
    };
  }
  const heroId = submission.heroId!;
  const before = await readSnapshot(tx, heroId);
  if (before.version !== expectedVersion) throw new AppError('CONFLICT', 'recordChangedReviewAgain');
  const { extraDiff } = await kind.apply(tx, heroId, submission, { expectedVersion, merged });
  if (kind.citesOfferedPictures)
    await citeOfferedPictures(tx, heroId, submission.evidence as OfferedSource[], submission.note);
  const hero = await tx.hero.findUniqueOrThrow({ where: { id: heroId }, select: { slug: true } });
  return { heroId, slug: hero.slug, before: before.snapshot, created: false, extraDiff };
}

/**
 * A picture of the archive offered as evidence (an award sheet from a family's album) becomes one
 * of the profile's sources when the proposal is approved, supporting what the proposal's note says.
 * Web addresses and titles offered as evidence stay with the proposal, for the moderator, as before.
 */
async function citeOfferedPictures(
  tx: Prisma.TransactionClient,
  heroId: string,
  evidence: OfferedSource[],
  note: string,
): Promise<void> {
  for (const source of evidence) if (source.mediaId) await citeSource(tx, heroId, source, note);
}

/** Marks the proposal approved only if it is still pending and still the version the moderator saw. */
async function claimForApproval(
  tx: Prisma.TransactionClient,
  actor: NonNullable<Actor>,
  submissionId: string,
  version: number,
  note: string,
): Promise<void> {
  const claimed = await tx.submission.updateMany({
    where: { id: submissionId, status: 'PENDING', version },
    data: decisionColumns(actor, 'APPROVED', note),
  });
  if (claimed.count === 1) return;
  const now = await tx.submission.findUnique({ where: { id: submissionId }, select: { version: true } });
  if (now && now.version !== version) throw new AppError('CONFLICT', 'proposalChanged');
  throw new AppError('CONFLICT', 'decidedByAnother');
}

async function decide(
  actor: Actor,
  input: { submissionId: string; note?: string },
  status: 'REJECTED' | 'NEEDS_CHANGES',
) {
  requirePermission(actor, 'review:submission:any');
  const parsed = DecisionSchema.safeParse({ submissionId: input.submissionId });
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error.issues));
  const note = parseDecisionNote(input.note, status);
  const submissionId = parsed.data.submissionId;
  const submission = await db.submission.findUnique({ where: { id: submissionId }, select: { authorId: true } });
  if (!submission) throw new AppError('NOT_FOUND', 'noSuchProposal');
  refuseOwnContribution(actor, submission.authorId);
  await db.$transaction(async (tx) => {
    await claimPending(tx.submission, submissionId, { actor, outcome: status, note });
    // A rejected proposal of a new Hero takes its pictures with it (their files go after 30 days,
    // as for any rejected picture); sent back for changes, they wait with it.
    const pictures = status === 'REJECTED' ? await rejectProposalMedia(tx, submissionId, actor, note) : 0;
    await auditDecision(tx, actor, {
      action: status === 'REJECTED' ? 'reject:submission' : 'request-changes:submission',
      targetType: 'Submission',
      targetId: submissionId,
      details: { note, ...(pictures ? { pictures } : {}) },
    });
  });
  await notifyContributor(submission.authorId, { contribution: 'proposal', outcome: status, note });
}

/** Closes the pictures still waiting with a proposal of a new Hero that will not be approved. */
async function rejectProposalMedia(
  tx: Prisma.TransactionClient,
  submissionId: string,
  actor: NonNullable<Actor>,
  note: string,
): Promise<number> {
  const closed = await tx.mediaItem.updateMany({
    where: { submissionId, heroId: null, status: 'PENDING' },
    data: decisionColumns(actor, 'REJECTED', note),
  });
  return closed.count;
}

export const rejectSubmission = (actor: Actor, input: { submissionId: string; note?: string }) =>
  decide(actor, input, 'REJECTED');
export const requestChanges = (actor: Actor, input: { submissionId: string; note?: string }) =>
  decide(actor, input, 'NEEDS_CHANGES');

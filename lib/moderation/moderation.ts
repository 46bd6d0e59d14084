// Moderators decide on proposals. Every decision is one transaction that claims the proposal
// only if it is still pending (so two moderators cannot both decide it), changes the Hero only if
// its version is the one the moderator saw (optimistic locking), writes the immutable revision
// and the audit row. Nothing is overwritten silently and no edit is lost.
import { db } from '../db';
import { readCandidateName } from '../candidates/names';
import { heroNameSelect } from '../heroes/names';
import { sendMail } from '../accounts/mail';
import { recordAudit } from '../audit';
import { AppError, ValidationError } from '../errors';
import { requirePermission, type Actor } from '../permissions';
import { reindexHero } from '../search/indexing';
import { invalidateHero } from '../cache';
import { EDITABLE_FIELDS, readSnapshot, writeSnapshot, type Snapshot } from '../revisions/snapshot';
import { appendRevision } from '../revisions/revisions';
import { checkChronology, FieldValuesSchema } from '../submissions/schemas';
import { completeInput, fieldErrors, sanitizeLine, sanitizeText } from '../forms';
import { z } from 'zod';
import type { Prisma, Submission } from '../generated/prisma/client';
import { SubmissionKind as SubmissionKindEnum } from '../generated/prisma/enums';
import { citeSource, type OfferedSource } from '../sources';
import { createHeroFromProposal, type NewHeroPayload } from '../submissions/new-hero';
import { applyAddition } from '../submissions/additions';
import { IdSchema } from '../ids';
import { applyTranslation, type TranslationPayload } from '../translations/translations';

const DecisionSchema = z.object({
  submissionId: IdSchema,
  note: z.string().transform(sanitizeText).pipe(z.string().trim().max(2000, 'tooLong')).default(''),
});

export async function countPending(actor: Actor): Promise<number> {
  requirePermission(actor, 'review:submission:any');
  return db.submission.count({ where: { status: 'PENDING' } });
}

/** Every kind of proposal, in the order the queue's filter offers them. */
export const SUBMISSION_KINDS = Object.values(SubmissionKindEnum);

export const QUEUE_PAGE_SIZE = 50;

/** One page of the pending queue, oldest first; a kind the archive does not know filters nothing. */
export async function listQueue(actor: Actor, query: { kind?: string; heroSlug?: string; offset?: number } = {}) {
  requirePermission(actor, 'review:submission:any');
  const filter = { kind: SUBMISSION_KINDS.find((kind) => kind === query.kind), heroSlug: sanitizeLine(query.heroSlug ?? '') || undefined };
  const where = { status: 'PENDING' as const, ...(filter.kind ? { kind: filter.kind } : {}), ...(filter.heroSlug ? { hero: { slug: filter.heroSlug } } : {}) };
  const [items, total] = await Promise.all([
    db.submission.findMany({
      where,
      select: { id: true, kind: true, note: true, createdAt: true, payload: true, hero: { select: heroNameSelect }, author: { select: { email: true } } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      skip: query.offset ?? 0,
      take: QUEUE_PAGE_SIZE,
    }),
    db.submission.count({ where }),
  ]);
  return { items, total };
}

/** base (when proposed), now, proposed: a moderator sees all three when the Hero moved on. */
export async function getSubmissionForReview(actor: Actor, submissionId: string) {
  requirePermission(actor, 'review:submission:any');
  const submission = await db.submission.findUnique({
    where: { id: submissionId },
    include: { hero: { select: { id: true, ...heroNameSelect } }, author: { select: { id: true, email: true } }, candidate: { select: { id: true, surnameRu: true, initial: true } } },
  });
  if (!submission) throw new AppError('NOT_FOUND', 'noSuchProposal');
  const { snapshot: now, version } = submission.heroId
    ? await readSnapshot(db, submission.heroId)
    : { snapshot: submission.baseSnapshot as Snapshot, version: 0 };
  const base = submission.baseSnapshot as Snapshot;
  // A removed author has no record: NULL would match every other removed author's proposals.
  const record = submission.authorId ? await db.submission.groupBy({ by: ['status'], where: { authorId: submission.authorId }, _count: true }) : [];
  const rows =
    submission.kind === 'TRANSLATION'
      ? translationRows(submission.payload as TranslationPayload, submission.baseSnapshot as { value: string | null }, await currentTranslation(submission.payload as TranslationPayload))
      : submission.kind === 'UNIT' || submission.kind === 'BATTLE' || submission.kind === 'AWARD'
      ? Object.entries(submission.payload as Record<string, string | null>)
          .filter(([, value]) => value !== null)
          .map(([field, value]) => ({ field, base: null, now: null, proposed: value }))
      : submission.kind !== 'SOURCE'
      ? EDITABLE_FIELDS.map((field) => ({ field, base: base[field] ?? null, now: now[field] ?? null, proposed: (submission.payload as Snapshot)[field] ?? null }))
          .filter((row) => row.proposed !== row.base || row.now !== row.base)
      : [];
  const heroChangedSince = version !== submission.baseVersion;
  const citedIds = (submission.evidence as OfferedSource[]).flatMap((source) => (source.mediaId ? [source.mediaId] : []));
  const citedPictures = citedIds.length
    ? await db.mediaItem.findMany({ where: { id: { in: citedIds } }, select: { id: true, kind: true, caption: true, status: true, removedAt: true } })
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
    merge: heroChangedSince && submission.kind === 'CORRECTION' ? mergeStart(base, now, submission.payload as Snapshot) : null,
    authorRecord: Object.fromEntries(record.map((r) => [r.status, r._count])),
  };
}

/** A translation's review: the English it translates, and the value in that language then, now and proposed. */
function translationRows(payload: TranslationPayload, base: { value: string | null }, now: string | null) {
  return [
    { field: 'translationSource', base: payload.english, now: payload.english, proposed: payload.english },
    { field: payload.locale === 'tg' ? 'translationTg' : 'translationRu', base: base.value, now, proposed: payload.value },
  ];
}

async function currentTranslation(payload: TranslationPayload): Promise<string | null> {
  const row = await db.translation.findUnique({
    where: { entity_entityId_field_locale: { entity: payload.entity, entityId: payload.entityId, field: payload.field, locale: payload.locale } },
    select: { value: true },
  });
  return row?.value ?? null;
}

function mergeStart(base: Snapshot, now: Snapshot, proposed: Snapshot): Snapshot {
  return Object.fromEntries(EDITABLE_FIELDS.map((field) => [field, (proposed[field] ?? null) !== (base[field] ?? null) ? (proposed[field] ?? null) : (now[field] ?? null)])) as Snapshot;
}

/** Additions change no field, but they are changes: the version moves, so a stale review fails. */
async function bumpVersion(tx: Prisma.TransactionClient, heroId: string, expectedVersion: number): Promise<void> {
  const bumped = await tx.hero.updateMany({ where: { id: heroId, version: expectedVersion }, data: { version: { increment: 1 }, editedAt: new Date() } });
  if (bumped.count !== 1) throw new AppError('CONFLICT', 'recordChangedWhileReviewing');
}

async function notify(authorId: string | null, subject: string, text: string) {
  if (!authorId) return; // the author's account was removed
  const author = await db.user.findUnique({ where: { id: authorId }, select: { email: true } });
  if (!author?.email) return;
  // The decision stands whether or not the mail goes out; a failed mail is logged, not fatal.
  await sendMail({ to: author.email, subject, text }).catch((error) => console.warn(`Could not mail ${author.email}: ${String(error)}`));
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
  input: { submissionId: string; submissionVersion?: number; expectedVersion?: number; note?: string; merged?: Record<string, string> },
) {
  requirePermission(actor, 'review:submission:any');
  const decision = DecisionSchema.safeParse({ submissionId: input.submissionId, note: input.note ?? '' });
  if (!decision.success) throw new ValidationError(fieldErrors(decision.error.issues));
  const { submissionId, note } = decision.data;
  const submission = await db.submission.findUnique({ where: { id: submissionId } });
  if (!submission) throw new AppError('NOT_FOUND', 'noSuchProposal');
  if (submission.authorId === actor.id) throw new AppError('FORBIDDEN', 'noSelfApproval');
  if (submission.status !== 'PENDING') throw new AppError('CONFLICT', 'alreadyDecided');
  const seen = input.submissionVersion ?? submission.version;
  if (seen !== submission.version) throw new AppError('CONFLICT', 'proposalChanged');
  const merged = submission.kind === 'CORRECTION' && input.merged ? parseMerge(input.merged) : null;
  const expectedVersion = input.expectedVersion ?? submission.baseVersion;
  if (!merged && expectedVersion !== submission.baseVersion) throw new AppError('CONFLICT', 'recordChangedSinceProposal');

  const approved = await db.$transaction(async (tx) => {
    await claimForApproval(tx, actor, submissionId, seen, note);
    const { heroId, slug, before, created, extraDiff } = await applyProposal(tx, submission, expectedVersion, merged);
    const after = await readSnapshot(tx, heroId);
    const revision = await appendRevision(tx, {
      heroId,
      before,
      after: after.snapshot,
      reason: submission.kind === 'SOURCE' ? `Source added: ${(submission.payload as { url?: string; title?: string }).url ?? (submission.payload as { title?: string }).title}` : submission.note,
      proposedById: submission.authorId,
      approvedById: actor.id,
      submissionId,
      createsHero: created,
      extraDiff,
    });
    await reindexHero(tx, heroId);
    await invalidateHero(tx, heroId);
    await recordAudit(tx, { actorId: actor.id, action: 'approve:submission', targetType: 'Submission', targetId: submissionId, details: { revision: revision.number, merged: Boolean(merged), ...(created ? { createdHero: slug } : {}) } });
    return { ...revision, slug, created };
  });
  const moderatorNote = note ? `\n\nModerator's note: ${note}` : '';
  await notify(
    submission.authorId,
    'Your proposal to Zvezda was approved',
    approved.created
      ? `The new record is published: /heroes/${approved.slug}${moderatorNote}`
      : `Your proposal was approved and is now on the public page (revision ${approved.number}).${moderatorNote}`,
  );
  return approved;
}

function parseMerge(merged: Record<string, string>): Snapshot {
  const parsed = FieldValuesSchema.safeParse(completeInput(merged, EDITABLE_FIELDS));
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error.issues));
  const problems = checkChronology(parsed.data);
  if (problems.length) throw new ValidationError(Object.fromEntries(problems.map((p) => [p.field, p.message])));
  return parsed.data;
}

/**
 * What approving each kind does to the archive, inside the approval transaction: the Hero it
 * changed (or created) and that Hero's state before. A Hero at another version than the one the
 * moderator reviewed refuses the whole approval.
 */
async function applyProposal(tx: Prisma.TransactionClient, submission: Submission, expectedVersion: number, merged: Snapshot | null) {
  if (submission.kind === 'NEW_HERO') {
    const hero = await createHeroFromProposal(tx, submission.payload as NewHeroPayload, submission.evidence as never, submission.note);
    await tx.submission.update({ where: { id: submission.id }, data: { heroId: hero.id } });
    // Its pictures join the new Hero, each still pending: the moderator decides each on its own
    // (and may make one the portrait), as for any picture of a profile.
    await tx.mediaItem.updateMany({ where: { submissionId: submission.id, heroId: null }, data: { heroId: hero.id } });
    return { heroId: hero.id, slug: hero.slug, before: submission.baseSnapshot as Snapshot, created: true, extraDiff: undefined };
  }
  const heroId = submission.heroId!;
  const before = await readSnapshot(tx, heroId);
  if (before.version !== expectedVersion) throw new AppError('CONFLICT', 'recordChangedReviewAgain');
  let extraDiff: Record<string, { from: string | null; to: string | null }> | undefined;
  if (submission.kind === 'CORRECTION') {
    if (!(await writeSnapshot(tx, heroId, expectedVersion, merged ?? (submission.payload as Snapshot)))) {
      throw new AppError('CONFLICT', 'recordChangedReviewAgain');
    }
  } else if (submission.kind === 'TRANSLATION') {
    ({ extraDiff } = await applyTranslation(tx, heroId, submission.payload as TranslationPayload));
    await bumpVersion(tx, heroId, expectedVersion);
  } else {
    if (submission.kind === 'SOURCE') {
      const source = submission.payload as OfferedSource & { supports: string };
      await citeSource(tx, heroId, source, source.supports);
    } else {
      await applyAddition(tx, heroId, submission.kind, submission.payload);
    }
    await bumpVersion(tx, heroId, expectedVersion);
  }
  if (submission.kind === 'CORRECTION' || submission.kind === 'UNIT' || submission.kind === 'BATTLE' || submission.kind === 'AWARD') {
    await citeOfferedPictures(tx, heroId, submission.evidence as OfferedSource[], submission.note);
  }
  const hero = await tx.hero.findUniqueOrThrow({ where: { id: heroId }, select: { slug: true } });
  return { heroId, slug: hero.slug, before: before.snapshot, created: false, extraDiff };
}

/**
 * A picture of the archive offered as evidence (an award sheet from a family's album) becomes one
 * of the profile's sources when the proposal is approved, supporting what the proposal's note says.
 * Web addresses and titles offered as evidence stay with the proposal, for the moderator, as before.
 */
async function citeOfferedPictures(tx: Prisma.TransactionClient, heroId: string, evidence: OfferedSource[], note: string): Promise<void> {
  for (const source of evidence) if (source.mediaId) await citeSource(tx, heroId, source, note);
}

/** Marks the proposal approved only if it is still pending and still the version the moderator saw. */
async function claimForApproval(tx: Prisma.TransactionClient, actor: NonNullable<Actor>, submissionId: string, version: number, note: string): Promise<void> {
  const claimed = await tx.submission.updateMany({
    where: { id: submissionId, status: 'PENDING', version },
    data: { status: 'APPROVED', reviewerId: actor.id, reviewedAt: new Date(), moderatorNote: note || null },
  });
  if (claimed.count === 1) return;
  const now = await tx.submission.findUnique({ where: { id: submissionId }, select: { version: true } });
  if (now && now.version !== version) throw new AppError('CONFLICT', 'proposalChanged');
  throw new AppError('CONFLICT', 'decidedByAnother');
}

async function decide(actor: Actor, input: { submissionId: string; note?: string }, status: 'REJECTED' | 'NEEDS_CHANGES') {
  requirePermission(actor, 'review:submission:any');
  const parsed = DecisionSchema.safeParse({ submissionId: input.submissionId, note: input.note ?? '' });
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error.issues));
  if (parsed.data.note.length < 3) throw new ValidationError({ note: 'reasonRequired' });
  const submission = await db.submission.findUnique({ where: { id: parsed.data.submissionId }, select: { authorId: true } });
  if (!submission) throw new AppError('NOT_FOUND', 'noSuchProposal');
  await db.$transaction(async (tx) => {
    const claimed = await tx.submission.updateMany({
      where: { id: parsed.data.submissionId, status: 'PENDING' },
      data: { status, reviewerId: actor.id, reviewedAt: new Date(), moderatorNote: parsed.data.note },
    });
    if (claimed.count !== 1) throw new AppError('CONFLICT', 'noLongerPending');
    // A rejected proposal of a new Hero takes its pictures with it (their files go after 30 days,
    // as for any rejected picture); sent back for changes, they wait with it.
    const pictures = status === 'REJECTED' ? await rejectProposalMedia(tx, parsed.data.submissionId, { reviewerId: actor.id, note: parsed.data.note }) : 0;
    await recordAudit(tx, { actorId: actor.id, action: status === 'REJECTED' ? 'reject:submission' : 'request-changes:submission', targetType: 'Submission', targetId: parsed.data.submissionId, details: { note: parsed.data.note, ...(pictures ? { pictures } : {}) } });
  });
  await notify(
    submission.authorId,
    status === 'REJECTED' ? 'Your proposal to Zvezda was not accepted' : 'Your proposal to Zvezda needs changes',
    `Moderator's note: ${parsed.data.note}`,
  );
}

/** Closes the pictures still waiting with a proposal of a new Hero that will not be approved. */
async function rejectProposalMedia(tx: Prisma.TransactionClient, submissionId: string, decision: { reviewerId: string; note: string }): Promise<number> {
  const closed = await tx.mediaItem.updateMany({
    where: { submissionId, heroId: null, status: 'PENDING' },
    data: { status: 'REJECTED', reviewerId: decision.reviewerId, reviewedAt: new Date(), moderatorNote: decision.note },
  });
  return closed.count;
}

export const rejectSubmission = (actor: Actor, input: { submissionId: string; note?: string }) => decide(actor, input, 'REJECTED');
export const requestChanges = (actor: Actor, input: { submissionId: string; note?: string }) => decide(actor, input, 'NEEDS_CHANGES');


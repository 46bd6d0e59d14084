// Contributors' proposals. Nothing here changes a Hero: it only records what is proposed, with
// its evidence, for a moderator (lib/moderation) to decide.
import { db } from '../db';
import { IdSchema } from '../ids';
import { SlugSchema } from '../heroes/schemas';
import { heroNameSelect } from '../heroes/names';
import { AppError, ValidationError } from '../errors';
import type { Prisma } from '../generated/prisma/client';
import { requirePermission, type Actor } from '../permissions';
import { readSnapshot, diffSnapshots, EDITABLE_FIELDS, type Snapshot } from '../revisions/snapshot';
import { MembershipSchema } from './new-hero';
import { addForm, ADD_KINDS, type AddKind } from './kinds';
import { CORRECTION_FORM_FIELDS, FieldValuesSchema, checkChronology, evidenceOf, evidenceSchema } from './schemas';
import { listCitableMediaIds } from '../media/public';
import { getListedCandidate } from '../candidates/candidates';
import { completeInput, fieldErrors } from '../forms';
import { ownContributions } from '../moderation/reads';

/** More proposals than this from one contributor in 24 hours is flooding, whatever became of them since. */
const DAILY_PROPOSAL_CAP = 20;

/**
 * Creates a proposal only while its author is under the daily cap. Counting and inserting under
 * one lock per author: proposals fired at once queue here, so each counts the ones before it.
 * Withdrawn proposals count too, or withdrawing would make room for another flood.
 */
export async function createWithinDailyCap(
  authorId: string,
  honeypot: string | undefined,
  data: Omit<Prisma.SubmissionUncheckedCreateInput, 'authorId'>,
) {
  // A field people never see: only scripts fill it in.
  if (honeypot) throw new AppError('INVALID_INPUT', 'proposalRefused');
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`submission-cap:${authorId}`}))`;
      const since = new Date(Date.now() - 24 * 60 * 60 * 1000);
      const recent = await tx.submission.count({ where: { authorId, createdAt: { gte: since } } });
      if (recent >= DAILY_PROPOSAL_CAP) throw new AppError('RATE_LIMITED', 'dailyProposalCap');
      return tx.submission.create({ data: { ...data, authorId }, select: { id: true } });
    },
    // A burst from one author waits its turn at the lock rather than failing for want of time.
    { maxWait: 10_000, timeout: 15_000 },
  );
}

/** `citable`: the Hero's approved pictures, any of which the evidence may name as its source. */
function validateCorrection(current: Snapshot, raw: Record<string, string>, citable: readonly string[] = []) {
  const input = completeInput(raw, CORRECTION_FORM_FIELDS);
  const values = FieldValuesSchema.safeParse(input);
  const evidence = evidenceSchema(citable).safeParse(input);
  const errors = {
    ...(values.success ? {} : fieldErrors(values.error.issues)),
    ...(evidence.success ? {} : fieldErrors(evidence.error.issues)),
  };
  if (values.success) for (const problem of checkChronology(values.data)) errors[problem.field] ??= problem.message;
  if (Object.keys(errors).length > 0 || !values.success || !evidence.success) throw new ValidationError(errors);
  const changes = diffSnapshots(current, values.data, EDITABLE_FIELDS);
  if (Object.keys(changes).length === 0) throw new ValidationError({ form: 'nothingChanged' });
  return { proposed: values.data, evidence: evidence.data, changes };
}

/** An id of another archive names one Hero: a proposal giving another Hero's id is refused at once. */
async function refuseTakenExternalIds(heroId: string | null, proposed: Snapshot) {
  const taken: Record<string, string> = {};
  for (const field of ['wikidataId', 'warheroesId', 'pamyatNarodaId', 'podvigNarodaId'] as const) {
    const value = proposed[field];
    if (!value) continue;
    const holder = await db.hero.findFirst({
      where: { [field]: value, ...(heroId ? { id: { not: heroId } } : {}) },
      select: { id: true },
    });
    if (holder) taken[field] = 'externalIdTaken';
  }
  if (Object.keys(taken).length > 0) throw new ValidationError(taken);
}

export async function proposeCorrection(actor: Actor, heroSlug: string, input: Record<string, string>) {
  requirePermission(actor, 'create:submission:own');
  if (!SlugSchema.safeParse(heroSlug).success) throw new AppError('NOT_FOUND', 'noSuchHero');
  const hero = await db.hero.findUnique({ where: { slug: heroSlug }, select: { id: true } });
  if (!hero) throw new AppError('NOT_FOUND', 'noSuchHero');
  const { snapshot, version } = await readSnapshot(db, hero.id);
  const { proposed, evidence } = validateCorrection(snapshot, input, await listCitableMediaIds(hero.id));
  await refuseTakenExternalIds(hero.id, proposed);
  return createWithinDailyCap(actor.id, input.website, {
    kind: 'CORRECTION',
    heroId: hero.id,
    baseVersion: version,
    baseSnapshot: snapshot,
    payload: proposed,
    evidence: evidenceOf(evidence),
    note: evidence.note,
  });
}

export async function proposeNewHero(actor: Actor, input: Record<string, string>) {
  requirePermission(actor, 'create:submission:own');
  const empty = Object.fromEntries(EDITABLE_FIELDS.map((field) => [field, null])) as Snapshot;
  let proposed: Snapshot;
  let evidence: { sourceUrl: string; sourceTitle: string; archiveRef: string; note: string };
  const membership = MembershipSchema.safeParse(completeInput(input, ['group', 'membershipNote', 'countedIn64']));
  try {
    ({ proposed, evidence } = validateCorrection(empty, input));
  } catch (error) {
    if (error instanceof ValidationError && !membership.success)
      throw new ValidationError({ ...fieldErrors(membership.error.issues), ...error.fields });
    throw error;
  }
  if (!membership.success) throw new ValidationError(fieldErrors(membership.error.issues));
  // Started from a name not yet identified: that name must be one the public page lists.
  const from = input.candidateId?.trim() ? await getListedCandidate(input.candidateId.trim()) : null;
  if (input.candidateId?.trim() && !from) throw new ValidationError({ form: 'invalidInput' });
  await refuseTakenExternalIds(null, proposed);
  return createWithinDailyCap(actor.id, input.website, {
    kind: 'NEW_HERO',
    heroId: null,
    candidateId: from?.id ?? null,
    baseVersion: 0,
    baseSnapshot: empty,
    payload: { ...proposed, ...membership.data },
    evidence: evidenceOf(evidence),
    note: evidence.note,
  });
}

/** A proposal made with the add page's form: the kind's module judges it. */
export async function proposeAddition(actor: Actor, heroSlug: string, kind: AddKind, input: Record<string, string>) {
  requirePermission(actor, 'create:submission:own');
  if (!SlugSchema.safeParse(heroSlug).success) throw new AppError('NOT_FOUND', 'noSuchHero');
  if (!ADD_KINDS.includes(kind)) throw new AppError('INVALID_INPUT', 'unknownProposalKind');
  const hero = await db.hero.findUnique({ where: { slug: heroSlug }, select: { id: true } });
  if (!hero) throw new AppError('NOT_FOUND', 'noSuchHero');
  const form = addForm(kind);
  const { payload, evidence, note } = form.parse(input, await listCitableMediaIds(hero.id));
  await form.verify?.(hero.id, payload);
  const { snapshot, version } = await readSnapshot(db, hero.id);
  return createWithinDailyCap(actor.id, input.website, {
    kind,
    heroId: hero.id,
    baseVersion: version,
    baseSnapshot: snapshot,
    payload,
    evidence,
    note,
  });
}

/** A new source for a Hero: the add page's form of the SOURCE kind. */
export function proposeSource(actor: Actor, heroSlug: string, input: Record<string, string>) {
  return proposeAddition(actor, heroSlug, 'SOURCE', input);
}

export async function listOwnSubmissions(actor: Actor) {
  return db.submission.findMany(
    ownContributions(actor, 'authorId', {
      id: true,
      kind: true,
      status: true,
      note: true,
      moderatorNote: true,
      createdAt: true,
      payload: true,
      hero: { select: heroNameSelect },
    }),
  );
}

export async function withdrawSubmission(actor: Actor, submissionId: string) {
  requirePermission(actor, 'create:submission:own');
  if (!IdSchema.safeParse(submissionId).success) throw new AppError('NOT_FOUND', 'noSuchProposal');
  await db.$transaction(async (tx) => {
    const result = await tx.submission.updateMany({
      where: { id: submissionId, authorId: actor.id, status: { in: ['PENDING', 'NEEDS_CHANGES'] } },
      data: { status: 'WITHDRAWN' },
    });
    if (result.count !== 1) throw new AppError('INVALID_STATE', 'withdrawOwnPending');
    // Pictures sent with a withdrawn proposal of a new Hero are withdrawn with it.
    await tx.mediaItem.updateMany({
      where: { submissionId, heroId: null, status: 'PENDING' },
      data: { status: 'WITHDRAWN' },
    });
  });
}

/** A proposal sent back for changes, corrected by its author, goes back to the queue. */
export async function amendCorrection(actor: Actor, submissionId: string, input: Record<string, string>) {
  requirePermission(actor, 'create:submission:own');
  if (!IdSchema.safeParse(submissionId).success) throw new AppError('NOT_FOUND', 'noSuchProposal');
  const submission = await db.submission.findFirst({
    where: { id: submissionId, authorId: actor.id, status: 'NEEDS_CHANGES', kind: 'CORRECTION' },
  });
  if (!submission) throw new AppError('INVALID_STATE', 'amendOwnReturned');
  const { snapshot, version } = await readSnapshot(db, submission.heroId!);
  const { proposed, evidence } = validateCorrection(snapshot, input, await listCitableMediaIds(submission.heroId!));
  const result = await db.submission.updateMany({
    where: { id: submissionId, status: 'NEEDS_CHANGES' },
    data: {
      status: 'PENDING',
      payload: proposed,
      evidence: evidenceOf(evidence),
      note: evidence.note,
      baseVersion: version,
      baseSnapshot: snapshot,
      version: { increment: 1 },
    },
  });
  if (result.count !== 1) throw new AppError('CONFLICT', 'proposalChangedReload');
}

/** The author's own proposal sent back for changes, as the amend form starts from it. */
export async function getOwnSubmissionForAmend(actor: Actor, submissionId: string) {
  requirePermission(actor, 'create:submission:own');
  if (!IdSchema.safeParse(submissionId).success) return null;
  const submission = await db.submission.findFirst({
    where: { id: submissionId, authorId: actor.id, status: 'NEEDS_CHANGES', kind: 'CORRECTION' },
    select: { id: true, payload: true, moderatorNote: true },
  });
  return submission
    ? { id: submission.id, values: submission.payload as Snapshot, moderatorNote: submission.moderatorNote }
    : null;
}

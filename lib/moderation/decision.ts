// What every moderator's decision shares, whatever is decided: a proposal, a picture, a family
// memory or a request to remove a picture. One note (clean text, at most 2,000 characters), one
// rule for when a reason is required, one refusal of deciding one's own contribution, one claim of
// a row still pending, one audit row, one notice to the contributor. Each model keeps only what
// is its own (what approval changes, which revision it writes).
import { db } from '../db';
import { sendMail } from '../accounts/mail';
import { recordAudit } from '../audit';
import { AppError, ValidationError, type ErrorKey } from '../errors';
import { sanitizeText } from '../forms';
import type { Prisma } from '../generated/prisma/client';
import { IdSchema } from '../ids';
import { requirePermission, type Actor } from '../permissions';

export type Outcome = 'APPROVED' | 'REJECTED' | 'NEEDS_CHANGES';

/** The moderator's note, cleaned; refusing or sending back needs a reason the contributor can act on. */
export function parseDecisionNote(note: string | undefined, outcome: Outcome): string {
  const clean = sanitizeText(note ?? '').trim();
  if (clean.length > 2000) throw new ValidationError({ note: 'tooLong' });
  if (outcome !== 'APPROVED' && clean.length < 3) throw new ValidationError({ note: 'reasonRequired' });
  return clean;
}

/**
 * The columns every decided row takes (a proposal, a picture, a memory, a removal request): the
 * outcome, who decided and when, and the note, none when the moderator wrote nothing.
 */
export function decisionColumns<O extends Outcome>(actor: NonNullable<Actor>, outcome: O, note: string) {
  return { status: outcome, reviewerId: actor.id, reviewedAt: new Date(), moderatorNote: note || null };
}

/** A table whose rows are decided: proposals, pictures, family memories, removal requests. */
type Decided<O extends Outcome> = {
  updateMany(args: {
    where: { id: string; status: 'PENDING' };
    data: ReturnType<typeof decisionColumns<O>>;
  }): Promise<{ count: number }>;
};

/**
 * Decides the row `id` of `table` (the model in the decision's transaction) only if it is still
 * pending: an `updateMany` whose `where` names the status moves one row, or none when someone
 * decided first (or the contributor withdrew it), and then nothing is changed.
 */
export async function claimPending<O extends Outcome>(
  table: Decided<O>,
  id: string,
  decision: { actor: NonNullable<Actor>; outcome: O; note: string },
): Promise<void> {
  const claimed = await table.updateMany({
    where: { id, status: 'PENDING' },
    data: decisionColumns(decision.actor, decision.outcome, decision.note),
  });
  if (claimed.count !== 1) throw new AppError('CONFLICT', 'noLongerPending');
}

/**
 * What a moderator's form sends about a picture, a memory or a removal request: the id of what is
 * decided (one that cannot be an id is `notFound`, as an unknown one is) and the cleaned note.
 */
export function parseDecision(
  input: { id: string; note: string | undefined },
  outcome: Outcome,
  notFound: ErrorKey,
): { id: string; note: string } {
  if (!IdSchema.safeParse(input.id).success) throw new AppError('NOT_FOUND', notFound);
  return { id: input.id, note: parseDecisionNote(input.note, outcome) };
}

/** Nobody decides on their own contribution: another moderator must. */
export function refuseOwnContribution(actor: NonNullable<Actor>, contributorId: string | null): void {
  if (contributorId === actor.id) throw new AppError('FORBIDDEN', 'noSelfApproval');
}

type DecisionEvent = { action: string; targetType: string; targetId: string; details?: Prisma.InputJsonValue };

/** The audit row of a decision, in the decision's transaction. */
export function auditDecision(
  tx: Prisma.TransactionClient,
  actor: NonNullable<Actor>,
  event: DecisionEvent,
): Promise<void> {
  return recordAudit(tx, { actorId: actor.id, ...event });
}

/** What a contributor brought, as the notice names it. */
export type Contribution = 'proposal' | 'picture' | 'memory' | 'removal';

const NAMES: Record<Contribution, string> = {
  proposal: 'proposal',
  picture: 'picture',
  memory: 'family memory',
  removal: 'request to remove a picture',
};
const VERDICTS: Record<Outcome, string> = {
  APPROVED: 'was approved',
  REJECTED: 'was not accepted',
  NEEDS_CHANGES: 'needs changes',
};

/** The notice's subject and text: one wording for every moderated thing. */
export function decisionNotice(contribution: Contribution, outcome: Outcome, note: string, detail?: string) {
  const text = [detail, note ? `Moderator's note: ${note}` : null].filter(Boolean).join('\n\n');
  return {
    subject: `Zvezda: your ${NAMES[contribution]} ${VERDICTS[outcome]}`,
    text: text || `Your ${NAMES[contribution]} ${VERDICTS[outcome]}.`,
  };
}

/**
 * Mails the contributor what was decided and why. The decision stands whether or not the mail
 * goes out: it is also on the contributor's account page.
 */
export async function notifyContributor(
  contributorId: string | null,
  notice: { contribution: Contribution; outcome: Outcome; note: string; detail?: string },
): Promise<void> {
  if (!contributorId) return; // the contributor's account was removed
  const contributor = await db.user.findUnique({ where: { id: contributorId }, select: { email: true } });
  if (!contributor?.email) return;
  const { subject, text } = decisionNotice(notice.contribution, notice.outcome, notice.note, notice.detail);
  await sendMail({ to: contributor.email, subject, text }).catch((error) =>
    console.warn(`Could not mail ${contributor.email}: ${String(error)}`),
  );
}

/**
 * What decides one kind of moderated thing (a picture, a family memory, a request to remove a
 * picture): its row by id, who contributed it, its table, what its audit row names, and what the
 * thing itself refuses once the row is read.
 */
export type DecidedThing<O extends Outcome, Row> = {
  contribution: Contribution;
  notFound: ErrorKey;
  find: (id: string) => Promise<Row | null>;
  contributorOf: (row: Row) => string | null;
  refuse?: (row: Row) => void;
  table: (tx: Prisma.TransactionClient) => Decided<O>;
  targetType: string;
  /** The audit row's target, the decided row's id unless it says otherwise. */
  targetOf?: (row: Row, id: string) => string;
};

/** What a decision did: its audit row's action and details, its result, the notice's detail. */
type Decision<R> = { action: string; details: Prisma.InputJsonValue; result: R; detail?: string };

/**
 * A moderator decides a picture, a family memory or a request to remove a picture, along one path:
 * the permission; the id and the note (parseDecision); the row, `notFound` when there is none; no
 * deciding one's own contribution; then what the thing itself refuses. In one transaction: the
 * claim of the row while still pending, what the outcome changes (`apply`, which names the audit
 * row's action and details, the result and the notice's detail), and the audit row. Then the notice.
 */
export async function decideContribution<O extends Outcome, Row, R>(
  actor: Actor,
  input: { id: string; note: string | undefined },
  outcome: O,
  thing: DecidedThing<O, Row>,
  apply: (
    tx: Prisma.TransactionClient,
    row: Row,
    decision: { id: string; note: string; actor: NonNullable<Actor> },
  ) => Decision<R> | Promise<Decision<R>>,
): Promise<R> {
  requirePermission(actor, 'review:submission:any');
  const { id, note } = parseDecision(input, outcome, thing.notFound);
  const row = await thing.find(id);
  if (!row) throw new AppError('NOT_FOUND', thing.notFound);
  const contributorId = thing.contributorOf(row);
  refuseOwnContribution(actor, contributorId);
  thing.refuse?.(row);
  const done = await db.$transaction(async (tx) => {
    await claimPending(thing.table(tx), id, { actor, outcome, note });
    const done = await apply(tx, row, { id, note, actor });
    await auditDecision(tx, actor, {
      action: done.action,
      targetType: thing.targetType,
      targetId: thing.targetOf?.(row, id) ?? id,
      details: done.details,
    });
    return done;
  });
  await notifyContributor(contributorId, { contribution: thing.contribution, outcome, note, detail: done.detail });
  return done.result;
}

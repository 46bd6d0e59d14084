// What is read alike of the moderated things (pictures, family memories, requests to remove a
// picture, and a contributor's proposals): the moderators' queue, the row a review page shows, a
// contributor's own list on the account page. Each keeps its own columns; who may read, in what
// order, and what an unknown id gets are one rule each, here.
import { AppError, type ErrorKey } from '../errors';
import { IdSchema } from '../ids';
import { requirePermission, type Actor } from '../permissions';

/**
 * A `findMany`'s arguments for the queue of one moderated table, moderators only: what still
 * waits, oldest first, so what came first is decided first. `where` narrows the queue further.
 */
export function pendingQueue<const S, const W extends object = object>(actor: Actor, select: S, where?: W) {
  requirePermission(actor, 'review:submission:any');
  return {
    where: { ...(where as W), status: 'PENDING' as const },
    select,
    orderBy: { createdAt: 'asc' as const },
  };
}

/**
 * What every queue's row names, whatever waits in it: the row, when it came, and who sent it (the
 * relation `sender`, by address): the moderation page lists every queue so.
 */
export function queueRow<const K extends string>(sender: K) {
  return { id: true, createdAt: true, [sender]: { select: { email: true } } } as {
    id: true;
    createdAt: true;
  } & { [relation in K]: { select: { email: true } } };
}

/**
 * A `findMany`'s arguments for a person's own contributions of one kind, newest first, for the
 * account page. `owner` is the column that names the contributor.
 */
export function ownContributions<const K extends string, const S>(actor: Actor, owner: K, select: S) {
  requirePermission(actor, 'create:submission:own');
  return {
    where: { [owner]: actor.id } as { [column in K]: string },
    select,
    orderBy: { createdAt: 'desc' as const },
  };
}

/**
 * The row a moderator's review page shows, moderators only. An id that cannot be an id is
 * `notFound`, as an unknown one is (as parseDecision answers the decision's form).
 */
export async function findForReview<T>(
  actor: Actor,
  id: string,
  notFound: ErrorKey,
  find: (id: string) => Promise<T | null>,
): Promise<T> {
  requirePermission(actor, 'review:submission:any');
  if (!IdSchema.safeParse(id).success) throw new AppError('NOT_FOUND', notFound);
  const row = await find(id);
  if (!row) throw new AppError('NOT_FOUND', notFound);
  return row;
}

// Taking an approved picture off the public pages. A family may regret sharing a photograph, or a
// picture may prove to be of someone else: anyone signed in may ask, with a reason, and a
// moderator decides, as for any proposal. Approval only hides the item (files and row are kept,
// nothing is lost); the Hero's history says the picture was removed.
import { z } from 'zod';
import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import { AppError, ValidationError } from '../errors';
import { heroNameSelect } from '../heroes/names';
import { IdSchema } from '../ids';
import { decideContribution } from '../moderation/decision';
import { findForReview, ownContributions, pendingQueue, queueRow } from '../moderation/reads';
import { invalidateHero } from '../cache';
import { requirePermission, type Actor } from '../permissions';
import { appendUnchangedRevision } from '../revisions/revisions';
import { fieldErrors, sanitizeText } from '../forms';

const RemovalRequestSchema = z.object({
  mediaId: z.string().refine((id) => IdSchema.safeParse(id).success, 'noSuchMedia'),
  reason: z
    .string()
    .transform(sanitizeText)
    .pipe(z.string().trim().min(10, 'removalReasonRequired').max(2000, 'tooLong')),
});

/** Asks for an approved, still public picture to be removed. One open request per picture. */
export async function requestMediaRemoval(actor: Actor, input: { mediaId: string; reason: string }) {
  requirePermission(actor, 'create:submission:own');
  const parsed = RemovalRequestSchema.safeParse({
    mediaId: String(input.mediaId ?? ''),
    reason: String(input.reason ?? ''),
  });
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error.issues);
    if (errors.mediaId) throw new AppError('NOT_FOUND', 'noSuchMedia');
    throw new ValidationError(errors);
  }
  const { mediaId, reason } = parsed.data;
  return db.$transaction(async (tx) => {
    // Serialises two requests for one picture, so the second meets the first rather than the index.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`media-removal:${mediaId}`}))`;
    const item = await tx.mediaItem.findUnique({ where: { id: mediaId }, select: { status: true, removedAt: true } });
    if (!item || item.status !== 'APPROVED' || item.removedAt) throw new AppError('NOT_FOUND', 'noSuchMedia');
    const open = await tx.mediaRemoval.count({ where: { mediaId, status: 'PENDING' } });
    if (open > 0) throw new AppError('CONFLICT', 'removalAlreadyAsked');
    return tx.mediaRemoval.create({ data: { mediaId, requesterId: actor.id, reason }, select: { id: true } });
  });
}

export async function listPendingRemovals(actor: Actor) {
  return db.mediaRemoval.findMany(
    pendingQueue(actor, {
      ...queueRow('requester'),
      reason: true,
      media: { select: { id: true, kind: true, caption: true, hero: { select: heroNameSelect } } },
    }),
  );
}

export async function getRemovalForReview(actor: Actor, removalId: string) {
  return findForReview(actor, removalId, 'noSuchRemoval', (id) =>
    db.mediaRemoval.findUnique({
      where: { id },
      select: {
        id: true,
        reason: true,
        status: true,
        moderatorNote: true,
        createdAt: true,
        requesterId: true,
        requester: { select: { email: true } },
        media: {
          select: {
            id: true,
            kind: true,
            caption: true,
            captionLanguage: true,
            credit: true,
            isPortrait: true,
            uploaderId: true,
            files: { select: { variant: true, key: true, width: true, height: true } },
            hero: { select: heroNameSelect },
          },
        },
      },
    }),
  );
}

const REMOVAL = {
  contribution: 'removal',
  notFound: 'noSuchRemoval',
  find: (id: string) => db.mediaRemoval.findUnique({ where: { id }, select: { requesterId: true, mediaId: true } }),
  contributorOf: (removal: { requesterId: string | null }) => removal.requesterId,
  table: (tx: Prisma.TransactionClient) => tx.mediaRemoval,
  // The audit log follows the picture: its removal is something that happened to it.
  targetType: 'MediaItem',
  targetOf: (removal: { mediaId: string }) => removal.mediaId,
} as const;

/**
 * Hides the picture from every public page and the open data (a removed portrait leaves the
 * invitation again), appends a revision so the history lists the removal, and writes the audit
 * row, all in one transaction. The files stay: a removal can be looked at again later.
 */
export function approveMediaRemoval(actor: Actor, input: { removalId: string; note?: string }) {
  const decision = { id: input.removalId, note: input.note };
  return decideContribution(
    actor,
    decision,
    'APPROVED',
    REMOVAL,
    async (tx, removal, { id: removalId, note, actor }) => {
      const hidden = await tx.mediaItem.updateManyAndReturn({
        where: { id: removal.mediaId, status: 'APPROVED', removedAt: null },
        data: { removedAt: new Date(), isPortrait: false },
        select: { heroId: true, caption: true },
      });
      const item = hidden[0];
      // An approved picture always belongs to a Hero.
      if (!item?.heroId) throw new AppError('CONFLICT', 'noLongerPending');
      const request = await tx.mediaRemoval.findUniqueOrThrow({
        where: { id: removalId },
        select: { requesterId: true },
      });
      const revision = await appendUnchangedRevision(tx, {
        heroId: item.heroId,
        // The requester's reason stays with the moderators: it may say private things about a family.
        reason: `Picture removed: ${item.caption}`,
        proposedById: request.requesterId,
        approvedById: actor.id,
      });
      await invalidateHero(tx, item.heroId);
      return {
        action: 'approve:media-removal',
        details: { removal: removalId, revision: revision.number, note },
        result: revision,
        detail: 'The picture is no longer shown on the public pages.',
      };
    },
  );
}

/** Keeps the picture where it is; the requester sees the reason. */
export function rejectMediaRemoval(actor: Actor, input: { removalId: string; note?: string }) {
  const decision = { id: input.removalId, note: input.note };
  return decideContribution(actor, decision, 'REJECTED', REMOVAL, (_tx, _removal, { id: removalId, note }) => ({
    action: 'reject:media-removal',
    details: { removal: removalId, note },
    result: undefined,
  }));
}

/** What a visitor may ask to remove: an approved picture that is still shown. */
export async function getRemovableMedia(mediaId: string) {
  if (!IdSchema.safeParse(mediaId).success) return null;
  return db.mediaItem.findFirst({
    where: { id: mediaId, status: 'APPROVED', removedAt: null, hero: { published: true } },
    select: {
      id: true,
      caption: true,
      captionLanguage: true,
      kind: true,
      hero: { select: heroNameSelect },
      files: { where: { variant: 'thumb.jpeg' }, select: { key: true, width: true, height: true } },
    },
  });
}

/** The requests to remove a picture this person made, with the outcome, for the account page. */
export async function listOwnRemovals(actor: Actor) {
  return db.mediaRemoval.findMany(
    ownContributions(actor, 'requesterId', {
      id: true,
      status: true,
      reason: true,
      moderatorNote: true,
      createdAt: true,
      media: { select: { caption: true, kind: true, hero: { select: heroNameSelect } } },
    }),
  );
}

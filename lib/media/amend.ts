// A picture a moderator sent back for changes: its uploader corrects what they said about it
// (caption, kind, date, place, who is pictured, provenance, licence, credit) and it waits in the
// queue again. The file stays as it was: a different picture is a new upload.
import { db } from '../db';
import { AppError } from '../errors';
import { heroNameSelect } from '../heroes/names';
import { IdSchema } from '../ids';
import { recordAudit } from '../audit';
import { formatIsoPartial } from '../partial-date';
import { requirePermission, type Actor } from '../permissions';
import { parseMediaMetadata } from './media';
import { MEDIA_FORM_FIELDS, metadataColumns, metadataSelect } from './schemas';

/** The uploader's own picture sent back for changes, as the amend form starts from it; null for anything else. */
export async function getOwnMediaToAmend(actor: Actor, mediaId: string) {
  requirePermission(actor, 'create:submission:own');
  if (!IdSchema.safeParse(mediaId).success) return null;
  const item = await db.mediaItem.findFirst({
    where: { id: mediaId, uploaderId: actor.id, status: 'NEEDS_CHANGES' },
    select: {
      id: true,
      moderatorNote: true,
      ...metadataSelect,
      hero: { select: heroNameSelect },
    },
  });
  if (!item) return null;
  const { id, moderatorNote, hero, date, datePrecision, ...rest } = item;
  // The form's values are the strings it posts back; the rights are confirmed again on every sending.
  const values: Record<(typeof MEDIA_FORM_FIELDS)[number], string> = {
    ...Object.fromEntries(Object.entries(rest).map(([field, value]) => [field, value ?? ''])),
    date: date && datePrecision ? formatIsoPartial(date, datePrecision) : '',
    rightsConfirmed: '',
  } as never;
  return { id, moderatorNote, hero, values };
}

/**
 * The uploader amends their picture sent back for changes and it returns to the queue, with an
 * audit row saying so. Only their own, only while sent back: anything else is refused and
 * nothing changes.
 */
export async function amendMedia(actor: Actor, mediaId: string, input: Record<string, unknown>) {
  requirePermission(actor, 'create:submission:own');
  if (!IdSchema.safeParse(mediaId).success) throw new AppError('NOT_FOUND', 'noSuchMedia');
  const metadata = parseMediaMetadata(input);
  const item = await db.mediaItem.findUnique({ where: { id: mediaId }, select: { uploaderId: true } });
  if (!item || item.uploaderId !== actor.id) throw new AppError('NOT_FOUND', 'noSuchMedia');
  await db.$transaction(async (tx) => {
    const claimed = await tx.mediaItem.updateMany({
      where: { id: mediaId, uploaderId: actor.id, status: 'NEEDS_CHANGES' },
      data: { ...metadataColumns(metadata), status: 'PENDING' },
    });
    if (claimed.count !== 1) throw new AppError('CONFLICT', 'notSentBack');
    await recordAudit(tx, { actorId: actor.id, action: 'amend:media', targetType: 'MediaItem', targetId: mediaId });
  });
}

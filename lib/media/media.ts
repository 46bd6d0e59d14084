// Images families bring: upload (checked, processed, stored, queued), moderation, and the files
// behind them. Nothing an uploader sends is public before a moderator approves it; the original,
// with whatever metadata it carried, is only ever shown to moderators.
import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import { env } from '../env';
import { AppError, ValidationError } from '../errors';
import { heroNameSelect } from '../heroes/names';
import { getPublishedHeroIdOrThrow } from '../heroes/queries';
import { IdSchema } from '../ids';
import { decideContribution } from '../moderation/decision';
import { findForReview, ownContributions, pendingQueue, queueRow } from '../moderation/reads';
import { invalidateHero } from '../cache';
import { can, requirePermission, type Actor } from '../permissions';
import { appendUnchangedRevision } from '../revisions/revisions';
import { completeInput, fieldErrors, sanitizeText } from '../forms';
import { MAX_FILE_BYTES, hammingDistance, processImage } from './pipeline';
import { EXTENSIONS, type ImageType } from './sniff';
import { MEDIA_FORM_FIELDS, MediaMetadataSchema, metadataColumns, type MediaMetadata } from './schemas';
import { contentKey, isMediaKey, mediaStorage, type MediaStorage } from './storage';
import { storeDeepZoomTiles } from './tiles';

/** Two images whose hashes differ in this many bits or fewer look alike to a person. */
const NEAR_DUPLICATE_BITS = 10;

export function parseMediaMetadata(input: Record<string, unknown>): MediaMetadata {
  const parsed = MediaMetadataSchema.safeParse(completeInput(input, MEDIA_FORM_FIELDS));
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error.issues));
  return parsed.data;
}

async function uploadsToday(tx: Pick<typeof db, 'mediaItem'>, uploaderId: string): Promise<number> {
  return tx.mediaItem.count({ where: { uploaderId, createdAt: { gte: new Date(Date.now() - 24 * 60 * 60 * 1000) } } });
}

export type UploadedFile = { bytes: Buffer; name: string };

/**
 * Checks, processes and stores an upload, and queues it for moderation. Refusals (size, pixels,
 * type, the daily cap, the metadata) store nothing; a failure after some files were written
 * removes the ones this upload wrote, so nothing is left half-done.
 */
export async function uploadMedia(
  actor: Actor,
  heroSlug: string,
  file: UploadedFile,
  input: Record<string, unknown>,
  storage: MediaStorage = mediaStorage(),
) {
  requirePermission(actor, 'create:submission:own');
  const heroId = await getPublishedHeroIdOrThrow(heroSlug);
  return storeUpload(actor, { heroId }, file, input, storage);
}

/**
 * A picture sent with the contributor's own proposal of a new Hero, while that proposal waits (or
 * was sent back): it belongs to the proposal until the Hero exists (lib/moderation attaches it).
 */
export async function uploadMediaWithProposal(
  actor: Actor,
  submissionId: string,
  file: UploadedFile,
  input: Record<string, unknown>,
  storage: MediaStorage = mediaStorage(),
) {
  requirePermission(actor, 'create:submission:own');
  if (!IdSchema.safeParse(submissionId).success) throw new AppError('NOT_FOUND', 'noSuchProposal');
  const submission = await db.submission.findFirst({
    where: { id: submissionId, authorId: actor.id, kind: 'NEW_HERO', status: { in: ['PENDING', 'NEEDS_CHANGES'] } },
    select: { id: true },
  });
  if (!submission) throw new AppError('NOT_FOUND', 'noSuchProposal');
  return storeUpload(actor, { submissionId }, file, input, storage);
}

async function storeUpload(
  actor: NonNullable<Actor>,
  owner: { heroId: string } | { submissionId: string },
  file: UploadedFile,
  input: Record<string, unknown>,
  storage: MediaStorage,
) {
  const metadata = parseMediaMetadata(input);
  if (file.bytes.length === 0) throw new AppError('INVALID_INPUT', 'fileMissing');
  if (file.bytes.length > MAX_FILE_BYTES)
    throw new AppError('INVALID_INPUT', 'fileTooLarge', { max: MAX_FILE_BYTES / 1024 / 1024 });
  // Before the expensive part; counted again under the lock below, where it is decided.
  if ((await uploadsToday(db, actor.id)) >= env.MEDIA_DAILY_CAP)
    throw new AppError('RATE_LIMITED', 'dailyUploadCap', { cap: env.MEDIA_DAILY_CAP });
  const image = await processImage(file.bytes, { kind: metadata.kind });

  const written: string[] = [];
  const put = async (key: string, body: Buffer, type: string) => {
    if ((await storage.put(key, body, type)).created) written.push(key);
    return key;
  };
  try {
    return await db.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`media-cap:${actor.id}`}))`;
        if ((await uploadsToday(tx, actor.id)) >= env.MEDIA_DAILY_CAP)
          throw new AppError('RATE_LIMITED', 'dailyUploadCap', { cap: env.MEDIA_DAILY_CAP });
        // Decided while the picture was processed? Then it has no proposal to wait with. The shared
        // lock holds off an approval until this row exists, so the approval attaches it too.
        if ('submissionId' in owner) {
          const open = await tx.$queryRaw<
            unknown[]
          >`SELECT 1 FROM "Submission" WHERE id = ${owner.submissionId} AND status IN ('PENDING', 'NEEDS_CHANGES') FOR SHARE`;
          if (open.length === 0) throw new AppError('NOT_FOUND', 'noSuchProposal');
        }
        const originalKey = await put(contentKey('o', file.bytes, EXTENSIONS[image.type]), file.bytes, image.type);
        const files = [];
        for (const d of image.derivatives) {
          const contentType = `image/${d.format}`;
          const key = await put(contentKey('d', d.body, d.format === 'jpeg' ? 'jpg' : 'webp'), d.body, contentType);
          files.push({ variant: d.variant, key, contentType, width: d.width, height: d.height, bytes: d.body.length });
        }
        if (image.deepZoom) files.push(await storeDeepZoomTiles(image.deepZoom, put));
        return tx.mediaItem.create({
          data: {
            ...owner,
            uploaderId: actor.id,
            ...metadataColumns(metadata),
            originalType: image.type,
            originalBytes: file.bytes.length,
            originalName: sanitizeText(file.name).slice(0, 255) || 'upload',
            originalKey,
            originalMeta: image.originalMeta,
            width: image.width,
            height: image.height,
            placeholder: image.placeholder,
            dhash: image.dhash,
            files: { create: files },
          },
          select: { id: true },
        });
      },
      { maxWait: 10_000, timeout: 60_000 },
    );
  } catch (error) {
    // Only what this upload created: an identical file already stored belongs to another item.
    await Promise.all(written.map((key) => storage.delete(key).catch(() => {})));
    throw error;
  }
}

export async function listPendingMedia(actor: Actor) {
  return db.mediaItem.findMany(
    pendingQueue(
      actor,
      { ...queueRow('uploader'), kind: true, caption: true, hero: { select: heroNameSelect } },
      // Pictures with a proposal of a new Hero are shown with the proposal until the Hero exists.
      { heroId: { not: null } },
    ),
  );
}

function fileUrl(key: string): string {
  return `/api/media/files/${key}`;
}

/** Everything a moderator needs: the item, its files, the original's details, look-alikes. */
export async function getMediaForReview(actor: Actor, mediaId: string) {
  const item = await findForReview(actor, mediaId, 'noSuchMedia', (id) =>
    db.mediaItem.findUnique({
      where: { id },
      include: {
        hero: { select: { id: true, ...heroNameSelect } },
        submission: { select: { payload: true } },
        uploader: { select: { id: true, email: true } },
        files: true,
      },
    }),
  );
  // The archive holds thousands of images, not millions: comparing in memory is simple and quick.
  const others = await db.mediaItem.findMany({
    where: { id: { not: item.id }, status: { in: ['PENDING', 'APPROVED', 'NEEDS_CHANGES'] } },
    select: { id: true, dhash: true, caption: true, status: true, hero: { select: heroNameSelect } },
  });
  const lookAlikes = others
    .map((other) => ({ ...other, distance: hammingDistance(item.dhash, other.dhash) }))
    .filter((other) => other.distance <= NEAR_DUPLICATE_BITS)
    .sort((a, b) => a.distance - b.distance);
  const { originalKey: _originalKey, files, ...rest } = item;
  return {
    item: rest,
    display: files.find((f) => f.variant === 'display.jpeg'),
    large: files.find((f) => f.variant === 'large.jpeg'),
    fileUrls: Object.fromEntries(files.map((f) => [f.variant, fileUrl(f.key)])),
    originalUrl: `/api/media/originals/${item.id}`,
    lookAlikes,
  };
}

const PICTURE = {
  contribution: 'picture',
  notFound: 'noSuchMedia',
  find: (id: string) =>
    db.mediaItem.findUnique({ where: { id }, select: { uploaderId: true, heroId: true, caption: true } }),
  contributorOf: (item: { uploaderId: string | null }) => item.uploaderId,
  // A picture that came with a proposal of a new Hero is decided with the proposal, until the Hero exists.
  refuse: (item: { heroId: string | null }) => {
    if (!item.heroId) throw new AppError('INVALID_STATE', 'pictureWithProposal');
  },
  table: (tx: Prisma.TransactionClient) => tx.mediaItem,
  targetType: 'MediaItem',
} as const;

/**
 * Approves an image: it becomes public, optionally the profile's portrait (replacing the one
 * before), and the Hero's history says it was added. One transaction with its audit row.
 */
export function approveMedia(actor: Actor, input: { mediaId: string; note?: string; portrait?: boolean }) {
  const decision = { id: input.mediaId, note: input.note };
  return decideContribution(actor, decision, 'APPROVED', PICTURE, async (tx, item, { id: mediaId, actor }) => {
    const heroId = item.heroId!; // PICTURE.refuse let no picture without a Hero through
    if (input.portrait) {
      await tx.mediaItem.updateMany({ where: { heroId, isPortrait: true }, data: { isPortrait: false } });
      await tx.mediaItem.update({ where: { id: mediaId }, data: { isPortrait: true } });
    }
    // The record's fields do not change, but its history should say that an image came in.
    const revision = await appendUnchangedRevision(tx, {
      heroId,
      reason: `${input.portrait ? 'Portrait' : 'Image'} added: ${item.caption}`,
      proposedById: item.uploaderId,
      approvedById: actor.id,
    });
    await invalidateHero(tx, heroId);
    return {
      action: 'approve:media',
      details: { portrait: Boolean(input.portrait), revision: revision.number },
      result: revision,
      detail: `"${item.caption}" is now on the public page.`,
    };
  });
}

function refuseMedia(actor: Actor, input: { mediaId: string; note?: string }, outcome: 'REJECTED' | 'NEEDS_CHANGES') {
  return decideContribution(
    actor,
    { id: input.mediaId, note: input.note },
    outcome,
    PICTURE,
    (_tx, item, { note }) => ({
      action: outcome === 'REJECTED' ? 'reject:media' : 'request-changes:media',
      details: { note },
      result: undefined,
      detail: `"${item.caption}"`,
    }),
  );
}

export const rejectMedia = (actor: Actor, input: { mediaId: string; note?: string }) =>
  refuseMedia(actor, input, 'REJECTED');
export const requestMediaChanges = (actor: Actor, input: { mediaId: string; note?: string }) =>
  refuseMedia(actor, input, 'NEEDS_CHANGES');

export type ServedFile = { body: Buffer; contentType: string; public: boolean };

/**
 * A derivative by its key: to anyone when an approved item uses it (cacheable for ever: the key
 * is its content), to moderators while pending, to nobody else. Originals are never served here.
 */
export async function getMediaFile(
  actor: Actor,
  key: string,
  storage: MediaStorage = mediaStorage(),
): Promise<ServedFile | null> {
  if (!isMediaKey(key) || !key.startsWith('d/')) return null;
  const uses = await db.mediaFile.findMany({
    where: { key },
    select: { contentType: true, media: { select: { status: true, removedAt: true } } },
  });
  if (uses.length === 0) return null;
  const isPublic = uses.some((use) => use.media.status === 'APPROVED' && !use.media.removedAt);
  if (!isPublic && !can(actor, 'review:submission:any')) return null;
  const body = await storage.get(key);
  return body ? { body, contentType: uses[0]!.contentType, public: isPublic } : null;
}

/** The file exactly as uploaded, metadata and all: moderators only. */
export async function getOriginal(actor: Actor, mediaId: string, storage: MediaStorage = mediaStorage()) {
  requirePermission(actor, 'review:submission:any');
  if (!IdSchema.safeParse(mediaId).success) return null;
  const item = await db.mediaItem.findUnique({
    where: { id: mediaId },
    select: { originalKey: true, originalType: true },
  });
  if (!item) return null;
  const body = await storage.get(item.originalKey);
  // Named by the archive, never by the uploader: "poly.html" that is a JPEG downloads as a .jpg.
  const extension = EXTENSIONS[item.originalType as ImageType] ?? 'bin';
  return body ? { body, contentType: item.originalType, fileName: `${mediaId}.${extension}` } : null;
}

/** The uploader's own images with their state and the moderator's reason, for the account page. */
export async function listOwnMedia(actor: Actor) {
  return db.mediaItem.findMany(
    ownContributions(actor, 'uploaderId', {
      id: true,
      kind: true,
      caption: true,
      status: true,
      moderatorNote: true,
      removedAt: true,
      createdAt: true,
      hero: { select: heroNameSelect },
      submission: { select: { payload: true } },
    }),
  );
}

/** The pictures that came with a proposal of a new Hero, for the moderator deciding it. */
export async function listProposalMedia(actor: Actor, submissionId: string) {
  requirePermission(actor, 'review:submission:any');
  if (!IdSchema.safeParse(submissionId).success) return [];
  const items = await db.mediaItem.findMany({
    where: { submissionId },
    select: {
      id: true,
      kind: true,
      caption: true,
      status: true,
      files: { where: { variant: 'thumb.jpeg' }, select: { key: true, width: true, height: true } },
    },
    orderBy: { createdAt: 'asc' },
  });
  return items.map(({ files, ...item }) => ({
    ...item,
    thumb: files[0] ? { url: fileUrl(files[0].key), width: files[0].width, height: files[0].height } : null,
  }));
}

/**
 * The contributor's own proposal of a new Hero that may still take pictures (waiting, or sent
 * back), with the pictures already sent; null for anything else.
 */
export async function getOwnProposalForPictures(actor: Actor, submissionId: string) {
  requirePermission(actor, 'create:submission:own');
  if (!IdSchema.safeParse(submissionId).success) return null;
  return db.submission.findFirst({
    where: { id: submissionId, authorId: actor.id, kind: 'NEW_HERO', status: { in: ['PENDING', 'NEEDS_CHANGES'] } },
    select: {
      id: true,
      payload: true,
      media: { select: { id: true, kind: true, caption: true, status: true }, orderBy: { createdAt: 'asc' } },
    },
  });
}

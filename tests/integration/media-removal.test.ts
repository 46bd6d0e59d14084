// Taking an approved picture down, and what happens to the files of rejected uploads, on the real
// database and a real media folder: removal is a moderated proposal that hides (never deletes);
// a refused request or decision changes nothing; rejected files go after 30 days, not before, and
// never a file another picture still uses.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useFileDatabase } from '../support/database';
import { runScript } from '../support/scripts';
import { approveMedia, getMediaFile, listOwnMedia, rejectMedia, uploadMedia } from '../../lib/media/media';
import { getPublicPortrait, listPublicMedia } from '../../lib/media/public';
import {
  approveMediaRemoval,
  getRemovableMedia,
  listOwnRemovals,
  listPendingRemovals,
  rejectMediaRemoval,
  requestMediaRemoval,
} from '../../lib/media/removal';
import { purgeRejectedMedia } from '../../lib/media/purge';
import { LocalStorage } from '../../lib/media/storage';
import { UPLOAD_FIELDS, uploadPng } from '../support/images';
import { createUser, useUsers } from '../support/factories';
import { publishedHero } from '../support/heroes';

const prisma = useFileDatabase();
const [uploader, relative, moderator] = useUsers(prisma, 'CONTRIBUTOR', 'CONTRIBUTOR', 'MODERATOR');
const mediaDir = process.env.MEDIA_DIR!;
let slug: string;
let heroId: string;

function storedFiles(): string[] {
  try {
    return readdirSync(mediaDir, { recursive: true, encoding: 'utf8' }).filter((f) =>
      statSync(path.join(mediaDir, f)).isFile(),
    );
  } catch {
    return [];
  }
}

function isStored(key: string): boolean {
  return storedFiles().some((f) => f.endsWith(key.split('/')[1]!));
}

/** Everything a removal decision may touch, to prove a refused one touched none of it. */
async function state(mediaId: string) {
  return {
    item: await prisma.mediaItem.findUniqueOrThrow({
      where: { id: mediaId },
      select: { status: true, removedAt: true, isPortrait: true },
    }),
    removals: await prisma.mediaRemoval.findMany({
      where: { mediaId },
      select: { id: true, status: true, moderatorNote: true },
      orderBy: { createdAt: 'asc' },
    }),
    revisions: await prisma.revision.count({ where: { heroId } }),
    audit: await prisma.auditEvent.count({ where: { targetId: mediaId } }),
  };
}

beforeAll(async () => {
  const hero = await publishedHero(prisma);
  slug = hero.slug;
  heroId = hero.id;
});

describe('removing an approved picture', () => {
  it('is a proposal a moderator decides; approval hides it, keeps its files, and the history says so', async () => {
    const { id } = await uploadPng(uploadMedia, uploader, slug, 'portrait.png', [600, 800, '#884422']);
    // A pending picture cannot be asked away: there is nothing public to remove.
    await expect(
      requestMediaRemoval(relative, { mediaId: id, reason: 'This is not my grandfather at all.' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await approveMedia(moderator, { mediaId: id, portrait: true });
    expect((await getPublicPortrait(slug))?.id).toBe(id);
    const files = await prisma.mediaFile.findMany({ where: { mediaId: id } });
    const display = files.find((f) => f.variant === 'display.jpeg')!;
    expect(await getRemovableMedia(id)).toMatchObject({ id, hero: { slug } });

    // Refused requests change nothing.
    const untouched = await state(id);
    await expect(
      requestMediaRemoval(null, { mediaId: id, reason: 'Anonymous people may not ask.' }),
    ).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(requestMediaRemoval(relative, { mediaId: id, reason: 'no' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fields: { reason: 'removalReasonRequired' },
    });
    await expect(
      requestMediaRemoval(relative, { mediaId: 'not an id', reason: 'This is not my grandfather at all.' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await state(id)).toEqual(untouched);

    // A request the moderator turns down leaves the picture where it is.
    const first = await requestMediaRemoval(relative, { mediaId: id, reason: 'I think this is his brother, not him.' });
    await expect(
      requestMediaRemoval(uploader, { mediaId: id, reason: 'A second request for the same picture.' }),
    ).rejects.toMatchObject({ code: 'CONFLICT', messageKey: 'removalAlreadyAsked' });
    expect((await listPendingRemovals(moderator)).map((r) => r.id)).toContain(first.id);
    await expect(listPendingRemovals(relative)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const asked = await state(id);
    await expect(approveMediaRemoval(relative, { removalId: first.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(rejectMediaRemoval(moderator, { removalId: first.id, note: '' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect(await state(id)).toEqual(asked);
    await rejectMediaRemoval(moderator, {
      removalId: first.id,
      note: 'The family archive names him on the back of the print.',
    });
    expect((await getPublicPortrait(slug))?.id).toBe(id);
    expect((await state(id)).revisions).toBe(asked.revisions);
    expect(await prisma.auditEvent.count({ where: { targetId: id, action: 'reject:media-removal' } })).toBe(1);
    await expect(approveMediaRemoval(moderator, { removalId: first.id })).rejects.toMatchObject({ code: 'CONFLICT' });

    // A moderator cannot decide a request of their own.
    const own = await requestMediaRemoval(moderator, { mediaId: id, reason: 'The photograph is of poor quality.' });
    const ownState = await state(id);
    await expect(approveMediaRemoval(moderator, { removalId: own.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      messageKey: 'noSelfApproval',
    });
    expect(await state(id)).toEqual(ownState);
    await prisma.mediaRemoval.update({ where: { id: own.id }, data: { status: 'WITHDRAWN' } });

    const second = await requestMediaRemoval(relative, {
      mediaId: id,
      reason: 'The family asks for it to be taken down.',
    });
    const other = await createUser(prisma, 'other-moderator', 'MODERATOR');
    const revision = await approveMediaRemoval(other, {
      removalId: second.id,
      note: "Taken down at the family's request.",
    });

    // Hidden from everything public, the portrait's place is the invitation again; nothing deleted.
    expect(await getPublicPortrait(slug)).toBeNull();
    expect((await listPublicMedia(slug)).map((m) => m.id)).not.toContain(id);
    expect(await getMediaFile(null, display.key)).toBeNull();
    expect(await getMediaFile(moderator, display.key)).toMatchObject({ public: false });
    expect(await getRemovableMedia(id)).toBeNull();
    for (const file of files) expect(isStored(file.key), file.variant).toBe(true);
    const item = await prisma.mediaItem.findUniqueOrThrow({ where: { id }, include: { files: true } });
    expect(item).toMatchObject({ status: 'APPROVED', isPortrait: false });
    expect(item.removedAt).toBeInstanceOf(Date);
    expect(item.files).toHaveLength(files.length);
    const history = await prisma.revision.findUniqueOrThrow({
      where: { heroId_number: { heroId, number: revision.number } },
    });
    expect(history).toMatchObject({
      reason: 'Picture removed: Portrait in uniform, 1944',
      proposedById: relative.id,
      approvedById: other.id,
    });
    expect(history.reason).not.toContain('family asks');
    expect(
      await prisma.auditEvent.count({ where: { targetId: id, action: 'approve:media-removal', actorId: other.id } }),
    ).toBe(1);

    // Each person's account lists their own part, with the outcome and the moderator's reason.
    expect((await listOwnRemovals(relative)).map((r) => [r.status, r.moderatorNote])).toEqual([
      ['APPROVED', "Taken down at the family's request."],
      ['REJECTED', 'The family archive names him on the back of the print.'],
    ]);
    expect(await listOwnRemovals(uploader)).toEqual([]);
    expect((await listOwnMedia(uploader)).find((m) => m.id === id)?.removedAt).toBeInstanceOf(Date);
    expect(await listOwnMedia(relative)).toEqual([]);
    await expect(listOwnRemovals(null)).rejects.toMatchObject({ code: 'UNAUTHORIZED' });

    // Once removed, it cannot be asked away again, and the decision cannot be taken twice.
    await expect(
      requestMediaRemoval(uploader, { mediaId: id, reason: 'Asking again after removal.' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(approveMediaRemoval(other, { removalId: second.id })).rejects.toMatchObject({ code: 'CONFLICT' });
    // A new portrait may take the place.
    const next = await uploadPng(uploadMedia, uploader, slug, 'another.png', [600, 800, '#224488']);
    await approveMedia(moderator, { mediaId: next.id, portrait: true });
    expect((await getPublicPortrait(slug))?.id).toBe(next.id);
  });
});

describe('the files of rejected uploads', () => {
  const day = 24 * 60 * 60 * 1000;
  async function rejected(colour: string, daysAgo: number) {
    const { id } = await uploadPng(uploadMedia, uploader, slug, `${colour}.png`, [400, 300, colour], {
      ...UPLOAD_FIELDS,
      kind: 'PHOTOGRAPH',
    });
    await rejectMedia(moderator, { mediaId: id, note: 'Not a picture of this Hero.' });
    await prisma.mediaItem.update({ where: { id }, data: { reviewedAt: new Date(Date.now() - daysAgo * day) } });
    return prisma.mediaItem.findUniqueOrThrow({ where: { id }, include: { files: true } });
  }

  it('are deleted 30 days after the decision, the row kept; not before, and not a file another picture uses', async () => {
    const old = await rejected('#112233', 31);
    const recent = await rejected('#445566', 29);
    // The same photograph sent again and still waiting: it shares every content-addressed key.
    const shared = await rejected('#778899', 31);
    const again = await uploadPng(uploadMedia, uploader, slug, 'again.png', [400, 300, '#778899'], {
      ...UPLOAD_FIELDS,
      kind: 'PHOTOGRAPH',
    });
    // A small picture's display and large sizes are the same file (never enlarged), so count keys.
    const keysOf = (item: typeof old) => [...new Set([item.originalKey, ...item.files.map((f) => f.key)])];
    expect(keysOf(old).every(isStored)).toBe(true);

    const report = await purgeRejectedMedia(prisma, new LocalStorage(mediaDir));
    expect(report).toEqual({ items: 2, filesDeleted: keysOf(old).length, filesKept: keysOf(shared).length });
    for (const key of keysOf(old)) expect(isStored(key), key).toBe(false);
    for (const key of keysOf(recent)) expect(isStored(key), key).toBe(true);
    for (const key of keysOf(shared)) expect(isStored(key), key).toBe(true);
    const oldRow = await prisma.mediaItem.findUniqueOrThrow({ where: { id: old.id }, include: { files: true } });
    expect(oldRow).toMatchObject({ status: 'REJECTED', moderatorNote: 'Not a picture of this Hero.' });
    expect(oldRow.filesPurgedAt).toBeInstanceOf(Date);
    expect(oldRow.files).toHaveLength(6);
    expect((await prisma.mediaItem.findUniqueOrThrow({ where: { id: recent.id } })).filesPurgedAt).toBeNull();
    expect(
      await prisma.auditEvent.findFirst({
        where: { targetId: old.id, action: 'purge:media-files' },
        select: { details: true },
      }),
    ).toEqual({ details: { deleted: keysOf(old).length, kept: 0 } });
    expect(
      (await prisma.mediaItem.findUniqueOrThrow({ where: { id: again.id }, include: { files: true } })).files
        .map((f) => f.key)
        .every(isStored),
    ).toBe(true);

    // Run again: nothing more is due. Two days later the 29-day one is.
    expect(await purgeRejectedMedia(prisma, new LocalStorage(mediaDir))).toEqual({
      items: 0,
      filesDeleted: 0,
      filesKept: 0,
    });
    const later = await purgeRejectedMedia(prisma, new LocalStorage(mediaDir), new Date(Date.now() + 2 * day));
    expect(later).toEqual({ items: 1, filesDeleted: keysOf(recent).length, filesKept: 0 });
    for (const key of keysOf(recent)) expect(isStored(key), key).toBe(false);
  });

  it('npm run media:purge explains itself and runs against the configured database and folder', () => {
    const help = runScript('media-purge.ts', ['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('30 days');
    expect(runScript('media-purge.ts', ['--now']).status).toBe(1);
    const run = runScript('media-purge.ts', []);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Purged the files of \d+ rejected pictures/);
  });
});

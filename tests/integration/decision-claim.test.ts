// A decision claims its row only while the row is still pending (claimPending, lib/moderation/
// decision.ts): a second moderator deciding what another has just decided, or a proposal its
// author withdrew, is refused with "no longer pending", and nothing the first outcome left is
// touched: not the status, not the note, not the audit log, not the history.
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../messages/en.json';
import { approveMedia, rejectMedia, uploadMedia } from '../../lib/media/media';
import { approveMediaRemoval, rejectMediaRemoval, requestMediaRemoval } from '../../lib/media/removal';
import { approveMemory, rejectMemory, requestMemoryChanges, writeMemory } from '../../lib/memories/memories';
import { rejectSubmission, requestChanges } from '../../lib/moderation/moderation';
import { withdrawSubmission } from '../../lib/submissions/submissions';
import { useFileDatabase } from '../support/database';
import { proposeTestCorrection, useUsers } from '../support/factories';
import { heroNoOtherTestReads } from '../support/heroes';
import { UPLOAD_FIELDS, uploadPng } from '../support/images';

const prisma = useFileDatabase();
const [contributor, first, second] = useUsers(prisma, 'CONTRIBUTOR', 'MODERATOR', 'MODERATOR');
let slug: string;
let heroId: string;

const NO_LONGER_PENDING = { code: 'CONFLICT', messageKey: 'noLongerPending' };

/** What a decision writes besides its row: the audit log and the Hero's history. */
async function traces() {
  return {
    audit: await prisma.auditEvent.findMany({ select: { id: true }, orderBy: { id: 'asc' } }),
    revisions: await prisma.revision.count({ where: { heroId } }),
    hero: await prisma.hero.findUniqueOrThrow({ where: { id: heroId }, select: { version: true } }),
  };
}

const decided = { status: true, reviewerId: true, reviewedAt: true, moderatorNote: true } as const;

beforeAll(async () => {
  ({ slug, id: heroId } = await heroNoOtherTestReads(prisma, 'asc'));
});

describe('a decision on what is no longer pending', () => {
  it('says so in words a moderator reads', () => {
    expect(en.errors.noLongerPending).toBe('This proposal is no longer pending.');
  });

  it('a family memory one moderator approved cannot be refused or sent back by another', async () => {
    const { id } = await writeMemory(contributor, slug, {
      text: 'My grandfather kept his letters from the front in a tin box under the bed.',
      relation: 'grandson',
      language: 'en',
    });
    await approveMemory(first, { memoryId: id, note: 'Kind words, thank you.' });
    const row = () => prisma.familyMemory.findUniqueOrThrow({ where: { id }, select: decided });
    const before = { row: await row(), traces: await traces() };
    expect(before.row).toMatchObject({ status: 'APPROVED', reviewerId: first.id });

    await expect(rejectMemory(second, { memoryId: id, note: 'Not about this Hero.' })).rejects.toMatchObject(
      NO_LONGER_PENDING,
    );
    await expect(
      requestMemoryChanges(second, { memoryId: id, note: 'Please name the village.' }),
    ).rejects.toMatchObject(NO_LONGER_PENDING);
    await expect(approveMemory(second, { memoryId: id })).rejects.toMatchObject(NO_LONGER_PENDING);
    expect({ row: await row(), traces: await traces() }).toEqual(before);
  });

  it('of two moderators deciding a memory at once, one decides and the other is refused', async () => {
    const { id } = await writeMemory(contributor, slug, {
      text: 'He sent a photograph from Poland in 1944, signed on the back for his mother.',
      relation: 'granddaughter',
      language: 'en',
    });
    const before = await traces();
    const outcomes = await Promise.allSettled([
      approveMemory(first, { memoryId: id }),
      rejectMemory(second, { memoryId: id, note: 'Not about this Hero.' }),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const refused = outcomes.filter((o) => o.status === 'rejected');
    expect(refused).toHaveLength(1);
    expect((refused[0] as PromiseRejectedResult).reason).toMatchObject(NO_LONGER_PENDING);
    const after = await traces();
    expect(after.audit).toHaveLength(before.audit.length + 1);
    expect(await prisma.auditEvent.count({ where: { targetId: id } })).toBe(1);
  });

  it('a picture one moderator refused cannot be approved as the portrait by another', async () => {
    const { id } = await uploadPng(uploadMedia, contributor, slug, 'portrait.png', [600, 800, '#552211']);
    await rejectMedia(first, { mediaId: id, note: 'The face is not visible.' });
    const row = () =>
      prisma.mediaItem.findUniqueOrThrow({ where: { id }, select: { ...decided, isPortrait: true, removedAt: true } });
    const before = { row: await row(), traces: await traces() };
    expect(before.row).toMatchObject({ status: 'REJECTED', reviewerId: first.id, isPortrait: false });

    await expect(approveMedia(second, { mediaId: id, portrait: true })).rejects.toMatchObject(NO_LONGER_PENDING);
    expect({ row: await row(), traces: await traces() }).toEqual(before);
  });

  it('a request to remove a picture, once refused, cannot be approved by another moderator', async () => {
    const { id: mediaId } = await uploadPng(uploadMedia, contributor, slug, 'street.png', [800, 600, '#225511'], {
      ...UPLOAD_FIELDS,
      kind: 'PHOTOGRAPH',
      caption: 'The street named after him',
    });
    await approveMedia(first, { mediaId });
    const { id } = await requestMediaRemoval(contributor, {
      mediaId,
      reason: 'This is another street of the same name.',
    });
    await rejectMediaRemoval(first, { removalId: id, note: 'The plaque in the picture names him.' });
    const row = async () => ({
      removal: await prisma.mediaRemoval.findUniqueOrThrow({ where: { id }, select: decided }),
      picture: await prisma.mediaItem.findUniqueOrThrow({
        where: { id: mediaId },
        select: { status: true, removedAt: true, isPortrait: true },
      }),
    });
    const before = { row: await row(), traces: await traces() };
    expect(before.row).toMatchObject({ removal: { status: 'REJECTED' }, picture: { removedAt: null } });

    await expect(approveMediaRemoval(second, { removalId: id })).rejects.toMatchObject(NO_LONGER_PENDING);
    expect({ row: await row(), traces: await traces() }).toEqual(before);
  });

  it('a proposal its author withdrew cannot be refused or sent back', async () => {
    const { id } = await proposeTestCorrection(
      prisma,
      contributor,
      slug,
      { sourceUrl: 'https://example.org/award-sheet', note: 'The award sheet gives another rank.' },
      { rankAtFeat: 'junior sergeant' },
    );
    await withdrawSubmission(contributor, id);
    const row = () => prisma.submission.findUniqueOrThrow({ where: { id }, select: decided });
    const before = { row: await row(), traces: await traces() };
    expect(before.row).toEqual({ status: 'WITHDRAWN', reviewerId: null, reviewedAt: null, moderatorNote: null });

    await expect(
      rejectSubmission(first, { submissionId: id, note: 'The source does not say so.' }),
    ).rejects.toMatchObject(NO_LONGER_PENDING);
    await expect(requestChanges(first, { submissionId: id, note: 'Please cite the page.' })).rejects.toMatchObject(
      NO_LONGER_PENDING,
    );
    expect({ row: await row(), traces: await traces() }).toEqual(before);
  });
});

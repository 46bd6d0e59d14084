// Every moderated thing (a proposal, a picture, a family memory, a request to remove a picture)
// tells its contributor what was decided and why, and nobody decides on their own contribution,
// whatever the decision. Mail goes to the log here (no EMAIL_SERVER in the test process), where
// lib/accounts/mail.ts writes one line per message.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { useFileDatabase } from '../support/database';
import { publishedHero } from '../support/heroes';
import { createPendingCorrection, createPendingPicture, type TestActor, useUsers } from '../support/factories';
import { approveMemory, rejectMemory, writeMemory } from '../../lib/memories/memories';
import { rejectMedia, requestMediaChanges } from '../../lib/media/media';
import { rejectMediaRemoval } from '../../lib/media/removal';
import { rejectSubmission } from '../../lib/moderation/moderation';

const prisma = useFileDatabase();
const [contributor, moderator, otherModerator] = useUsers(prisma, 'CONTRIBUTOR', 'MODERATOR', 'MODERATOR');
let heroId: string;
let slug: string;
let mail: string[];

beforeAll(async () => {
  ({ id: heroId, slug } = await publishedHero(prisma));
});

beforeEach(() => {
  mail = [];
  const log = console.log.bind(console);
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
    const line = args.map(String).join(' ');
    if (line.startsWith('[zvezda mail]')) mail.push(line);
    else log(...args);
  });
});
afterEach(() => vi.restoreAllMocks());

const emailOf = async (actor: TestActor) =>
  (await prisma.user.findUniqueOrThrow({ where: { id: actor.id }, select: { email: true } })).email!;

async function pendingPicture(uploader: TestActor, caption: string) {
  return createPendingPicture(prisma, {
    heroId,
    uploaderId: uploader.id,
    caption,
    credit: 'The family',
    originalName: 'a.jpg',
    originalKey: `originals/${caption}`,
  });
}

describe('the contributor hears of every decision', () => {
  it('a family memory approved or refused mails its author, with the reason', async () => {
    const text =
      'Grandmother said he wrote every month until the spring of 1944, and that he sang on the way to the station.';
    const first = await writeMemory(contributor, slug, { text, relation: 'granddaughter', language: 'en' });
    await approveMemory(moderator, { memoryId: first.id });
    const second = await writeMemory(contributor, slug, {
      text: `${text} Again.`,
      relation: 'granddaughter',
      language: 'en',
    });
    await rejectMemory(moderator, { memoryId: second.id, note: 'The same memory is already published.' });
    const to = await emailOf(contributor);
    expect(mail).toEqual([
      expect.stringMatching(new RegExp(`^\\[zvezda mail\\] to ${to}: Zvezda: your family memory was approved`)),
      expect.stringMatching(
        new RegExp(
          `^\\[zvezda mail\\] to ${to}: Zvezda: your family memory was not accepted\\n.*Moderator's note: The same memory is already published\\.`,
          's',
        ),
      ),
    ]);
  });

  it('a picture refused or sent back mails its uploader, naming it and the reason', async () => {
    const first = await pendingPicture(contributor, 'Class photograph, 1938');
    const second = await pendingPicture(contributor, 'Letter from the front, 1943');
    await rejectMedia(moderator, { mediaId: first.id, note: 'This is not him: the class is from another school.' });
    await requestMediaChanges(moderator, { mediaId: second.id, note: 'Please say who kept the letter.' });
    const to = await emailOf(contributor);
    expect(mail).toHaveLength(2);
    expect(mail[0]).toMatch(new RegExp(`^\\[zvezda mail\\] to ${to}: Zvezda: your picture was not accepted`));
    expect(mail[0]).toContain('"Class photograph, 1938"');
    expect(mail[0]).toContain("Moderator's note: This is not him");
    expect(mail[1]).toMatch(/Zvezda: your picture needs changes/);
    expect(mail[1]).toContain('Please say who kept the letter.');
  });

  it('a request to remove a picture that is refused mails the requester', async () => {
    const picture = await pendingPicture(otherModerator, 'Portrait, 1942');
    await prisma.mediaItem.update({ where: { id: picture.id }, data: { status: 'APPROVED' } });
    const removal = await prisma.mediaRemoval.create({
      data: {
        mediaId: picture.id,
        requesterId: contributor.id,
        reason: 'This is my grandfather, and the family did not agree.',
      },
    });
    await rejectMediaRemoval(moderator, {
      removalId: removal.id,
      note: 'The museum holds the rights to this portrait.',
    });
    expect(mail).toEqual([
      expect.stringContaining(
        `to ${await emailOf(contributor)}: Zvezda: your request to remove a picture was not accepted`,
      ),
    ]);
  });
});

describe('nobody decides on their own contribution', () => {
  it('a moderator cannot refuse or send back their own proposal, and nothing changes', async () => {
    const hero = await prisma.hero.findUniqueOrThrow({ where: { id: heroId }, select: { version: true } });
    const own = await createPendingCorrection(prisma, {
      heroId,
      authorId: moderator.id,
      baseVersion: hero.version,
      payload: {},
      note: 'My own correction.',
    });
    await expect(
      rejectSubmission(moderator, { submissionId: own.id, note: 'Withdrawn by myself.' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await prisma.submission.findUniqueOrThrow({ where: { id: own.id }, select: { status: true } })).toEqual({
      status: 'PENDING',
    });
    expect(await prisma.auditEvent.count({ where: { targetId: own.id } })).toBe(0);
    expect(mail).toEqual([]);
    await rejectSubmission(otherModerator, { submissionId: own.id, note: 'Another moderator decides.' });
    expect(mail).toEqual([
      expect.stringContaining(`to ${await emailOf(moderator)}: Zvezda: your proposal was not accepted`),
    ]);
  });
});

// Pictures sent with a proposal of a new Hero, on the real database and the served site: they wait
// with the proposal (not in the picture queue, not decidable alone, not public), the moderator sees
// them with the proposal, approval attaches them to the new Hero as pending pictures of their own,
// rejection rejects them and withdrawal withdraws them; refused uploads store nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { approveMedia, getMediaFile, listPendingMedia, uploadMediaWithProposal } from '../../lib/media/media';
import { getPublicPortrait, listPublicMedia } from '../../lib/media/public';
import { approveSubmission, rejectSubmission, requestChanges } from '../../lib/moderation/moderation';
import { proposeCorrection, proposeNewHero, withdrawSubmission } from '../../lib/submissions/submissions';
import { readSnapshot } from '../../lib/revisions/snapshot';
import { signIn, type SignedIn } from '../support/auth';
import { useFileDatabase } from '../support/database';
import { filesIn } from '../support/files';
import { EMPTY_NEW_HERO_FORM } from '../support/factories';
import { png, UPLOAD_FIELDS, uploadPng } from '../support/images';
import { useSite } from '../support/site';

const site = useSite();
const prisma = useFileDatabase();
let contributor: SignedIn;
let someoneElse: SignedIn;
let moderator: SignedIn;

function newHero(surnameEn: string, surnameRu: string) {
  return proposeNewHero(contributor.actor, {
    ...EMPTY_NEW_HERO_FORM,
    surnameRu,
    givenRu: 'Тест',
    surnameEn,
    givenEn: 'Test',
    birthDate: '1921',
    titleDecreeDate: '1944-10-26',
    biographyEn: 'A record proposed by the tests of pictures with new Heroes.',
    biographyRu: 'Запись из проверок изображений с новыми Героями.',
    group: 'TAJIK_SSR',
    countedIn64: 'no',
    membershipNote: 'The family archive names him as born in the Tajik SSR.',
    sourceUrl: '',
    sourceTitle: 'Award sheet',
    archiveRef: 'TsAMO, fond 33, opis 686044, delo 2',
    note: 'The award sheet gives his name and the decree.',
  });
}

/** Everything a refused upload must leave as it was. */
async function stored() {
  return { items: await prisma.mediaItem.count(), files: filesIn(process.env.MEDIA_DIR!).length };
}

beforeAll(async () => {
  contributor = await signIn();
  someoneElse = await signIn();
  moderator = await signIn({ role: 'MODERATOR' });
});

describe('pictures with a proposal of a new Hero', () => {
  it('wait with the proposal, are shown to the moderator with it, and join the new Hero on approval', async () => {
    const { id: submissionId } = await newHero('Picturesov', 'Картинков');

    // The account page offers to add pictures; the page shows the upload form for this proposal.
    const account = await (await fetch(`${site.url}/en/account`, { headers: { cookie: contributor.cookie } })).text();
    expect(account).toContain(`/en/heroes/new/${submissionId}/media`);
    const page = await fetch(`${site.url}/en/heroes/new/${submissionId}/media`, {
      headers: { cookie: contributor.cookie },
    });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(`/api/media/proposal-upload/${submissionId}?locale=en`);
    expect(
      (await fetch(`${site.url}/en/heroes/new/${submissionId}/media`, { headers: { cookie: someoneElse.cookie } }))
        .status,
    ).toBe(404);

    // One through the served route (as the form sends it), one through lib.
    const form = new FormData();
    form.set('file', new Blob([new Uint8Array(await png(600, 800, '#5a4632'))]), 'portrait.png');
    for (const [field, value] of Object.entries(UPLOAD_FIELDS)) form.set(field, value);
    const posted = await fetch(`${site.url}/api/media/proposal-upload/${submissionId}?locale=en`, {
      method: 'POST',
      body: form,
      headers: { cookie: contributor.cookie },
    });
    expect(posted.status).toBe(201);
    const portraitId = ((await posted.json()) as { id: string }).id;
    const { id: documentId } = await uploadPng(
      uploadMediaWithProposal,
      contributor.actor,
      submissionId,
      'sheet.png',
      [800, 600, '#ddd8c0'],
      { ...UPLOAD_FIELDS, kind: 'AWARD_DOCUMENT', caption: 'Award sheet' },
    );

    const items = await prisma.mediaItem.findMany({
      where: { submissionId },
      include: { files: true },
      orderBy: { createdAt: 'asc' },
    });
    expect(items.map((item) => [item.id, item.heroId, item.status])).toEqual([
      [portraitId, null, 'PENDING'],
      [documentId, null, 'PENDING'],
    ]);
    // Not in the picture queue, not decidable on its own, not served to the public.
    expect((await listPendingMedia(moderator.actor)).map((item) => item.id)).not.toContain(portraitId);
    await expect(approveMedia(moderator.actor, { mediaId: portraitId, portrait: true })).rejects.toMatchObject({
      code: 'INVALID_STATE',
      messageKey: 'pictureWithProposal',
    });
    const thumb = items[0]!.files.find((f) => f.variant === 'thumb.jpeg')!;
    expect(await getMediaFile(null, thumb.key)).toBeNull();
    expect((await fetch(`${site.url}/api/media/files/${thumb.key}`)).status).toBe(404);

    // The moderator sees them with the proposal.
    const review = await (
      await fetch(`${site.url}/en/moderation/${submissionId}`, { headers: { cookie: moderator.cookie } })
    ).text();
    expect(review).toContain('data-testid="proposal-pictures"');
    expect(review).toContain(`/api/media/files/${thumb.key}`);
    expect(review).toContain(`/en/moderation/media/${documentId}`);
    const pictureReview = await (
      await fetch(`${site.url}/en/moderation/media/${portraitId}`, { headers: { cookie: moderator.cookie } })
    ).text();
    expect(pictureReview).toContain('data-testid="with-proposal"');
    expect(pictureReview).not.toContain('name="decision"');

    // Approved, they join the new Hero, each still pending.
    const approved = await approveSubmission(moderator.actor, { submissionId });
    const hero = await prisma.hero.findUniqueOrThrow({ where: { slug: approved.slug }, select: { id: true } });
    expect(
      await prisma.mediaItem.findMany({ where: { submissionId }, select: { heroId: true, status: true } }),
    ).toEqual([
      { heroId: hero.id, status: 'PENDING' },
      { heroId: hero.id, status: 'PENDING' },
    ]);
    expect(await listPublicMedia(approved.slug)).toEqual([]);
    expect((await listPendingMedia(moderator.actor)).map((item) => item.id)).toEqual(
      expect.arrayContaining([portraitId, documentId]),
    );

    await approveMedia(moderator.actor, { mediaId: portraitId, portrait: true });
    expect((await getPublicPortrait(approved.slug))?.id).toBe(portraitId);
    const profile = await (await fetch(`${site.url}/en/heroes/${approved.slug}`)).text();
    expect(profile).toContain('data-testid="portrait"');
  });

  it('wait with a proposal sent back, are rejected with a rejected one and withdrawn with a withdrawn one', async () => {
    const { id: sentBackId } = await newHero('Sentbackov', 'Возвращёнов');
    await uploadPng(uploadMediaWithProposal, contributor.actor, sentBackId, 'first.png', [605, 805, '#223344']);
    await requestChanges(moderator.actor, { submissionId: sentBackId, note: 'Please give the place of birth.' });
    // Sent back, the proposal still takes pictures, and they keep waiting with it.
    await uploadPng(uploadMediaWithProposal, contributor.actor, sentBackId, 'second.png', [606, 806, '#223355']);
    expect(await prisma.mediaItem.count({ where: { submissionId: sentBackId, status: 'PENDING', heroId: null } })).toBe(
      2,
    );

    const { id: rejectedId } = await newHero('Rejectov', 'Отклонов');
    const { id: rejectedPicture } = await uploadPng(uploadMediaWithProposal, contributor.actor, rejectedId, 'a.png', [
      610,
      810,
      '#335544',
    ]);
    await rejectSubmission(moderator.actor, { submissionId: rejectedId, note: 'Not a Hero of the Soviet Union.' });
    expect(await prisma.mediaItem.findUniqueOrThrow({ where: { id: rejectedPicture } })).toMatchObject({
      status: 'REJECTED',
      heroId: null,
      reviewerId: moderator.user.id,
      moderatorNote: 'Not a Hero of the Soviet Union.',
    });
    expect(
      await prisma.auditEvent.findFirst({
        where: { targetId: rejectedId, action: 'reject:submission' },
        select: { details: true },
      }),
    ).toEqual({ details: { note: 'Not a Hero of the Soviet Union.', pictures: 1 } });

    const { id: withdrawnId } = await newHero('Withdrawov', 'Отозванов');
    const { id: withdrawnPicture } = await uploadPng(uploadMediaWithProposal, contributor.actor, withdrawnId, 'b.png', [
      620,
      820,
      '#664455',
    ]);
    await withdrawSubmission(contributor.actor, withdrawnId);
    expect((await prisma.mediaItem.findUniqueOrThrow({ where: { id: withdrawnPicture } })).status).toBe('WITHDRAWN');
  });

  it("refuses pictures for someone else's proposal, a decided one or one that is not of a new Hero, and stores nothing", async () => {
    const { id: open } = await newHero('Openov', 'Открытов');
    const { id: decided } = await newHero('Decidedov', 'Решёнов');
    await rejectSubmission(moderator.actor, { submissionId: decided, note: 'Not of this collection.' });
    const slug = (await prisma.hero.findFirstOrThrow({ where: { published: true }, select: { id: true, slug: true } }))
      .slug;
    const heroId = (await prisma.hero.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
    const { snapshot } = await readSnapshot(prisma, heroId);
    const values = Object.fromEntries(Object.entries(snapshot).map(([k, v]) => [k, v ?? '']));
    const { id: correction } = await proposeCorrection(contributor.actor, slug, {
      ...values,
      role: 'gunner (test)',
      sourceUrl: 'https://example.org/x',
      sourceTitle: '',
      archiveRef: '',
      note: 'A correction, not a new Hero.',
    });

    const before = await stored();
    const bytes = await png(630, 830, '#778899');
    await expect(
      uploadMediaWithProposal(someoneElse.actor, open, { bytes, name: 'c.png' }, UPLOAD_FIELDS),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      uploadMediaWithProposal(contributor.actor, decided, { bytes, name: 'c.png' }, UPLOAD_FIELDS),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      uploadMediaWithProposal(contributor.actor, correction, { bytes, name: 'c.png' }, UPLOAD_FIELDS),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(uploadMediaWithProposal(null, open, { bytes, name: 'c.png' }, UPLOAD_FIELDS)).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
    await expect(
      uploadMediaWithProposal(
        contributor.actor,
        open,
        { bytes: Buffer.from('<html>not an image</html>'), name: 'c.jpg' },
        UPLOAD_FIELDS,
      ),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(
      uploadMediaWithProposal(contributor.actor, open, { bytes, name: 'c.png' }, { ...UPLOAD_FIELDS, licence: '' }),
    ).rejects.toMatchObject({ fields: { licence: 'chooseLicence' } });
    const refused = await fetch(`${site.url}/api/media/proposal-upload/${open}?locale=ru`, {
      method: 'POST',
      body: new FormData(),
      headers: { cookie: someoneElse.cookie },
    });
    expect(refused.status).toBe(404);
    expect(await stored()).toEqual(before);
  });
});

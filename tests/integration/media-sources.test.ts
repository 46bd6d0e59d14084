// An approved picture as a fact's source, on the real database and the served site: the form
// offers the Hero's approved pictures (a plain select), a proposal citing one is approved into a
// citation whose Source names the picture, and the profile links to the image; a pending picture,
// another Hero's picture or one taken down before the approval is refused and nothing changes.
import { beforeAll, describe, expect, it } from 'vitest';
import { approveMedia, uploadMedia } from '../../lib/media/media';
import { approveMediaRemoval, requestMediaRemoval } from '../../lib/media/removal';
import { approveSubmission, getSubmissionForReview } from '../../lib/moderation/moderation';
import { proposeAddition, proposeCorrection } from '../../lib/submissions/submissions';
import { signIn } from '../support/auth';
import { useFileDatabase } from '../support/database';
import { png, tiff, UPLOAD_FIELDS } from '../support/images';
import { useSite } from '../support/site';
import { awardCitingPicture, correctionForm, createUser, useUsers } from '../support/factories';

const site = useSite();
const prisma = useFileDatabase();
const [contributor, moderator] = useUsers(prisma, 'CONTRIBUTOR', 'MODERATOR');
let heroA: { id: string; slug: string };
let heroB: { id: string; slug: string };

const DOCUMENT_FIELDS = {
  ...UPLOAD_FIELDS,
  kind: 'AWARD_DOCUMENT',
  caption: 'Award sheet, family archive of the Rakhimovs',
  provenance: 'FAMILY',
  archiveFond: '',
  archiveOpis: '',
  archiveDelo: '',
  credit: 'Family archive of the Rakhimovs',
};

/** Today's values with one change, and a picture (no address, no title) as the only source. */
async function correctionCiting(
  slug: string,
  mediaId: string,
  changes: Record<string, string>,
): Promise<Record<string, string>> {
  return correctionForm(
    prisma,
    slug,
    { mediaId, note: 'The award sheet gives his rank at the time of the deed.' },
    changes,
  );
}

async function approvedDocument(slug: string, bytes: Buffer): Promise<string> {
  const { id } = await uploadMedia(contributor, slug, { bytes, name: 'award-sheet.tif' }, DOCUMENT_FIELDS);
  await approveMedia(moderator, { mediaId: id });
  return id;
}

/** What a refused proposal must leave as it was. */
async function state() {
  return {
    submissions: await prisma.submission.count(),
    sources: await prisma.source.count(),
    citations: await prisma.citation.count(),
    heroes: await prisma.hero.findMany({
      where: { id: { in: [heroA.id, heroB.id] } },
      select: { version: true, rankAtFeat: true },
      orderBy: { id: 'asc' },
    }),
  };
}

beforeAll(async () => {
  [heroA, heroB] = (await prisma.hero.findMany({
    where: { published: true },
    orderBy: { slug: 'asc' },
    take: 2,
    select: { id: true, slug: true },
  })) as [typeof heroA, typeof heroB];
});

describe('an approved picture as the source of a fact', () => {
  it('is offered by the form, cited on approval, and linked from the profile', async () => {
    const documentId = await approvedDocument(heroA.slug, await tiff(1200, 900));
    const { id: pendingId } = await uploadMedia(
      contributor,
      heroA.slug,
      { bytes: await png(640, 480, '#884422'), name: 'pending.png' },
      DOCUMENT_FIELDS,
    );

    // The correction form offers the approved picture (a select: no script needed), not the pending one.
    const reader = await signIn();
    const form = await (
      await fetch(`${site.url}/en/heroes/${heroA.slug}/propose?field=rankAtFeat`, {
        headers: { cookie: reader.cookie },
      })
    ).text();
    expect(form).toMatch(/<select[^>]*name="mediaId"/);
    expect(form).toContain(`value="${documentId}"`);
    expect(form).toContain('Award document: Award sheet, family archive of the Rakhimovs');
    expect(form).not.toContain(pendingId);
    const additionForm = await (
      await fetch(`${site.url}/en/heroes/${heroA.slug}/add?kind=award`, { headers: { cookie: reader.cookie } })
    ).text();
    expect(additionForm).toContain(`value="${documentId}"`);

    const { id: submissionId } = await proposeCorrection(
      contributor,
      heroA.slug,
      await correctionCiting(heroA.slug, documentId, { rankAtFeat: 'senior sergeant (award sheet)' }),
    );
    const stored = await prisma.submission.findUniqueOrThrow({ where: { id: submissionId } });
    expect(stored.evidence).toEqual([{ url: null, title: null, archiveRef: null, mediaId: documentId }]);
    // The moderator sees which picture is cited.
    const review = await getSubmissionForReview(moderator, submissionId);
    expect(review.citedPictures).toEqual([
      expect.objectContaining({ id: documentId, status: 'APPROVED', removedAt: null }),
    ]);

    await approveSubmission(moderator, { submissionId });
    const source = await prisma.source.findUniqueOrThrow({
      where: { mediaId: documentId },
      include: { citations: true },
    });
    expect(source).toMatchObject({
      url: null,
      title: 'Award sheet, family archive of the Rakhimovs',
      publisher: 'Family archive of the Rakhimovs',
      year: 1944,
    });
    expect(source.citations).toEqual([
      expect.objectContaining({
        heroId: heroA.id,
        supports: 'The award sheet gives his rank at the time of the deed.',
      }),
    ]);

    const large = await prisma.mediaFile.findFirstOrThrow({ where: { mediaId: documentId, variant: 'large.jpeg' } });
    const imageUrl = `/api/media/files/${large.key}`;
    for (const locale of ['en', 'ru', 'tg']) {
      const page = await (await fetch(`${site.url}/${locale}/heroes/${heroA.slug}`)).text();
      const citation = page.match(/<li[^>]*data-testid="picture-source"[^>]*>([\s\S]*?)<\/li>/)?.[1];
      expect(citation, locale).toBeDefined();
      expect(citation).toContain(`href="#media-${documentId}"`);
      expect(citation).toContain(`href="${imageUrl}"`);
      expect(page).toContain(`id="media-${documentId}"`);
    }
    const image = await fetch(`${site.url}${imageUrl}`);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/jpeg');

    // The JSON API keeps its shape: the source as it is, no internal id of the picture.
    const api = (await (await fetch(`${site.url}/api/heroes/${heroA.slug}`)).json()) as {
      sources: Record<string, unknown>[];
    };
    const cited = api.sources.find((s) => s.title === 'Award sheet, family archive of the Rakhimovs');
    expect(cited).toBeDefined();
    expect(Object.keys(cited!)).not.toContain('mediaId');

    // A second proposal citing the same picture reuses its one source.
    const { id: second } = await proposeAddition(
      contributor,
      heroA.slug,
      'AWARD',
      awardCitingPicture(documentId, 'The award sheet also names the Order of Lenin.'),
    );
    await approveSubmission(moderator, { submissionId: second });
    expect(await prisma.source.count({ where: { mediaId: documentId } })).toBe(1);
  });

  it("refuses a pending picture and another Hero's picture, and stores nothing", async () => {
    const { id: pendingId } = await uploadMedia(
      contributor,
      heroA.slug,
      { bytes: await png(700, 500, '#225588'), name: 'pending.png' },
      DOCUMENT_FIELDS,
    );
    const othersId = await approvedDocument(heroB.slug, await png(720, 540, '#556611'));
    const before = await state();
    for (const mediaId of [pendingId, othersId, 'not-an-id']) {
      await expect(
        proposeCorrection(
          contributor,
          heroA.slug,
          await correctionCiting(heroA.slug, mediaId, { rankAtFeat: 'refused rank' }),
        ),
      ).rejects.toMatchObject({
        code: 'INVALID_INPUT',
        fields: { mediaId: 'documentNotCitable' },
      });
      await expect(
        proposeAddition(contributor, heroA.slug, 'BATTLE', {
          battleName: 'Refused battle',
          battleDate: '',
          battlePlace: '',
          battleNote: '',
          sourceUrl: '',
          sourceTitle: '',
          archiveRef: '',
          mediaId,
          note: 'A battle the picture does not show.',
        }),
      ).rejects.toMatchObject({ fields: { mediaId: 'documentNotCitable' } });
    }
    expect(await state()).toEqual(before);
  });

  it('refuses the approval when the cited picture was taken down meanwhile, and changes nothing', async () => {
    const documentId = await approvedDocument(heroB.slug, await png(760, 560, '#aa3355'));
    const { id: submissionId } = await proposeCorrection(
      contributor,
      heroB.slug,
      await correctionCiting(heroB.slug, documentId, { rankAtFeat: 'rank from a removed sheet' }),
    );
    const requester = await createUser(prisma, 'requester', 'CONTRIBUTOR');
    const removal = await requestMediaRemoval(requester, {
      mediaId: documentId,
      reason: 'This sheet belongs to another family.',
    });
    await approveMediaRemoval(moderator, { removalId: removal.id });

    const before = await state();
    await expect(approveSubmission(moderator, { submissionId })).rejects.toMatchObject({
      code: 'CONFLICT',
      messageKey: 'citedDocumentGone',
    });
    expect(await state()).toEqual(before);
    expect((await prisma.submission.findUniqueOrThrow({ where: { id: submissionId } })).status).toBe('PENDING');
    expect((await getSubmissionForReview(moderator, submissionId)).citedPictures[0]?.removedAt).toBeInstanceOf(Date);
  });
});

// A moderator's approval applies the version of the proposal the moderator was shown: if the
// author amended it meanwhile, the approval is refused and nothing changes.
import { describe, expect, it } from 'vitest';
import { approveSubmission, getSubmissionForReview, requestChanges } from '../../lib/moderation/moderation';
import { amendCorrection, proposeCorrection } from '../../lib/submissions/submissions';
import { getPage } from '../support/http';
import { signIn } from '../support/auth';
import { useFileDatabase } from '../support/database';
import { useSite } from '../support/site';
import { correctionForm, useUsers } from '../support/factories';
import { HEROES } from '../support/heroes';

useSite();

const prisma = useFileDatabase();
const [contributor, moderator, otherModerator] = useUsers(prisma, 'CONTRIBUTOR', 'MODERATOR', 'MODERATOR');
const SLUG = HEROES.khabiev;

const formFor = (changes: Record<string, string>) =>
  correctionForm(
    prisma,
    SLUG,
    { sourceUrl: 'https://example.org/khabiev-award', note: 'The award sheet gives his rank.' },
    changes,
  );

async function heroState() {
  const hero = await prisma.hero.findUniqueOrThrow({ where: { slug: SLUG } });
  return { hero, revisions: await prisma.revision.count({ where: { heroId: hero.id } }) };
}

describe('a decision applies what the moderator saw', () => {
  it('approving a version the author has since amended is refused; approving the new one works', async () => {
    const { id } = await proposeCorrection(contributor, SLUG, await formFor({ rankAtFeat: 'private' }));
    const seen = await getSubmissionForReview(moderator, id);
    expect(seen.submission.version).toBe(1);

    // Meanwhile another moderator sends it back and the author amends it.
    await requestChanges(otherModerator, { submissionId: id, note: 'Which rank does the award sheet give?' });
    await amendCorrection(
      contributor,
      id,
      await formFor({ rankAtFeat: 'junior sergeant', note: 'The award sheet says junior sergeant.' }),
    );
    expect((await prisma.submission.findUniqueOrThrow({ where: { id } })).version).toBe(2);

    const before = await heroState();
    await expect(
      approveSubmission(moderator, { submissionId: id, submissionVersion: seen.submission.version }),
    ).rejects.toMatchObject({ code: 'CONFLICT', messageKey: 'proposalChanged' });
    await expect(
      approveSubmission(moderator, {
        submissionId: id,
        submissionVersion: seen.submission.version,
        expectedVersion: before.hero.version,
        merged: await formFor({ rankAtFeat: 'private' }),
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT', messageKey: 'proposalChanged' });
    expect(await heroState()).toEqual(before);
    expect(await prisma.revision.count({ where: { submissionId: id } })).toBe(0);
    expect((await prisma.submission.findUniqueOrThrow({ where: { id } })).status).toBe('PENDING');

    // The review page now carries the amended version.
    const { cookie } = await signIn({ role: 'MODERATOR' });
    const page = await getPage(`/en/moderation/${id}`, { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(page.html).toMatch(/name="submissionVersion" value="2"/);
    expect(page.html).toContain('junior sergeant');

    const fresh = await getSubmissionForReview(moderator, id);
    const revision = await approveSubmission(moderator, {
      submissionId: id,
      submissionVersion: fresh.submission.version,
    });
    expect(await prisma.revision.findFirst({ where: { submissionId: id }, select: { number: true } })).toEqual({
      number: revision.number,
    });
    expect((await heroState()).hero.rankAtFeat).toBe('junior sergeant');
  });
});

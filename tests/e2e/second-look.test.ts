// Rejecting a proposal and restoring an old revision cannot be taken back by the person who does
// it: the first press asks, only the second acts. With scripts and without them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '../../lib/prisma-client';
import { approveSubmission } from '../../lib/moderation/moderation';
import { readSnapshot } from '../../lib/revisions/snapshot';
import { proposeCorrection } from '../../lib/submissions/submissions';
import { useBrowser } from '../support/browser';
import { carrySession, signIn, type SignedIn } from '../support/auth';
import { fileDatabaseUrl } from '../support/database';
import { useSite } from '../support/site';

useSite();
const prisma = createPrismaClient(fileDatabaseUrl(), { max: 2 });
let contributor: SignedIn;
let moderator: SignedIn;

async function propose(slug: string, postwar: string) {
  const hero = await prisma.hero.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  const { snapshot } = await readSnapshot(prisma, hero.id);
  return proposeCorrection(contributor.actor, slug, {
    ...Object.fromEntries(Object.entries(snapshot).map(([field, value]) => [field, value ?? ''])),
    postwar,
    sourceUrl: 'https://example.org/second-look',
    sourceTitle: '',
    archiveRef: '',
    note: 'A family letter describes his later years.',
  });
}

beforeAll(async () => {
  contributor = await signIn({ role: 'CONTRIBUTOR' });
  moderator = await signIn({ role: 'MODERATOR' });
});
afterAll(() => prisma.$disconnect());

describe.each([{ javaScript: true }, { javaScript: false }])('with scripts: $javaScript', ({ javaScript }) => {
  const session = useBrowser({ javaScript });
  beforeAll(async () => {
    await carrySession(session, moderator);
  });

  it('reject asks first, cancel changes nothing, the second press rejects with the note typed before', async () => {
    const { page } = session;
    const proposal = await propose(
      javaScript ? 'safar-amirshoev' : 'boris-shmelyov',
      `Taught school after the war (${javaScript ? 'js' : 'no js'}).`,
    );
    await page.goto(`/en/moderation/${proposal.id}`);
    await page.getByLabel(/Note to the contributor/).fill('No source says so.');
    await page.getByRole('button', { name: 'Reject', exact: true }).click();
    const question = page.getByRole('alertdialog');
    await question.waitFor();
    await expect(question.innerText()).resolves.toContain('Reject this proposal?');
    expect((await prisma.submission.findUniqueOrThrow({ where: { id: proposal.id } })).status).toBe('PENDING');

    await page.getByRole('link', { name: 'Cancel' }).click();
    await question.waitFor({ state: 'detached' });
    await page.getByLabel(/Note to the contributor/).fill('No source says so.');
    expect((await prisma.submission.findUniqueOrThrow({ where: { id: proposal.id } })).status).toBe('PENDING');

    await page.getByRole('button', { name: 'Reject', exact: true }).click();
    // The note typed before the second look is still there to be sent.
    await expect(page.getByLabel(/Note to the contributor/).inputValue()).resolves.toBe('No source says so.');
    await page.getByRole('button', { name: 'Yes, reject it' }).click();
    await page.getByTestId('decision-outcome').filter({ hasText: 'Rejected' }).waitFor();
    const decided = await prisma.submission.findUniqueOrThrow({ where: { id: proposal.id } });
    expect(decided).toMatchObject({
      status: 'REJECTED',
      moderatorNote: 'No source says so.',
      reviewerId: moderator.user.id,
    });
    expect(session.pageErrors).toEqual([]);
  });

  it('restore asks first; only the second press writes a new revision', async () => {
    const { page } = session;
    const slug = javaScript ? 'ismat-sharifov' : 'khodi-kinzhaev';
    const proposal = await propose(slug, 'Worked at a collective farm after the war.');
    await approveSubmission(moderator.actor, { submissionId: proposal.id });
    const revisions = () => prisma.revision.count({ where: { hero: { slug } } });
    expect(await revisions()).toBe(2);
    await page.goto(`/en/heroes/${slug}/history`);
    // The history is served from cache to everyone: the browser shows a moderator the buttons,
    // and without JavaScript a link asks for the page rendered for the moderator.
    if (!javaScript) await page.getByRole('link', { name: 'Moderators: show the restore buttons' }).click();
    await page.getByRole('button', { name: 'Restore revision 1' }).click();
    const question = page.getByRole('alertdialog');
    await question.waitFor();
    await expect(question.innerText()).resolves.toContain('Restore revision 1?');
    expect(await revisions()).toBe(2);
    await page.getByRole('button', { name: 'Yes, restore it' }).click();
    await page.getByTestId('restore-outcome').filter({ hasText: 'recorded as revision 3' }).waitFor();
    expect(await revisions()).toBe(3);
    expect(page.url()).toMatch(/\/history\?restored=3$/);
    await expect(page.getByTestId('revision-3').innerText()).resolves.toContain('Revision 3');
    expect(session.pageErrors).toEqual([]);
  });
});

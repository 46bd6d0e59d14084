// Hiding a revision's text from the public (issue 26, point 4), on the real database and the built
// site: a picture approved with a caption that said too much leaves "Image added: <caption>" in the
// history; once a moderator hides it, no anonymous page, API answer or export holds it, the history
// says that something was hidden, when and why; admins still read it, marked; the audit says who
// and why; a contributor is refused and nothing is written; an admin's undo shows it again.
import { beforeAll, describe, expect, it } from 'vitest';
import { approveMedia, uploadMedia } from '../../lib/media/media';
import { approveSubmission } from '../../lib/moderation/moderation';
import { proposeCorrection } from '../../lib/submissions/submissions';
import { readSnapshot } from '../../lib/revisions/snapshot';
import { hideRevisionText, undoRedaction } from '../../lib/revisions/redaction';
import { listRevisions, listRevisionsWithHiddenText } from '../../lib/revisions/revisions';
import { streamExport } from '../../lib/exports/export';
import en from '../../messages/en.json';
import { approveMediaRemoval, requestMediaRemoval } from '../../lib/media/removal';
import { png, UPLOAD_FIELDS } from '../support/images';
import { useFileDatabase } from '../support/database';
import { createUser, useUsers } from '../support/factories';
import { publishedHero } from '../support/heroes';
import { getPage, textOf } from '../support/http';
import { signIn } from '../support/auth';
import { useSite } from '../support/site';

useSite();

const prisma = useFileDatabase();
const [uploader, moderator, admin] = useUsers(prisma, 'CONTRIBUTOR', 'MODERATOR', 'ADMIN');
const tag = Date.now();
const MARKER = `Kulob-street-${tag}`;
const SENTENCE = `His daughter lives at Rudaki ${tag} apartment 7.`;
const REASON = "Names a living relative's home address.";
let slug = '';
let heroId = '';
let captionRevision = 0;
let removalRevision = 0;

async function exported(): Promise<string> {
  let text = '';
  for await (const chunk of streamExport(prisma, 'json')) text += chunk;
  return text;
}

/** Everything the public reads of this Hero's history: the history page in each language, the API, the export. */
async function publicReads(): Promise<Record<string, string>> {
  const reads: Record<string, string> = {};
  for (const locale of ['en', 'ru', 'tg']) {
    const page = await getPage(`/${locale}/heroes/${slug}/history`);
    expect(page.status).toBe(200);
    reads[`history ${locale}`] = page.html;
  }
  const api = await getPage(`/api/heroes/${slug}`);
  expect(api.status).toBe(200);
  reads.api = api.html;
  reads.export = await exported();
  return reads;
}

async function written() {
  return {
    redactions: await prisma.revisionRedaction.count(),
    audit: await prisma.auditEvent.count({ where: { action: { contains: 'revision-text' } } }),
  };
}

beforeAll(async () => {
  const hero = await publishedHero(prisma);
  slug = hero.slug;
  heroId = hero.id;
  const { id } = await uploadMedia(
    uploader,
    slug,
    { bytes: await png(600, 800, '#446688'), name: 'family.png' },
    { ...UPLOAD_FIELDS, kind: 'PHOTOGRAPH', caption: `With his family at home, ${MARKER}` },
  );
  await approveMedia(moderator, { mediaId: id });
  const last = await prisma.revision.findFirstOrThrow({
    where: { heroId },
    orderBy: { number: 'desc' },
    select: { number: true, reason: true },
  });
  expect(last.reason).toContain(MARKER);
  captionRevision = last.number;
  // The family has the picture taken down: "Picture removed: <caption>" repeats the caption.
  const removal = await requestMediaRemoval(uploader, {
    mediaId: id,
    reason: 'The caption gives the address of a living relative.',
  });
  removalRevision = (await approveMediaRemoval(moderator, { removalId: removal.id })).number;
  expect((await prisma.revision.findFirstOrThrow({ where: { heroId, number: removalRevision } })).reason).toContain(
    MARKER,
  );
});

describe('hiding a caption in the history', () => {
  it('is refused to a contributor, with a message, and writes nothing', async () => {
    const before = await written();
    const refusal = hideRevisionText(uploader, {
      heroSlug: slug,
      number: captionRevision,
      field: 'reason',
      reason: REASON,
    });
    await expect(refusal).rejects.toMatchObject({ code: 'FORBIDDEN', messageKey: 'roleForbids' });
    expect(en.errors.roleForbids).toMatch(/role does not allow/i);
    await expect(
      hideRevisionText(null, { heroSlug: slug, number: captionRevision, field: 'reason', reason: REASON }),
    ).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    // A moderator's hiding needs a reason, and a text the revision holds.
    await expect(
      hideRevisionText(moderator, { heroSlug: slug, number: captionRevision, field: 'reason', reason: 'short' }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT', fields: { reason: 'redactionReasonRequired' } });
    await expect(
      hideRevisionText(moderator, { heroSlug: slug, number: captionRevision, field: 'noSuchField', reason: REASON }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT', fields: { field: 'chooseHiddenField' } });
    await expect(
      hideRevisionText(moderator, { heroSlug: slug, number: 9_999_999, field: 'reason', reason: REASON }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await written()).toEqual(before);
    // The caption is public until a moderator hides it.
    const reads = await publicReads();
    for (const [where, text] of Object.entries(reads)) expect(text, where).toContain(MARKER);
  });

  it('leaves no page, API answer or export with the text; the history says when and why; the audit says who', async () => {
    const created = await hideRevisionText(moderator, {
      heroSlug: slug,
      number: captionRevision,
      field: 'reason',
      reason: REASON,
    });
    await expect(
      hideRevisionText(moderator, { heroSlug: slug, number: captionRevision, field: 'reason', reason: REASON }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await hideRevisionText(moderator, { heroSlug: slug, number: removalRevision, field: 'reason', reason: REASON });

    const reads = await publicReads();
    for (const [where, text] of Object.entries(reads)) expect(text, where).not.toContain(MARKER);
    const date = created.createdAt.toISOString().slice(0, 16).replace('T', ' ');
    const entry = textOf(reads['history en']!);
    expect(entry).toContain(`Summary: text hidden on ${date} UTC. Reason: ${REASON}`);
    expect(textOf(reads['history ru']!)).toContain(`Описание: текст скрыт ${date} UTC. Причина: ${REASON}`);
    const api = JSON.parse(reads.api!) as {
      history: {
        number: number;
        reason: string | null;
        hidden: { field: string; hiddenAt: string; reason: string }[];
      }[];
    };
    const revision = api.history.find((h) => h.number === captionRevision)!;
    expect(revision.reason).toBeNull();
    expect(revision.hidden).toEqual([
      { field: 'reason', hiddenAt: created.createdAt.toISOString(), reason: REASON, previousText: false },
    ]);

    // The revision itself is untouched: the text is hidden, never deleted.
    expect((await prisma.revision.findFirstOrThrow({ where: { heroId, number: captionRevision } })).reason).toContain(
      MARKER,
    );
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { action: 'hide:revision-text', actorId: moderator.id },
      orderBy: { createdAt: 'asc' },
    });
    expect(audit.details).toMatchObject({
      hero: slug,
      revision: captionRevision,
      field: 'reason',
      reason: REASON,
      redaction: created.id,
    });
    expect(JSON.stringify(audit.details)).not.toContain(MARKER);
  });

  it('is read by admins, marked as hidden, and by no one else', async () => {
    const forAdmin = await listRevisionsWithHiddenText(admin, slug, 0);
    const revision = forAdmin!.items.find((r) => r.number === captionRevision)!;
    expect(revision.reason).toContain(MARKER);
    expect(revision.hidden).toMatchObject([{ field: 'reason', reason: REASON }]);
    await expect(listRevisionsWithHiddenText(moderator, slug, 0)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await listRevisions(slug))!.items.find((r) => r.number === captionRevision)!.reason).toBeNull();

    const signedAdmin = await signIn({ role: 'ADMIN' });
    const adminPage = await getPage(`/en/heroes/${slug}/history?controls=1`, {
      headers: { cookie: signedAdmin.cookie },
    });
    expect(adminPage.status).toBe(200);
    expect(textOf(adminPage.html)).toContain(MARKER);
    expect(textOf(adminPage.html)).toContain(`Hidden from the public on`);
    expect(textOf(adminPage.html)).toContain('only admins see it');
    const signedModerator = await signIn({ role: 'MODERATOR' });
    const moderatorPage = await getPage(`/en/heroes/${slug}/history?controls=1`, {
      headers: { cookie: signedModerator.cookie },
    });
    expect(moderatorPage.status).toBe(200);
    expect(moderatorPage.html).not.toContain(MARKER);
    expect(moderatorPage.html).toContain('Hide from the public');
  });

  it('is undone by an admin only, audited, and the text is public again', async () => {
    const [hiding, ...others] = await prisma.revisionRedaction.findMany({
      where: { undoesId: null, field: 'reason' },
      orderBy: { createdAt: 'desc' },
    });
    if (!hiding) throw new Error('no hiding to undo');
    const before = await written();
    await expect(
      undoRedaction(moderator, { redactionId: hiding.id, reason: 'The family agreed to show it.' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await written()).toEqual(before);
    await undoRedaction(admin, { redactionId: hiding.id, reason: 'The family agreed to show it.' });
    await expect(
      undoRedaction(admin, { redactionId: hiding.id, reason: 'The family agreed to show it.' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { action: 'unhide:revision-text', actorId: admin.id },
    });
    expect(audit.details).toMatchObject({ undoes: hiding.id, reason: 'The family agreed to show it.' });
    for (const other of others)
      await undoRedaction(admin, { redactionId: other.id, reason: 'The family agreed to show it.' });
    const reads = await publicReads();
    for (const [where, text] of Object.entries(reads)) expect(text, where).toContain(MARKER);
    expect(textOf(reads['history en']!)).not.toContain('text hidden on');
  });
});

describe('hiding a sentence of a biography', () => {
  it('hides it in the revision that added it and in the one that took it out, in history, comparison, API and export', async () => {
    const contributor = await createUser(prisma, 'writer', 'CONTRIBUTOR');
    const correct = async (biographyEn: string) => {
      const { snapshot } = await readSnapshot(prisma, heroId);
      const base = Object.fromEntries(Object.entries(snapshot).map(([k, v]) => [k, v ?? '']));
      const { id } = await proposeCorrection(contributor, slug, {
        ...base,
        biographyEn,
        sourceUrl: 'https://example.org/redaction-test',
        sourceTitle: '',
        archiveRef: '',
        note: 'A note long enough to pass.',
      });
      return approveSubmission(moderator, { submissionId: id, note: '' });
    };
    const original = (await readSnapshot(prisma, heroId)).snapshot.biographyEn ?? '';
    const added = await correct(`${original} ${SENTENCE}`);
    await correct(original);
    const number = added.number;
    await hideRevisionText(moderator, {
      heroSlug: slug,
      number,
      field: 'biographyEn',
      reason: 'A detail about a living person.',
    });

    const reads = await publicReads();
    for (const [where, text] of Object.entries(reads)) expect(text, where).not.toContain(`Rudaki ${tag}`);
    const comparison = await getPage(`/en/heroes/${slug}/history?from=1&to=${number}`);
    expect(comparison.status).toBe(200);
    expect(comparison.html).not.toContain(`Rudaki ${tag}`);
    expect(textOf(comparison.html)).toContain('is not compared');
    const forAdmin = await listRevisionsWithHiddenText(admin, slug, 0);
    expect(JSON.stringify(forAdmin)).toContain(`Rudaki ${tag}`);
  });
});

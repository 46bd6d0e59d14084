// A picture sent back for changes, amended by its uploader, on the real database and the served
// site: only the uploader, only while sent back; the amendment goes back to the queue with an
// audit row, and every refusal leaves the picture, its files and the audit log as they were.
import { beforeAll, describe, expect, it } from 'vitest';
import { amendMedia, getOwnMediaToAmend } from '../../lib/media/amend';
import { approveMedia, listPendingMedia, rejectMedia, requestMediaChanges, uploadMedia } from '../../lib/media/media';
import { listPublicMedia } from '../../lib/media/public';
import { signIn, type SignedIn } from '../support/auth';
import { useFileDatabase } from '../support/database';
import { publishedHero } from '../support/heroes';
import { UPLOAD_FIELDS, uploadPng } from '../support/images';
import { useSite } from '../support/site';

const site = useSite();
const prisma = useFileDatabase();
let slug: string;
let uploader: SignedIn;
let someoneElse: SignedIn;
let moderator: SignedIn;

const AMENDED = {
  ...UPLOAD_FIELDS,
  kind: 'PHOTOGRAPH',
  caption: 'With his battery, summer 1943',
  captionLanguage: 'en',
  date: '1943',
  place: 'Kursk',
  pictured: 'The Hero, second from the left',
  provenance: 'FAMILY',
  provenanceNote: 'The album of his daughter',
  archiveFond: '',
  archiveOpis: '',
  archiveDelo: '',
  licence: 'CC_BY_SA_4',
  credit: 'Family of the Hero',
};

/** Everything a refused amendment must leave as it was. */
async function state(id: string) {
  return {
    item: await prisma.mediaItem.findUniqueOrThrow({ where: { id }, include: { files: true } }),
    audit: await prisma.auditEvent.count({ where: { targetId: id } }),
  };
}

beforeAll(async () => {
  slug = (await publishedHero(prisma, { skip: 3 })).slug;
  uploader = await signIn();
  someoneElse = await signIn();
  moderator = await signIn({ role: 'MODERATOR' });
});

describe('amending a picture sent back for changes', () => {
  it('lets the uploader correct what they said and sends it back to the queue', async () => {
    const { id } = await uploadPng(uploadMedia, uploader.actor, slug, 'battery.png', [900, 700, '#663311']);
    await requestMediaChanges(moderator.actor, {
      mediaId: id,
      note: 'This is not a portrait: say who is pictured and where.',
    });

    // The account page offers the amendment; the form starts from what was said.
    const account = await (await fetch(`${site.url}/en/account`, { headers: { cookie: uploader.cookie } })).text();
    expect(account).toContain(`/en/heroes/${slug}/media/${id}/amend`);
    const form = await fetch(`${site.url}/en/heroes/${slug}/media/${id}/amend`, {
      headers: { cookie: uploader.cookie },
    });
    expect(form.status).toBe(200);
    const html = await form.text();
    expect(html).toContain('data-testid="media-amend-form"');
    expect(html).toContain('This is not a portrait: say who is pictured and where.');
    expect(html).toContain('Portrait in uniform, 1944');
    expect(html).toContain('value="1944-05"');
    // Nobody else's, and not to someone else.
    expect(
      (await fetch(`${site.url}/en/heroes/${slug}/media/${id}/amend`, { headers: { cookie: someoneElse.cookie } }))
        .status,
    ).toBe(404);
    expect(await getOwnMediaToAmend(someoneElse.actor, id)).toBeNull();

    const before = await state(id);
    await amendMedia(uploader.actor, id, AMENDED);
    const after = await state(id);
    expect(after.item).toMatchObject({
      status: 'PENDING',
      kind: 'PHOTOGRAPH',
      caption: 'With his battery, summer 1943',
      datePrecision: 'YEAR',
      place: 'Kursk',
      pictured: 'The Hero, second from the left',
      provenance: 'FAMILY',
      provenanceNote: 'The album of his daughter',
      archiveFond: null,
      archiveOpis: null,
      archiveDelo: null,
      licence: 'CC_BY_SA_4',
      credit: 'Family of the Hero',
    });
    expect(after.item.date?.toISOString().slice(0, 10)).toBe('1943-01-01');
    // The picture itself is untouched.
    expect(after.item.files).toEqual(before.item.files);
    expect(after.item.originalKey).toBe(before.item.originalKey);
    expect(
      await prisma.auditEvent.findFirst({ where: { targetId: id, action: 'amend:media' }, select: { actorId: true } }),
    ).toEqual({ actorId: uploader.user.id });
    expect((await listPendingMedia(moderator.actor)).map((item) => item.id)).toContain(id);
    expect(await getOwnMediaToAmend(uploader.actor, id)).toBeNull();

    await approveMedia(moderator.actor, { mediaId: id });
    expect((await listPublicMedia(slug)).find((item) => item.id === id)).toMatchObject({
      caption: 'With his battery, summer 1943',
      licence: 'CC_BY_SA_4',
    });
  });

  it('refuses anyone but the uploader, any other status and bad metadata, and changes nothing', async () => {
    const { id } = await uploadPng(uploadMedia, uploader.actor, slug, 'second.png', [910, 710, '#113366']);

    // Still pending: nothing to amend yet.
    let before = await state(id);
    await expect(amendMedia(uploader.actor, id, AMENDED)).rejects.toMatchObject({
      code: 'CONFLICT',
      messageKey: 'notSentBack',
    });
    expect(await state(id)).toEqual(before);

    await requestMediaChanges(moderator.actor, { mediaId: id, note: 'Please give the date.' });
    before = await state(id);
    await expect(amendMedia(someoneElse.actor, id, AMENDED)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(amendMedia(moderator.actor, id, AMENDED)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(amendMedia(null, id, AMENDED)).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(amendMedia(uploader.actor, 'not an id', AMENDED)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      amendMedia(uploader.actor, id, { ...AMENDED, caption: '', licence: 'ALL_MINE', rightsConfirmed: '' }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fields: { caption: 'captionRequired', licence: 'chooseLicence', rightsConfirmed: 'confirmRights' },
    });
    expect(await state(id)).toEqual(before);

    // Rejected: sent back no longer, so no amendment.
    await amendMedia(uploader.actor, id, AMENDED);
    await rejectMedia(moderator.actor, { mediaId: id, note: 'Not of this Hero.' });
    before = await state(id);
    await expect(amendMedia(uploader.actor, id, AMENDED)).rejects.toMatchObject({
      code: 'CONFLICT',
      messageKey: 'notSentBack',
    });
    expect(await state(id)).toEqual(before);
  });
});

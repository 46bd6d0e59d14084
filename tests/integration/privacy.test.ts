// No contributor's or moderator's address is public: people appear by the name they chose, or
// as "Contributor" with a code. Scanned over every kind of public page and API answer after a
// proposal has gone through.
import { beforeAll, describe, expect, it } from 'vitest';
import { approveSubmission } from '../../lib/moderation/moderation';
import { proposeCorrection } from '../../lib/submissions/submissions';
import { getOwnAccount, setDisplayName } from '../../lib/accounts/users';
import { readSnapshot } from '../../lib/revisions/snapshot';
import type { Actor } from '../../lib/permissions';
import { getPage, textOf } from '../support/http';
import { useFileDatabase } from '../support/database';
import { useSite } from '../support/site';

useSite();

const prisma = useFileDatabase();
const tag = `${Date.now()}${Math.random().toString(36).slice(2, 6)}`;
const SLUG = 'fatkhullo-akhmedov';
let contributor: NonNullable<Actor>;
let moderator: NonNullable<Actor>;
const contributorEmail = `grandson.${tag}@family.example`;
const moderatorEmail = `checker.${tag}@moderators.example`;

beforeAll(async () => {
  const c = await prisma.user.create({ data: { email: contributorEmail, name: 'Real Name From GitHub' } });
  const m = await prisma.user.create({ data: { email: moderatorEmail, role: 'MODERATOR' } });
  contributor = { id: c.id, role: 'CONTRIBUTOR', disabled: false };
  moderator = { id: m.id, role: 'MODERATOR', disabled: false };
  const hero = await prisma.hero.findUniqueOrThrow({ where: { slug: SLUG }, select: { id: true } });
  const { snapshot } = await readSnapshot(prisma, hero.id);
  const values = Object.fromEntries(Object.entries(snapshot).map(([k, v]) => [k, v ?? '']));
  const { id } = await proposeCorrection(contributor, SLUG, {
    ...values,
    postwar: `${values.postwar ?? ''} (privacy test ${tag})`.trim(),
    sourceUrl: 'https://example.org/family-papers',
    sourceTitle: '',
    archiveRef: '',
    note: 'From the family papers.',
  });
  await approveSubmission(moderator, { submissionId: id, note: 'Checked.' });
});

async function publicAddresses(): Promise<string[]> {
  const hero = await prisma.hero.findUniqueOrThrow({
    where: { slug: SLUG },
    select: {
      services: { select: { unit: { select: { slug: true } } } },
      battles: { select: { battle: { select: { slug: true } } } },
    },
  });
  const pages = ['', '/heroes', `/heroes/${SLUG}`, `/heroes/${SLUG}/history`, '/about', '/help', '/search?q=akhmedov'];
  pages.push(
    ...hero.services.map((s) => `/units/${s.unit.slug}`),
    ...hero.battles.map((b) => `/battles/${b.battle.slug}`),
  );
  return [
    ...['en', 'ru'].flatMap((locale) => pages.map((page) => `/${locale}${page}`)),
    '/api/heroes',
    `/api/heroes/${SLUG}`,
    '/api/search?q=akhmedov',
  ];
}

describe('what the public sees of the people behind a record', () => {
  it('no public page, API answer or JSON-LD carries an address or the account name', async () => {
    const addresses = await publicAddresses();
    expect(addresses.length).toBeGreaterThan(15);
    for (const address of addresses) {
      const { status, html } = await getPage(address);
      expect(status, address).toBe(200);
      for (const secret of [
        contributorEmail,
        moderatorEmail,
        'Real Name From GitHub',
        '@family.example',
        '@moderators.example',
      ]) {
        expect(html, `${address} shows ${secret}`).not.toContain(secret);
      }
    }
    const history = textOf((await getPage(`/en/heroes/${SLUG}/history`)).html);
    expect(history).toContain(`proposed by Contributor ${contributor.id.slice(-6).toUpperCase()}`);
    expect(history).toMatch(new RegExp(`approved by Contributor ${moderator.id.slice(-6).toUpperCase()}`));
  });

  it('a person chooses the public name; an address is refused and changes nothing', async () => {
    await expect(setDisplayName(contributor, { displayName: 'me@family.example' })).rejects.toMatchObject({
      fields: { displayName: 'displayNameNoAddress' },
    });
    await expect(setDisplayName(contributor, { displayName: 'x' })).rejects.toMatchObject({
      fields: { displayName: 'displayNameTooShort' },
    });
    expect((await getOwnAccount(contributor)).displayName).toBeNull();
    await expect(setDisplayName(null, { displayName: 'Anyone' })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });

    await setDisplayName(contributor, { displayName: '  Grandson\u0000 of Fatkhullo  ' });
    expect((await getOwnAccount(contributor)).displayName).toBe('Grandson of Fatkhullo');
    expect(textOf((await getPage(`/ru/heroes/${SLUG}/history`)).html)).toContain('Grandson of Fatkhullo');
    await setDisplayName(contributor, { displayName: '' });
    expect((await getOwnAccount(contributor)).displayName).toBeNull();
  });
});

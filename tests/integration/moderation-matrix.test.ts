// Every data-changing function of contributions and moderation, called as anonymous, contributor,
// moderator and admin: each allows exactly what the permission table allows, and a refusal
// changes nothing (the proposal, the Hero and the revisions stay as they were).
import { beforeAll, describe, expect, it } from 'vitest';
import { outcome } from '../support/outcome';
import {
  approveSubmission,
  countPending,
  listQueue,
  rejectSubmission,
  requestChanges,
} from '../../lib/moderation/moderation';
import { restoreRevision } from '../../lib/revisions/revisions';
import { readSnapshot } from '../../lib/revisions/snapshot';
import { listAuditEvents } from '../../lib/audit-events';
import { proposeCorrection, withdrawSubmission } from '../../lib/submissions/submissions';
import type { Actor, Role } from '../../lib/permissions';
import { useFileDatabase } from '../support/database';

const prisma = useFileDatabase();
const SLUG = 'ismoil-khamzaaliev';
const tag = Date.now();
const actors: Record<string, Actor> = { anonymous: null };

// The daily cap counts every proposal of the last day, withdrawn ones too: each case has an author of its own.
async function freshSubmission(): Promise<string> {
  const user = await prisma.user.create({
    data: { email: `author.${tag}.${Math.random().toString(36).slice(2)}@modmatrix.test` },
  });
  const author: Actor = { id: user.id, role: 'CONTRIBUTOR', disabled: false };
  const hero = await prisma.hero.findUniqueOrThrow({ where: { slug: SLUG }, select: { id: true } });
  const { snapshot } = await readSnapshot(prisma, hero.id);
  const form = Object.fromEntries(Object.entries(snapshot).map(([k, v]) => [k, v ?? '']));
  const { id } = await proposeCorrection(author, SLUG, {
    ...form,
    role: `role ${Math.random()}`,
    sourceUrl: 'https://example.org/s',
    sourceTitle: '',
    archiveRef: '',
    note: 'A note long enough.',
  });
  return id;
}

async function state(submissionId: string) {
  const hero = await prisma.hero.findUniqueOrThrow({ where: { slug: SLUG }, select: { role: true, version: true } });
  const submission = await prisma.submission.findUniqueOrThrow({
    where: { id: submissionId },
    select: { status: true },
  });
  const revisions = await prisma.revision.count({ where: { hero: { slug: SLUG } } });
  return { hero, submission, revisions };
}

beforeAll(async () => {
  for (const role of ['CONTRIBUTOR', 'MODERATOR', 'ADMIN'] as Role[]) {
    const user = await prisma.user.create({ data: { email: `${role.toLowerCase()}.${tag}@modmatrix.test`, role } });
    actors[role.toLowerCase()] = { id: user.id, role, disabled: false };
  }
});

const moderatorOnly = ['moderator', 'admin'];
const cases: {
  name: string;
  allowed: string[];
  changes: boolean;
  run: (actor: Actor, id: string) => Promise<unknown>;
}[] = [
  {
    name: 'approveSubmission',
    allowed: moderatorOnly,
    changes: true,
    run: (actor, id) => approveSubmission(actor, { submissionId: id }),
  },
  {
    name: 'rejectSubmission',
    allowed: moderatorOnly,
    changes: true,
    run: (actor, id) => rejectSubmission(actor, { submissionId: id, note: 'Not supported.' }),
  },
  {
    name: 'requestChanges',
    allowed: moderatorOnly,
    changes: true,
    run: (actor, id) => requestChanges(actor, { submissionId: id, note: 'Which page?' }),
  },
  {
    name: 'withdrawSubmission (someone else’s)',
    allowed: [],
    changes: false,
    run: (actor, id) => withdrawSubmission(actor, id),
  },
  { name: 'listQueue', allowed: moderatorOnly, changes: false, run: (actor) => listQueue(actor) },
  { name: 'countPending', allowed: moderatorOnly, changes: false, run: (actor) => countPending(actor) },
  { name: 'listAuditEvents', allowed: ['admin'], changes: false, run: (actor) => listAuditEvents(actor) },
];

describe('the permission matrix of moderation', () => {
  for (const testCase of cases) {
    for (const who of ['anonymous', 'contributor', 'moderator', 'admin']) {
      const allowed = testCase.allowed.includes(who);
      const expected = allowed
        ? 'allowed'
        : who === 'anonymous'
          ? 'UNAUTHORIZED'
          : testCase.name.startsWith('withdraw')
            ? 'INVALID_STATE'
            : 'FORBIDDEN';
      it(`${testCase.name} as ${who}: ${expected}`, async () => {
        const id = await freshSubmission();
        const before = await state(id);
        expect(await outcome(() => testCase.run(actors[who]!, id))).toBe(expected);
        const after = await state(id);
        if (!allowed || !testCase.changes) expect(after).toEqual(before);
        else expect(after.submission).not.toEqual(before.submission);
        await prisma.submission.updateMany({
          where: { id, status: { in: ['PENDING', 'NEEDS_CHANGES'] } },
          data: { status: 'WITHDRAWN' },
        });
      });
    }
  }

  it('restoreRevision: moderators and admins only; a refusal leaves the Hero and its history alone', async () => {
    const id = await freshSubmission();
    await approveSubmission(actors.moderator!, { submissionId: id });
    const hero = await prisma.hero.findUniqueOrThrow({ where: { slug: SLUG }, select: { version: true } });
    for (const who of ['anonymous', 'contributor']) {
      const before = await state(id);
      expect(
        await outcome(() =>
          restoreRevision(actors[who]!, { heroSlug: SLUG, number: 1, expectedVersion: hero.version }),
        ),
      ).toBe(who === 'anonymous' ? 'UNAUTHORIZED' : 'FORBIDDEN');
      expect(await state(id)).toEqual(before);
    }
    expect(
      await outcome(() => restoreRevision(actors.admin!, { heroSlug: SLUG, number: 1, expectedVersion: hero.version })),
    ).toBe('allowed');
  });
});

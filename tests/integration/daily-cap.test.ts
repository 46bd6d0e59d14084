// The daily cap on proposals holds when a contributor fires many at once, and withdrawing does
// not make room: it counts every proposal made in the last 24 hours, whatever became of it.
import { describe, expect, it } from 'vitest';
import { proposeSource, withdrawSubmission } from '../../lib/submissions/submissions';
import type { Actor } from '../../lib/permissions';
import { useFileDatabase } from '../support/database';

const prisma = useFileDatabase();
const SLUG = 'p-khanzhin';
const tag = Date.now();

async function makeContributor(name: string): Promise<NonNullable<Actor>> {
  const user = await prisma.user.create({ data: { email: `${name}.${tag}@daily-cap.test` } });
  return { id: user.id, role: 'CONTRIBUTOR', disabled: false };
}

const source = (n: number) => ({
  sourceUrl: `https://example.org/cap-${tag}-${n}`,
  sourceTitle: '',
  archiveRef: '',
  supports: 'the decree date',
  note: 'Found in the regional archive.',
});

// Withdrawn proposals still count against the cap.
async function withdrawAll(actor: NonNullable<Actor>) {
  for (const { id } of await prisma.submission.findMany({
    where: { authorId: actor.id, status: 'PENDING' },
    select: { id: true },
  })) {
    await withdrawSubmission(actor, id);
  }
}

describe('the daily cap on proposals', () => {
  it('ten proposals at once from a contributor with 19: exactly one gets through', async () => {
    const contributor = await makeContributor('racer');
    const hero = await prisma.hero.findUniqueOrThrow({ where: { slug: SLUG }, select: { id: true } });
    await prisma.submission.createMany({
      data: Array.from({ length: 19 }, () => ({
        kind: 'SOURCE' as const,
        status: 'PENDING' as const,
        heroId: hero.id,
        authorId: contributor.id,
        baseVersion: 1,
        baseSnapshot: {},
        payload: {},
        evidence: [],
        note: 'earlier today',
      })),
    });
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, n) => proposeSource(contributor, SLUG, source(n))),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(refused).toHaveLength(9);
    for (const r of refused) expect(r.reason).toMatchObject({ code: 'RATE_LIMITED' });
    expect(await prisma.submission.count({ where: { authorId: contributor.id } })).toBe(20);
  });

  it('twenty proposals withdrawn still block the twenty-first the same day', async () => {
    const contributor = await makeContributor('withdrawer');
    for (let n = 0; n < 20; n += 1) {
      const { id } = await proposeSource(contributor, SLUG, source(100 + n));
      await withdrawSubmission(contributor, id);
    }
    const attempt = proposeSource(contributor, SLUG, source(200));
    await expect(attempt).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    await withdrawAll(contributor);
    expect(await prisma.submission.count({ where: { authorId: contributor.id } })).toBe(20);
  });
});

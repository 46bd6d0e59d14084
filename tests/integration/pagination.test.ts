// Long pages come in pages: the history of a record, the moderation queue and the list of people
// read one page at a time, and their pages link to each other.
import { beforeAll, describe, expect, it } from 'vitest';
import { listRevisions, HISTORY_PAGE_SIZE } from '../../lib/revisions/revisions';
import { listQueue, QUEUE_PAGE_SIZE } from '../../lib/moderation/moderation';
import { listUsers, USERS_PAGE_SIZE } from '../../lib/accounts/users';
import { getPage, textOf } from '../support/http';
import { useSite } from '../support/site';
import { signIn } from '../support/auth';
import { useFileDatabase } from '../support/database';

useSite();
const prisma = useFileDatabase();
const SLUG = 'tuychi-erdzhigitov';
const REVISIONS = HISTORY_PAGE_SIZE + 5;
const tag = `${Date.now()}`.slice(-6);

beforeAll(async () => {
  // Revisions are appended, never changed: writing them directly is what approvals do, many times over.
  const hero = await prisma.hero.findUniqueOrThrow({ where: { slug: SLUG }, select: { id: true } });
  const last = await prisma.revision.findFirst({
    where: { heroId: hero.id },
    orderBy: { number: 'desc' },
    select: { number: true },
  });
  const start = (last?.number ?? 0) + 1;
  for (let number = start; number < start + REVISIONS; number += 1) {
    await prisma.revision.create({
      data: {
        heroId: hero.id,
        number,
        snapshot: { note: `state ${number}` },
        diff: {},
        reason: `Pagination test step ${number}.`,
      },
    });
  }
  const author = await prisma.user.create({ data: { email: `pages.${tag}@zvezda.test` } });
  await prisma.submission.createMany({
    data: Array.from({ length: QUEUE_PAGE_SIZE + 3 }, (_, i) => ({
      kind: 'SOURCE' as const,
      heroId: hero.id,
      authorId: author.id,
      baseVersion: 1,
      baseSnapshot: {},
      payload: {},
      evidence: [],
      note: `Queued ${i}`,
      createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)),
    })),
  });
  await prisma.user.createMany({
    data: Array.from({ length: USERS_PAGE_SIZE }, (_, i) => ({ email: `many.${i}.${tag}@zvezda.test` })),
  });
});

describe('long pages come in pages', () => {
  it('the history shows the newest revisions first, a page at a time, and the next page goes on where the first ended', async () => {
    const total = (await listRevisions(SLUG))!.total;
    expect(total).toBeGreaterThanOrEqual(REVISIONS);
    const first = await getPage(`/en/heroes/${SLUG}/history`);
    expect(first.status).toBe(200);
    const numbers = (html: string) => [...html.matchAll(/data-testid="revision-(\d+)"/g)].map((m) => Number(m[1]));
    expect(numbers(first.html)).toEqual(Array.from({ length: HISTORY_PAGE_SIZE }, (_, i) => total - i));
    expect(first.html).toMatch(new RegExp(`href="/en/heroes/${SLUG}/history\\?page=2"`));
    const second = await getPage(`/en/heroes/${SLUG}/history?page=2`);
    expect(numbers(second.html)[0]).toBe(total - HISTORY_PAGE_SIZE);
    // Any two revisions can still be compared, on whichever page they are listed.
    const compared = await getPage(`/en/heroes/${SLUG}/history?from=1&to=${total}`);
    expect(textOf(compared.html)).toContain(`Differences between revision 1 and revision ${total}`);
    // A page number that is not one is the first page, not an error.
    expect(numbers((await getPage(`/en/heroes/${SLUG}/history?page=abc`)).html)[0]).toBe(total);
  });

  it('the moderation queue and the list of people read one page at a time', async () => {
    const moderator = await signIn({ role: 'ADMIN' });
    const queue = await listQueue(moderator.actor);
    expect(queue.items).toHaveLength(QUEUE_PAGE_SIZE);
    expect(queue.total).toBeGreaterThan(QUEUE_PAGE_SIZE);
    const rest = await listQueue(moderator.actor, { offset: QUEUE_PAGE_SIZE });
    expect(rest.items.length).toBe(queue.total - QUEUE_PAGE_SIZE);
    expect(new Set([...queue.items, ...rest.items].map((item) => item.id)).size).toBe(queue.total);

    const users = await listUsers(moderator.actor);
    expect(users.items).toHaveLength(USERS_PAGE_SIZE);
    const more = await listUsers(moderator.actor, { offset: USERS_PAGE_SIZE });
    expect(users.items.length + more.items.length).toBe(users.total);

    for (const pathname of ['/en/moderation', '/en/admin/users']) {
      const page = await getPage(pathname, { headers: { cookie: moderator.cookie } });
      expect(page.status, pathname).toBe(200);
      expect(page.html, pathname).toMatch(new RegExp(`href="${pathname}\\?page=2"`));
      const next = await getPage(`${pathname}?page=2`, { headers: { cookie: moderator.cookie } });
      expect(textOf(next.html), pathname).toContain('Page 2 of 2');
    }
  });
});

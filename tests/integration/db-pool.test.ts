// The site's connections to PostgreSQL outlive a quiet spell. Pages come from cache, so the
// database can go unread for minutes; the first request after an approval then found pg's idle
// timeout (10 s) had closed every connection and paid to open them again (docs/performance.md).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../lib/db';
import { createPrismaClient } from '../../lib/prisma-client';

const backend = async (client: { $queryRaw: typeof db.$queryRaw }) =>
  (await client.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`)[0]!.pid;

/** pg-pool starts its idle timer when a query gives its connection back: run the query under fake timers, then let a minute pass. */
async function pidsAcrossAQuietMinute(client: { $queryRaw: typeof db.$queryRaw }): Promise<[number, number]> {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  const before = await backend(client);
  await vi.advanceTimersByTimeAsync(60_000);
  vi.useRealTimers();
  // A connection the pool closed is gone once its socket has closed.
  await new Promise((resolve) => setTimeout(resolve, 200));
  return [before, await backend(client)];
}

afterEach(() => {
  vi.useRealTimers();
});

describe('connections to PostgreSQL', () => {
  it("keeps the site's connection open through a quiet minute", async () => {
    const [before, after] = await pidsAcrossAQuietMinute(db);
    expect(after).toBe(before);
  });

  it('closes the idle connection of a client that does not ask to keep it (what the site did before)', async () => {
    const script = createPrismaClient(process.env.DATABASE_URL!, { max: 1 });
    try {
      const [before, after] = await pidsAcrossAQuietMinute(script);
      expect(after).not.toBe(before);
    } finally {
      await script.$disconnect();
    }
  });
});

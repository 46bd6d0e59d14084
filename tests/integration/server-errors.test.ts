// An error inside the served site fails the test that caused it (tests/support/site.ts checks the
// server's log after every test). Proven here by breaking this file's own database under the site:
// the site role loses SELECT on "Hero", so the next read fails deep in the server, as a real bug
// would, with no hook in the application.
import { afterAll, describe, expect, inject, it } from 'vitest';
import { asSiteRole, fileDatabaseUrl, query } from '../support/database';
import { getJson } from '../support/http';
import { serverErrorsIn, useSite } from '../support/site';

const site = useSite();
const role = () => inject('siteRole');

afterAll(() => query(fileDatabaseUrl(), `GRANT SELECT ON "Hero" TO ${role()}`));

async function settled(): Promise<void> {
  // The log arrives through a pipe; give it a moment after the response.
  for (let i = 0; i < 20 && site.serverErrors().length === 0; i += 1)
    await new Promise((resolve) => setTimeout(resolve, 100));
}

describe('errors in the served site', () => {
  it('a healthy request leaves nothing for the check', async () => {
    expect((await getJson('/api/heroes/tuychi-erdzhigitov')).status).toBe(200);
    expect(site.serverErrors()).toEqual([]);
    expect(() => site.assertNoServerErrors()).not.toThrow();
  });

  it('a request that fails inside the server is caught by the check that runs after every test', async () => {
    await query(fileDatabaseUrl(), `REVOKE SELECT ON "Hero" FROM ${role()}`);
    // The site role really lost it: the server's own connection is refused.
    await expect(query(asSiteRole(fileDatabaseUrl()), 'SELECT 1 FROM "Hero" LIMIT 1')).rejects.toThrow(
      /permission denied for table Hero/,
    );
    const response = await fetch(`${site.url}/api/heroes/veniamin-nedoshivin`);
    expect(response.status).toBe(500);
    await settled();
    expect(site.serverErrors().join('\n')).toMatch(/permission denied for table Hero/);
    // What afterEach would do: it throws, naming the error. Thrown here, it is taken, so this
    // test (which caused the error on purpose) passes and the next starts clean.
    expect(() => site.assertNoServerErrors()).toThrow(
      /The site logged \d+ error\(s\):[\s\S]*permission denied for table Hero/,
    );
    expect(site.serverErrors()).toEqual([]);
    await query(fileDatabaseUrl(), `GRANT SELECT ON "Hero" TO ${role()}`);
    expect((await getJson('/api/heroes/veniamin-nedoshivin')).status).toBe(200);
  });

  it("keeps an idle connection open longer than Node's client does, so a reused one is never reset", async () => {
    // Node's HTTP client (and many a reverse proxy) drops an idle connection after 5 s. Had the
    // server dropped it at the same moment, a request sent on it just then was reset
    // (ECONNRESET). Here a client keeps it 20 s.
    const http = await import('node:http');
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1, timeout: 20_000 });
    const get = () =>
      new Promise<{ status: number; reused: boolean }>((resolve, reject) => {
        const request = http.get(`${site.url}/en/about`, { agent }, (response) => {
          response.resume();
          response.on('end', () => resolve({ status: response.statusCode ?? 0, reused: request.reusedSocket }));
        });
        request.on('error', reject);
      });
    try {
      expect(await get()).toEqual({ status: 200, reused: false });
      await new Promise((resolve) => setTimeout(resolve, 6_000));
      expect(await get()).toEqual({ status: 200, reused: true });
    } finally {
      agent.destroy();
    }
  });

  it('reads only the lines the preload marks, each error whole', () => {
    const log = [
      'Zvezda is serving on http://127.0.0.1:1/',
      '[zvezda-test:server-error] "Error: first\\n    at x (y.js:1:1)"',
      ' ⨯ Error: first',
      '[zvezda-test:server-error] "unhandled rejection: second"',
      'a line that mentions Error: but was not logged as one',
    ].join('\n');
    expect(serverErrorsIn(log)).toEqual(['Error: first\n    at x (y.js:1:1)', 'unhandled rejection: second']);
  });
});

// PostgreSQL refuses NUL in text, so a control character that reaches a query is a server error.
// Every query-string boundary cleans or refuses them; this walks the public and moderators'
// addresses that read a query string and puts NUL and other control characters in each value.
import { describe, expect, it } from 'vitest';
import { signIn } from '../support/auth';
import { useSite } from '../support/site';

const site = useSite();

const NASTY = ['%00', 'a%00b', '%01%1F', '%7F', '%E2%80%8B%00'];

const PUBLIC: { path: string; params: string[] }[] = [
  { path: '/api/search', params: ['q', 'region', 'unit', 'battle', 'group', 'decreeFrom', 'posthumous', 'limit'] },
  { path: '/en/search', params: ['q', 'region', 'unit', 'battle', 'group', 'decreeTo'] },
  { path: '/ru/search', params: ['region', 'unit', 'battle'] },
  { path: '/api/heroes', params: ['sort', 'group', 'limit', 'offset', 'q'] },
  { path: '/en/heroes', params: ['sort', 'group', 'limit', 'offset'] },
  { path: '/tg/translate', params: ['into'] },
  { path: '/en/sign-in/error', params: ['error'] },
];

const MODERATORS: { path: string; params: string[] }[] = [
  { path: '/en/moderation', params: ['kind', 'hero', 'page'] },
  { path: '/en/admin/users', params: ['page'] },
];

async function statusOf(path: string, cookie?: string): Promise<number> {
  const response = await fetch(`${site.url}${path}`, { redirect: 'manual', headers: cookie ? { cookie } : {} });
  await response.arrayBuffer();
  return response.status;
}

describe('control characters in a query string', () => {
  it('the search filters clean them: a NUL in region, unit or battle is not an error', async () => {
    for (const param of ['region', 'unit', 'battle']) {
      expect(await statusOf(`/api/search?q=a&${param}=%00`), param).toBe(200);
      expect(await statusOf(`/en/search?q=a&${param}=%00`), param).toBe(200);
    }
  });

  it('no public address answers 5xx for any of them', async () => {
    const failures: string[] = [];
    for (const { path, params } of PUBLIC)
      for (const param of params)
        for (const value of NASTY) {
          const address = `${path}?${param}=${value}`;
          const status = await statusOf(address);
          if (status >= 500) failures.push(`${address} → ${status}`);
        }
    expect(failures).toEqual([]);
  });

  it("nor does any moderator's or admin's page", async () => {
    const admin = await signIn({ role: 'ADMIN' });
    const failures: string[] = [];
    for (const { path, params } of MODERATORS)
      for (const param of params)
        for (const value of NASTY) {
          const address = `${path}?${param}=${value}`;
          const status = await statusOf(address, admin.cookie);
          if (status >= 500) failures.push(`${address} → ${status}`);
        }
    expect(failures).toEqual([]);
  });
});

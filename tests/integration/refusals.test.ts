// Input the site's own server refuses before Next, cleanly: a 400 in the reader's language where
// Next would answer 500; and what Next says only to itself stays inside.
import { describe, expect, it } from 'vitest';
import en from '../../messages/en.json' with { type: 'json' };
import ru from '../../messages/ru.json' with { type: 'json' };
import tg from '../../messages/tg.json' with { type: 'json' };
import { useSite } from '../support/site';

const site = useSite();

describe('addresses whose escapes decode once but not twice', () => {
  // "%25" decodes to "%", which Next decodes again and fails on (URIError, a bare 500).
  for (const [address, text] of [
    ['/en/heroes/100%25', en.errors.malformedAddress],
    ['/en/units/_%25', en.errors.malformedAddress],
    ['/en/help/%25d', en.errors.malformedAddress],
    ['/en/heroes/veniamin-nedoshivin/history-pages/%25%25', en.errors.malformedAddress],
    ['/ru/heroes/100%25', ru.errors.malformedAddress],
    ['/tg/battles/%25E0%25A4%25A', tg.errors.malformedAddress],
  ] as const) {
    it(`${address} answers 400 in the reader's language`, async () => {
      const response = await fetch(`${site.url}${address}`, { redirect: 'manual' });
      expect(response.status).toBe(400);
      expect(await response.text()).toContain(text);
    });
  }

  it('an escape that decodes twice, and a query string with "%25", are still served', async () => {
    expect((await fetch(`${site.url}/en/heroes/veniamin-nedoshivin`, { redirect: 'manual' })).status).toBe(200);
    expect((await fetch(`${site.url}/en/search?q=100%25`, { redirect: 'manual' })).status).toBe(200);
  });
});

describe('internal headers', () => {
  it('the address a request was rewritten to is not sent to the client', async () => {
    for (const address of ['/en/heroes', '/en/heroes?sort=decree', '/en/heroes/veniamin-nedoshivin/history']) {
      const response = await fetch(`${site.url}${address}`, { redirect: 'manual' });
      expect(response.status, address).toBe(200);
      expect(response.headers.get('x-middleware-rewrite'), address).toBeNull();
    }
  });
});

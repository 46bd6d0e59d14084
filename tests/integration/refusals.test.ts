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

  it("is the site's own page in the reader's language, and JSON on /api", async () => {
    const page = await fetch(`${site.url}/tg/heroes/100%25`, { redirect: 'manual' });
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await page.text();
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('<html lang="tg">');
    expect(html).toContain(`<h1>${tg.errors.malformedAddress}</h1>`);
    expect(html).toContain(`<a href="/tg/heroes">${tg.notFound.back}</a>`);
    const api = await fetch(`${site.url}/api/heroes/100%25`, { redirect: 'manual' });
    expect(api.status).toBe(400);
    expect(api.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await api.json()).toEqual({ error: en.errors.malformedAddress });
  });

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

describe('server actions whose body is not a form', () => {
  // Next's own client posts actions as multipart forms; anything else fails inside Next (500).
  for (const [label, headers, body] of [
    ['JSON', { 'content-type': 'application/json' }, '{"a":[[[[{}]]]]}'],
    ['text', { 'content-type': 'text/plain;charset=UTF-8' }, '["$@1",{"$@1":"$@1"}]'],
    ['no Content-Type', {}, 'x'],
  ] as const) {
    it(`${label}: refused with 400 in the reader's language before Next reads it`, async () => {
      // A real action of the page, as an attacker reads it from the form.
      const page = await (await fetch(`${site.url}/ru/sign-in`)).text();
      const actionId = /name="\$ACTION_ID_([^"]+)"/.exec(page)![1]!;
      const response = await fetch(`${site.url}/ru/sign-in`, {
        method: 'POST',
        headers: { 'next-action': actionId, ...headers },
        body: new TextEncoder().encode(body),
        redirect: 'manual',
      });
      expect(response.status).toBe(400);
      expect(await response.text()).toContain(ru.errors.malformedForm);
    });
  }
});

describe("Next's image optimizer", () => {
  it('is off: /_next/image answers 404, never 500, and resizes nothing', async () => {
    for (const address of [
      '/_next/image?url=/etc/passwd&w=64&q=75',
      '/_next/image?url=%2Ffavicon.ico&w=64&q=75',
      '/_next/image',
    ]) {
      const response = await fetch(`${site.url}${address}`, { redirect: 'manual' });
      expect(response.status, address).toBe(404);
      expect(response.headers.get('content-type') ?? '', address).not.toMatch(/^image\//);
    }
  });
});

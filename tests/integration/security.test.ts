// The archive tried as an attacker would, against the site served the way npm start serves it:
// sign-in links, rate limits, redirects, the protections on every response, refusals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sameSitePath } from '../../lib/security/redirects';
import { listenHost } from '../../server/server-address';
import { parseEnv } from '../../lib/env';
import { requestLinkOverHttp, signIn, signInForm } from '../support/auth';
import { mailsTo, signInLink, waitForMail } from '../support/mail';
import { fetchFrom, getPage, textOf } from '../support/http';
import { startSite, type Site } from '../support/site';
import { fileDatabaseUrl, useFileDatabase } from '../support/database';
import { useSite } from '../support/site';

const site = useSite();

const prisma = useFileDatabase();
const unique = (name: string) => `${name}.${Date.now()}.${Math.random().toString(36).slice(2, 7)}@zvezda.test`;
const settle = () => new Promise((resolve) => setTimeout(resolve, 600));

/** Another instance of the site on the same database and mail server, with its own settings. */
async function ownSite(env: Record<string, string>): Promise<Site> {
  return startSite({
    DATABASE_URL: fileDatabaseUrl(),
    EMAIL_SERVER: `smtp://127.0.0.1:${site.mailPort}`,
    EMAIL_FROM: 'Zvezda <no-reply@zvezda.test>',
    ...env,
  });
}

describe('sign-in links are built from the configured address only', () => {
  it('a request with a poisoned Host or X-Forwarded-Host still mails a link to the site', async () => {
    const origin = new URL(site.url);
    const poisoned: Record<string, string>[] = [
      { Host: 'evil.example' },
      { 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'https' },
    ];
    for (const headers of poisoned) {
      const email = unique('poisoned');
      const response = await requestLinkOverHttp(email, headers);
      expect(response.status).toBe(303);
      const [mail] = await waitForMail(email);
      const link = new URL(signInLink(mail!));
      expect(link.origin).toBe(origin.origin);
      expect(mail!.raw).not.toContain('evil.example');
    }
  });

  it('a link is valid for one hour at most, and the mail says so', async () => {
    const email = unique('hour');
    await requestLinkOverHttp(email);
    const [mail] = await waitForMail(email);
    expect(mail!.raw).toContain('valid for 1 hour');
    const token = await prisma.verificationToken.findFirstOrThrow({ where: { identifier: email } });
    expect(token.expires.getTime() - Date.now()).toBeLessThanOrEqual(60 * 60 * 1000);
  });
});

describe('rate limits that a client cannot talk its way around', () => {
  let direct: Site;
  let behindProxy: Site;
  beforeAll(async () => {
    // Three links an hour per client; the file's main site allows thousands.
    direct = await ownSite({ SIGN_IN_LIMIT_PER_CLIENT: '3' });
    // Loopback is the "proxy" here, so X-Forwarded-For names distinct clients.
    behindProxy = await ownSite({
      TRUSTED_PROXIES: '127.0.0.1,::1',
      SIGN_IN_LIMIT_PER_ADDRESS: '2',
      SIGN_IN_LIMIT_PER_ADDRESS_TOTAL: '4',
    });
  });
  afterAll(async () => {
    await direct?.stop();
    await behindProxy?.stop();
  });

  it('rotating X-Forwarded-For does not reset the per-client limit', async () => {
    const emails = Array.from({ length: 6 }, (_, i) => unique(`rotating${i}`));
    const client = `127.${1 + Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${2 + Math.floor(Math.random() * 250)}`;
    for (const [i, email] of emails.entries()) {
      const response = await fetchFrom(client, `${direct.url}/en/sign-in`, {
        method: 'POST',
        body: await signInForm(email, { base: direct.url }),
        headers: { 'X-Forwarded-For': `198.51.100.${i + 1}` },
      });
      expect(response.status).toBe(303);
    }
    await settle();
    const delivered = emails.filter((email) => mailsTo(email).length > 0);
    expect(delivered).toHaveLength(3);
  });

  it('a stranger cannot lock the owner out, nor send unlimited mail to one address', async () => {
    const owner = unique('owner');
    // The owner signs in once from their browser, which remembers it.
    await requestLinkOverHttp(owner, { 'X-Forwarded-For': '192.0.2.10' }, behindProxy.url);
    const [first] = await waitForMail(owner);
    const callback = await fetch(signInLink(first!), {
      redirect: 'manual',
      headers: { 'X-Forwarded-For': '192.0.2.10' },
    });
    const known = callback.headers.getSetCookie().find((cookie) => cookie.startsWith('zvezda-known-browser='));
    expect(known).toBeDefined();

    // Strangers from five addresses ask for links to the owner's address, many times each.
    for (let stranger = 1; stranger <= 5; stranger += 1) {
      for (let i = 0; i < 4; i += 1)
        await requestLinkOverHttp(owner, { 'X-Forwarded-For': `203.0.113.${stranger}` }, behindProxy.url);
    }
    await settle();
    const fromStrangers = mailsTo(owner).length - 1;
    expect(fromStrangers).toBeLessThanOrEqual(4); // the address's total, whatever the number of strangers
    expect(fromStrangers).toBeGreaterThan(0);

    // The owner's own browser still gets a link, from a new network address too.
    const before = mailsTo(owner).length;
    await requestLinkOverHttp(
      owner,
      { 'X-Forwarded-For': '192.0.2.99', cookie: known!.split(';')[0]! },
      behindProxy.url,
    );
    await waitForMail(owner, before + 1);
  });
});

describe('redirects stay on the site', () => {
  it('keeps same-origin paths and drops every other target', () => {
    const base = 'http://site.example';
    expect(sameSitePath('/en/account?x=1', base)).toBe('/en/account?x=1');
    expect(sameSitePath('http://site.example//evil.example/x', base)).toBe('/evil.example/x');
    expect(sameSitePath('//evil.example/x', base)).toBe('/');
    expect(sameSitePath('/\\evil.example/x', base)).toBe('/');
    expect(sameSitePath('https://evil.example/', base)).toBe('/');
    expect(sameSitePath('javascript:alert(1)', base)).toBe('/');
  });

  it('sign-out with a callback to //host ends on the site', async () => {
    const base = site.url;
    const csrf = await fetch(`${base}/api/auth/csrf`);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const cookie = csrf.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const response = await fetch(`${base}/api/auth/signout`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', origin: base },
      body: new URLSearchParams({ csrfToken, callbackUrl: `${base}//evil.example/x` }),
    });
    const location = response.headers.get('location') ?? '';
    expect(location).not.toMatch(/^\/\//);
    expect(new URL(location, base).origin).toBe(new URL(base).origin);
  });
});

describe('every response carries its protections', () => {
  const paths = [
    '/en/heroes/veniamin-nedoshivin',
    '/api/heroes/veniamin-nedoshivin',
    '/api/auth/session',
    '/en/no-such-page',
    '/no-such-file.txt',
    '/api/no-such-route',
    '/en/sign-in',
  ];
  it.each(paths)('%s', async (pathname) => {
    const response = await fetch(`${site.url}${pathname}`, { redirect: 'manual' });
    const csp = response.headers.get('content-security-policy') ?? '';
    const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
    // A nonce for this response, and either 'strict-dynamic' or the hashes of the page's own
    // inline scripts; never a blanket allowance of inline script.
    expect(scriptSrc).toMatch(/^'self' 'nonce-[\w+/=]+'( 'strict-dynamic'| 'sha256-[\w+/=]+')*$/);
    expect(scriptSrc).not.toContain('unsafe-inline');
    for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'", "form-action 'self'"])
      expect(csp).toContain(directive);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('permissions-policy')).toContain('camera=()');
    // The test site is plain http: no HSTS there.
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });

  function executableScripts(html: string) {
    return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
      .map((match) => ({ attributes: match[1]!, body: match[2]! }))
      .filter((script) => !/type="application\/ld\+json"/.test(script.attributes));
  }

  it("a page where a signed-in person acts carries this request's nonce on every script, with strict-dynamic", async () => {
    const { html, headers } = await getPage('/en/sign-in');
    const policy = headers.get('content-security-policy') ?? '';
    const nonce = /'nonce-([^']+)'/.exec(policy)![1]!;
    expect(policy).toContain("'strict-dynamic'");
    const scripts = executableScripts(html);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script.attributes).toContain(`nonce="${nonce}"`);
    const again = await getPage('/en/sign-in');
    expect(again.headers.get('content-security-policy')).not.toContain(nonce);
  });

  /** The scripts of a page its own policy would block, judged as a browser does. */
  async function blockedScripts(html: string, policy: string): Promise<string[]> {
    const { createHash } = await import('node:crypto');
    const scriptSrc = /script-src ([^;]*)/.exec(policy)?.[1] ?? '';
    const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1];
    const strictDynamic = scriptSrc.includes("'strict-dynamic'");
    return executableScripts(html)
      .filter((script) => {
        if (nonce && script.attributes.includes(`nonce="${nonce}"`)) return false;
        // Under 'strict-dynamic' a parser-inserted script needs the nonce or a hash; 'self' no longer counts.
        if (/\bsrc=/.test(script.attributes)) return strictDynamic;
        return !scriptSrc.includes(`'sha256-${createHash('sha256').update(script.body, 'utf8').digest('base64')}'`);
      })
      .map((script) => (script.attributes + script.body).slice(0, 80));
  }

  it('a page rendered per request runs all its scripts on every visit, not only the first', async () => {
    const moderator = await signIn({ role: 'MODERATOR' });
    for (const [pathname, cookie] of [
      ['/en/sign-in', ''],
      ['/en/account', moderator.cookie],
      ['/en/moderation', moderator.cookie],
    ] as const) {
      for (let visit = 1; visit <= 3; visit += 1) {
        const response = await fetch(`${site.url}${pathname}`, { headers: { cookie }, redirect: 'manual' });
        expect(response.status, pathname).toBe(200);
        const html = await response.text();
        expect(executableScripts(html).length).toBeGreaterThan(0);
        await expect(
          blockedScripts(html, response.headers.get('content-security-policy') ?? ''),
          `${pathname}, visit ${visit}`,
        ).resolves.toEqual([]);
      }
    }
  });

  it('a page the browser revalidates keeps the policy that came with it: a 304 carries none', async () => {
    // Headers on a 304 replace the ones the browser kept with the page; a fresh policy there
    // would block the kept page's scripts. Checked on the server's own response path.
    const { createServer } = await import('node:http');
    const { holdHtmlForPolicy } = await import('../../server/html-policy');
    const { securityHeaders } = await import('../../lib/security/headers');
    const server = createServer((request, response) => {
      for (const [name, value] of Object.entries(securityHeaders('abc', { https: false })))
        response.setHeader(name, value);
      holdHtmlForPolicy(request, response, 'abc', { https: false });
      if (request.headers['if-none-match'] === '"v1"') {
        response.writeHead(304, { etag: '"v1"' });
        response.end();
      } else {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag: '"v1"' });
        response.end('<!DOCTYPE html><html><body><script>self.__next_f.push([1,"x"])</script></body></html>');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
    try {
      const page = await fetch(base);
      await page.text();
      expect(page.headers.get('content-security-policy')).toContain("'sha256-");
      const again = await fetch(base, { headers: { 'if-none-match': '"v1"' } });
      expect(again.status).toBe(304);
      expect(again.headers.get('content-security-policy')).toBeNull();
      expect(again.headers.get('x-content-type-options')).toBe('nosniff');
    } finally {
      server.close();
    }
  });

  it('a page served from cache allows exactly its own inline scripts, by hash', async () => {
    const { createHash } = await import('node:crypto');
    await getPage('/en/heroes/veniamin-nedoshivin');
    const { html, headers } = await getPage('/en/heroes/veniamin-nedoshivin');
    const policy = headers.get('content-security-policy') ?? '';
    const inline = executableScripts(html).filter((script) => !/\bsrc=/.test(script.attributes));
    expect(inline.length).toBeGreaterThan(0);
    for (const script of inline) {
      const hash = createHash('sha256').update(script.body, 'utf8').digest('base64');
      expect(policy, script.body.slice(0, 60)).toContain(`'sha256-${hash}'`);
    }
    // An inline script anyone could write (an injected one) has no hash in the policy.
    const injected = createHash('sha256').update('alert(document.cookie)', 'utf8').digest('base64');
    expect(policy).not.toContain(injected);
    expect(policy).not.toContain("'strict-dynamic'");
  });

  it('over HTTPS the site sends HSTS and upgrade-insecure-requests, and marks cookies Secure', async () => {
    const https = await ownSite({ SITE_URL: 'https://zvezda.example' });
    try {
      const page = await fetch(`${https.url}/en/about`);
      expect(page.headers.get('strict-transport-security')).toMatch(/max-age=\d{8}/);
      expect(page.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
      const csrf = await fetch(`${https.url}/api/auth/csrf`);
      const cookies = csrf.headers.getSetCookie();
      expect(cookies.length).toBeGreaterThan(0);
      for (const cookie of cookies) expect(cookie).toMatch(/;\s*Secure/i);
    } finally {
      await https.stop();
    }
  });
});

describe('where the site listens', () => {
  it('listens on loopback only while links go to the log, and refuses another address naming EMAIL_SERVER', () => {
    const logging = parseEnv({ NODE_ENV: 'production', ZVEZDA_EMBEDDED_DB: '1' });
    expect(listenHost(logging)).toBe('127.0.0.1');
    expect(() => listenHost(parseEnv({ NODE_ENV: 'production', ZVEZDA_EMBEDDED_DB: '1', HOST: '0.0.0.0' }))).toThrow(
      /EMAIL_SERVER/,
    );
    expect(
      listenHost(parseEnv({ NODE_ENV: 'production', EMAIL_SERVER: 'smtp://mail.example:587', HOST: '0.0.0.0' })),
    ).toBe('0.0.0.0');
  });
});

describe('refusals are 4xx with a message, never 500', () => {
  it("a body over the limit gets 413 in the reader's language, and nothing is saved", async () => {
    const email = unique('huge');
    const form = await signInForm(email, { locale: 'ru' });
    form.set('padding', 'x'.repeat(2 * 1024 * 1024));
    const response = await fetch(`${site.url}/ru/sign-in`, { method: 'POST', body: form, redirect: 'manual' });
    expect(response.status).toBe(413);
    expect(await response.text()).toContain('больше 1 МБ');
    await settle();
    expect(mailsTo(email)).toHaveLength(0);
  });

  it('a server action posted from another origin gets 403', async () => {
    const email = unique('csrf');
    const form = await signInForm(email);
    const response = await fetch(`${site.url}/en/sign-in`, {
      method: 'POST',
      body: form,
      redirect: 'manual',
      headers: { origin: 'https://evil.example' },
    });
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('another site');
    await settle();
    expect(mailsTo(email)).toHaveLength(0);
  });

  it('oversized and malformed input never produces a 5xx', async () => {
    const base = site.url;
    const requests: [string, RequestInit?][] = [
      [`/en/search?q=${'я'.repeat(5000)}`],
      ['/en/search?q=%E0%A4%A'],
      ['/en/heroes/%E0%A4%A'],
      ['/en/heroes?limit=99999999999999999999&offset=-1'],
      ['/api/search?q=%00%ff&limit=abc'],
      ['/api/heroes/%2e%2e%2f%2e%2e'],
      [`/en/heroes/${'a'.repeat(3000)}`],
      [
        '/en/sign-in',
        { method: 'POST', body: 'not a form', headers: { 'content-type': 'multipart/form-data; boundary=x' } },
      ],
      [
        '/en/sign-in',
        { method: 'POST', body: '{"a":', headers: { 'content-type': 'application/json', 'next-action': 'deadbeef' } },
      ],
      ['/api/auth/signin/github', { method: 'POST', body: 'csrfToken=x' }],
    ];
    for (const [pathname, init] of requests) {
      const response = await fetch(`${base}${pathname}`, { redirect: 'manual', ...init });
      expect(response.status, `${init?.method ?? 'GET'} ${pathname.slice(0, 80)}`).toBeLessThan(500);
    }
    // Auth.js refuses the unconfigured provider with a 4xx, and logs it as an error.
    await site.expectServerErrors(/Provider with id "github" not found/, 1);
  });
});

describe("messages in the reader's language", () => {
  it('a Russian page shows Russian error text', async () => {
    const { html } = await getPage(`/ru/search?q=${'а'.repeat(201)}`);
    expect(textOf(html)).toContain('Запрос — не более 200 символов.');
    const list = await getPage('/ru/heroes?group=nobody');
    expect(textOf(list.html)).toContain('Неверный запрос списка');
    expect(textOf(list.html)).not.toMatch(/Invalid option|expected one of/);
  });
});

// Public pages are served from cache and still right the moment a record changes: on the next
// request, on this instance and on another one serving the same database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '../../lib/prisma-client';
import { approveSubmission } from '../../lib/moderation/moderation';
import { proposeCorrection, proposeNewHero } from '../../lib/submissions/submissions';
import { restoreRevision } from '../../lib/revisions/revisions';
import { readSnapshot } from '../../lib/revisions/snapshot';
import type { Actor } from '../../lib/permissions';
import { textOf } from '../support/http';
import { startSite, useSite, type Site } from '../support/site';
import { asSiteRole, fileDatabaseUrl } from '../support/database';

const site = useSite();
const prisma = createPrismaClient(fileDatabaseUrl(), { max: 2 });
const tag = `${Date.now()}`.slice(-6);
const SLUG = 'boris-shmelyov';
let contributor: NonNullable<Actor>;
let moderator: NonNullable<Actor>;
let second: Site;

async function page(base: string, pathname: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}${pathname}`, { headers });
  expect(response.status, pathname).toBe(200);
  const html = await response.text();
  return {
    text: textOf(html),
    cache: response.headers.get('x-nextjs-cache'),
    postponed: response.headers.get('x-nextjs-postponed') !== null,
    /** How many times the page's data travels in it: each of Next's flight payloads declares React's fragment once. */
    payloads: html.split('$Sreact.fragment').length - 1,
    kept: response.headers.get('x-zvezda-cache') === 'HIT',
  };
}

/** Asks until the site's server answers from what it keeps (it compresses a page before keeping it). */
async function untilKept(base: string, pathname: string) {
  let answer = await page(base, pathname);
  for (let attempt = 0; attempt < 10 && !answer.kept; attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    answer = await page(base, pathname);
  }
  return answer;
}

async function setRank(rank: string) {
  const hero = await prisma.hero.findUniqueOrThrow({ where: { slug: SLUG }, select: { id: true } });
  const { snapshot } = await readSnapshot(prisma, hero.id);
  const values = Object.fromEntries(Object.entries(snapshot).map(([k, v]) => [k, v ?? '']));
  const { id } = await proposeCorrection(contributor, SLUG, {
    ...values,
    rankAtFeat: rank,
    sourceUrl: 'https://example.org/cache-test',
    sourceTitle: '',
    archiveRef: '',
    note: 'Cache test.',
  });
  return approveSubmission(moderator, { submissionId: id, note: '' });
}

beforeAll(async () => {
  const c = await prisma.user.create({ data: { email: `cache.c.${tag}@zvezda.test` } });
  const m = await prisma.user.create({ data: { email: `cache.m.${tag}@zvezda.test`, role: 'MODERATOR' } });
  contributor = { id: c.id, role: 'CONTRIBUTOR', disabled: false };
  moderator = { id: m.id, role: 'MODERATOR', disabled: false };
  second = await startSite({
    DATABASE_URL: asSiteRole(fileDatabaseUrl()),
    EMAIL_SERVER: `smtp://127.0.0.1:${site.mailPort}`,
  });
});
afterAll(async () => {
  await second?.stop();
  await prisma.$disconnect();
});

describe('pages served from cache', () => {
  it('a profile is served from cache, and an approval shows on the profile, its unit and its history at the next request, on both instances', async () => {
    const base = site.url;
    const unit = await prisma.service.findFirstOrThrow({
      where: { hero: { slug: SLUG } },
      select: { unit: { select: { slug: true } } },
    });
    const pages = [
      `/en/heroes/${SLUG}`,
      `/ru/heroes/${SLUG}`,
      `/en/units/${unit.unit.slug}`,
      `/en/heroes/${SLUG}/history`,
    ];
    // Warm both instances' caches; a page asked twice comes from cache (the very first answer
    // after a build is rendered for its request while Next fills its cache).
    for (let round = 0; round < 2; round += 1)
      for (const site of [base, second.url]) for (const pathname of pages) await page(site, pathname);
    expect((await page(base, `/en/heroes/${SLUG}`)).cache).toBe('HIT');
    // The finished answer is kept by the site's server (server/page-cache.ts), on both instances...
    for (const site of [base, second.url])
      for (const pathname of pages) expect((await untilKept(site, pathname)).kept, `${site}${pathname}`).toBe(true);
    // ...but never for a signed-in reader or Next's client navigation, whose answers Next makes.
    expect((await page(base, `/en/heroes/${SLUG}`, { cookie: 'authjs.session-token=whoever' })).kept).toBe(false);
    expect((await page(base, `/en/heroes/${SLUG}`, { rsc: '1' })).kept).toBe(false);

    for (const site of [base, second.url]) for (let round = 0; round < 2; round += 1) await page(site, '/en');

    const rank = `staff sergeant ${tag}`;
    await setRank(rank);
    // A new rank changes no count and no text of the collection: the home page stays in Next's
    // cache (the database says when a count changes, lib/cache.ts).
    for (const site of [base, second.url]) expect((await page(site, '/en')).cache, site).toMatch(/^(HIT|STALE)$/);
    for (const site of [base, second.url]) {
      for (const pathname of pages) {
        const after = await page(site, pathname);
        // The history shows the change word by word: its new words are the tag.
        expect(after.text, `${site}${pathname}`).toContain(pathname.endsWith('/history') ? `[ added : ${tag} ]` : rank);
        expect(after.kept, `${site}${pathname}`).toBe(false);
        // Rendered once, whole, and stored (ensureStatic, lib/heroes/cached.ts): not the route's
        // shell with the page rendered into it for this request, which carries the data twice.
        expect(
          { cache: after.cache, postponed: after.postponed, payloads: after.payloads },
          `${site}${pathname}`,
        ).toEqual({ cache: 'MISS', postponed: false, payloads: 1 });
      }
    }
    // That answer is kept in its turn.
    for (const site of [base, second.url]) {
      const again = await untilKept(site, `/en/heroes/${SLUG}`);
      expect(again.kept, site).toBe(true);
      expect(again.text).toContain(rank);
    }

    // A restore is a write like any other.
    const before = await prisma.revision.findFirstOrThrow({
      where: { hero: { slug: SLUG } },
      orderBy: { number: 'desc' },
      skip: 1,
      select: { number: true },
    });
    const hero = await prisma.hero.findUniqueOrThrow({ where: { slug: SLUG }, select: { version: true } });
    await restoreRevision(moderator, { heroSlug: SLUG, number: before.number, expectedVersion: hero.version });
    for (const site of [base, second.url]) expect((await page(site, `/en/heroes/${SLUG}`)).text).not.toContain(rank);
  });

  it('the list is a cached page per view, and a new Hero appears in every view at the next request, on both instances', async () => {
    const views = ['/en/heroes', '/ru/heroes?sort=decree', `/tg/heroes?group=TAJIK_SSR&offset=0`];
    for (const base of [site.url, second.url]) for (const pathname of views) await page(base, pathname);
    // Served from cache: HIT, or STALE when the entry was stored just after the previous test's
    // approval and is being refreshed once more (lib/cache-handlers).
    for (const pathname of views) expect((await page(site.url, pathname)).cache, pathname).toMatch(/^(HIT|STALE)$/);
    // A query that is not a cached view still answers, rendered for its request.
    expect((await page(site.url, '/en/heroes?limit=7')).cache).toBeNull();

    const outside = async (base: string) =>
      Number(
        /(\d+) more Hero(?:es)? (?:is|are) linked to Tajikistan but outside/.exec(
          (await page(base, '/en')).text,
        )?.[1] ?? 0,
      );
    const outsideBefore = await Promise.all([site.url, second.url].map(outside));
    const surname = `Cachetov${tag}`;
    const { id } = await proposeNewHero(contributor, {
      surnameRu: 'Кэшев',
      givenRu: 'Тест',
      patronymicRu: '',
      surnameEn: surname,
      givenEn: 'Test',
      fullNameTg: '',
      nationality: '',
      birthDate: '1920',
      deathDate: '',
      rankAtFeat: '',
      role: '',
      featDate: '',
      featPlace: '',
      titleDecreeDate: '1940-01-01',
      postwar: '',
      biographyEn: 'A record made by the cache test.',
      biographyRu: 'Запись, сделанная проверкой кэша.',
      group: 'TAJIK_SSR',
      countedIn64: 'no',
      membershipNote: 'A record made by the cache test.',
      sourceUrl: 'https://example.org/cache-test-list',
      sourceTitle: '',
      archiveRef: '',
      note: 'The cache test proposes this record.',
    });
    await approveSubmission(moderator, { submissionId: id, note: '' });
    for (const base of [site.url, second.url]) {
      // Sorted by decree, the earliest decree comes first: the new record opens every decree view.
      expect((await page(base, '/ru/heroes?sort=decree')).text).toContain('Кэшев');
      expect((await page(base, '/tg/heroes?group=TAJIK_SSR&offset=0')).text).toContain('Кэшев');
      expect((await page(base, '/en/heroes')).text).toMatch(/24 Heroes/);
    }
    // Not counted in the 64: the home page counts one more Hero outside that count, on both instances.
    expect(await Promise.all([site.url, second.url].map(outside))).toEqual(outsideBefore.map((count) => count + 1));
  });

  it('a page that does not exist is rendered for each request, never kept for its address', async () => {
    // Anyone can ask for any address; a kept 404 would be one more cache entry (and file) per address.
    for (const pathname of [
      `/en/heroes/no-such-hero-${tag}`,
      `/ru/units/no-such-unit-${tag}`,
      `/no-such-file-${tag}.txt`,
    ]) {
      for (let round = 0; round < 2; round += 1) {
        const response = await fetch(`${site.url}${pathname}`);
        expect(response.status, pathname).toBe(404);
        expect(response.headers.get('x-nextjs-cache'), `${pathname}, request ${round + 1}`).toBe('MISS');
      }
    }
  });

  it('search answers carry an ETag and Cache-Control, and a repeated answer is 304', async () => {
    const base = site.url;
    const first = await fetch(`${base}/api/search?q=nedoshivin`);
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('public, max-age=60');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const body = (await first.json()) as { results: { slug: string }[] };
    expect(body.results[0]?.slug).toBe('veniamin-nedoshivin');
    const again = await fetch(`${base}/api/search?q=nedoshivin`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    const other = await fetch(`${base}/api/search?q=erdzhigitov`, { headers: { 'if-none-match': etag } });
    expect(other.status).toBe(200);
  });

  it('SIGUSR2 makes the server forget every page it keeps: a change written behind its back shows at the next request, and approvals still do', async () => {
    const base = site.url;
    const other = 'veniamin-nedoshivin';
    for (let round = 0; round < 2; round += 1) await page(base, `/en/heroes/${other}`);
    expect((await untilKept(base, `/en/heroes/${other}`)).kept).toBe(true);
    // As a restore into the database, or a test's database cloned again under the server, would:
    // no invalidation written, so nothing tells the server.
    const rank = `senior lieutenant ${tag}`;
    await prisma.$executeRaw`UPDATE "Hero" SET "rankAtFeat" = ${rank} WHERE "slug" = ${other}`;
    const unchanged = await page(base, `/en/heroes/${other}`);
    expect(unchanged.kept).toBe(true);
    expect(unchanged.text).not.toContain(rank);

    await site.forget();
    const after = await page(base, `/en/heroes/${other}`);
    expect(after.kept).toBe(false);
    expect(after.text).toContain(rank);
    // It learns of changes again, over a new connection: an approval shows at the next request.
    for (let round = 0; round < 2; round += 1) await page(base, `/en/heroes/${SLUG}`);
    expect((await untilKept(base, `/en/heroes/${SLUG}`)).kept).toBe(true);
    const approved = `sergeant ${tag}`;
    await setRank(approved);
    expect((await page(base, `/en/heroes/${SLUG}`)).text).toContain(approved);
  });

  // The goal is 100 KB (issue #9), below what Next's and React's own runtime weighs (about 129 KB
  // on every page, docs/performance.md). This holds the line at what the profile loads now, so that it can only shrink.
  it("a profile loads no more gzipped JavaScript than today's 150 KB ceiling", async () => {
    const { gzipSync } = await import('node:zlib');
    const base = site.url;
    const html = await (await fetch(`${base}/en/heroes/veniamin-nedoshivin`)).text();
    // What a browser of today loads: the noModule polyfills are for browsers without modules only.
    const sources = [...html.matchAll(/<script\b(?![^>]*\bnoModule)[^>]*\bsrc="([^"]+)"/gi)].map((match) => match[1]!);
    expect(html).toMatch(/<script\b[^>]*\bnoModule/i);
    const inline = [
      ...html.matchAll(/<script\b(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g),
    ].map((match) => match[1]!);
    expect(sources.length).toBeGreaterThan(0);
    let total = gzipSync(inline.join('')).length;
    for (const source of new Set(sources))
      total += gzipSync(Buffer.from(await (await fetch(new URL(source, base))).arrayBuffer())).length;
    console.log(`profile JavaScript: ${(total / 1024).toFixed(1)} KB gzipped in ${new Set(sources).size} files`);
    expect(total).toBeLessThanOrEqual(150 * 1024);
  });
});

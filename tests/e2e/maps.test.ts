// The profile's Places and its life in time, as a reader without JavaScript meets them on a
// 390-pixel phone and a desktop in every language: axe finds nothing, nothing scrolls sideways,
// the map is inline SVG within its budget, and every seeded Hero's map stays under 10 KB gzipped.
// Screenshots go to test-results/maps for a person to look at.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invalidateHero } from '../../lib/cache';
import { createPrismaClient } from '../../lib/prisma-client';
import { axeViolations, describeEveryScreen, installAxe } from '../support/accessibility';
import { useBrowser } from '../support/browser';
import { fileDatabaseUrl } from '../support/database';
import { currentSite, useSite } from '../support/site';

useSite();
const prisma = createPrismaClient(fileDatabaseUrl(), { max: 2 });
const SHOTS = path.join(process.cwd(), 'test-results', 'maps');

// Test coordinates (GeoNames cities500 positions of the towns and district centres), set in this
// file's own database only: the seed has none yet, and a map needs points to be looked at.
type Point = [number, number, 'SETTLEMENT' | 'DISTRICT_CENTRE' | 'APPROXIMATE'];
const POINTS: Record<string, Partial<Record<'birthPlace' | 'deathPlace' | 'burialPlace', Point>>> = {
  'tuychi-erdzhigitov': {
    birthPlace: [40.669, 70.353, 'DISTRICT_CENTRE'],
    deathPlace: [59.37, 31.05, 'APPROXIMATE'],
    burialPlace: [59.349, 31.248, 'SETTLEMENT'],
  },
  'karsybay-spataev': {
    birthPlace: [42.43, 68.81, 'DISTRICT_CENTRE'],
    deathPlace: [47.61, 44.71, 'APPROXIMATE'],
    burialPlace: [47.61, 44.71, 'SETTLEMENT'],
  },
  'boris-shmelyov': { burialPlace: [40.52, 69.33, 'SETTLEMENT'] },
};

// axe runs as a script in the page, so its browser has scripts on; what a reader without them
// gets is the server's HTML, read below with fetch and checked for the whole section.
const session = useBrowser();

beforeAll(async () => {
  for (const [slug, places] of Object.entries(POINTS)) {
    const hero = await prisma.hero.findUniqueOrThrow({
      where: { slug },
      select: { id: true, birthPlaceId: true, deathPlaceId: true, burialPlaceId: true },
    });
    await prisma.$transaction(async (tx) => {
      for (const [field, at] of Object.entries(places)) {
        const id = hero[`${field}Id` as 'birthPlaceId'];
        if (id && at)
          await tx.place.update({ where: { id }, data: { latitude: at[0], longitude: at[1], precision: at[2] } });
      }
      await invalidateHero(tx, hero.id);
    });
  }
  await installAxe(session);
  mkdirSync(SHOTS, { recursive: true });
}, 120_000);

afterAll(() => prisma.$disconnect());

const mapMarkup = (html: string) =>
  [...html.matchAll(/<svg[^>]*class="map-svg"[\s\S]*?<\/svg>/g)].map((m) => m[0]).join('');

describe('every seeded Hero', () => {
  it('has a profile whose map, if any, is within 10 KB gzipped', async () => {
    const heroes = await prisma.hero.findMany({ where: { published: true }, select: { slug: true } });
    const sizes: Record<string, number> = {};
    let helpLocate = 0;
    for (const { slug } of heroes) {
      const response = await fetch(`${currentSite().url}/tg/heroes/${slug}`);
      expect(response.status, slug).toBe(200);
      const html = await response.text();
      const svg = mapMarkup(html);
      if (svg) sizes[slug] = gzipSync(svg).length;
      // A place not yet located stays in the list, with a way to help locate it.
      if (html.includes('data-testid="help-locate"')) helpLocate++;
    }
    expect(helpLocate).toBeGreaterThan(0);
    for (const slug of Object.keys(POINTS)) expect(sizes[slug], slug).toBeGreaterThan(1000);
    for (const [slug, size] of Object.entries(sizes)) expect(size, slug).toBeLessThanOrEqual(10 * 1024);
  }, 180_000);
});

describe('the Places of a profile', () => {
  it('shows Tajikistan and Leningrad as two panels, and the list numbered as the markers', async () => {
    const html = await (await fetch(`${currentSite().url}/en/heroes/tuychi-erdzhigitov`)).text();
    expect(html.match(/class="map-svg"/g)).toHaveLength(2);
    expect(html).toContain('aria-labelledby="places-map-caption places-map-caption-1"');
    expect(html).toMatch(/<g class="map-marker map-approx"><circle[^>]*\/><text[^>]*>1<\/text>/);
    expect(html).toContain('Borders are today&#x27;s (UN view)');
    expect(html).toMatch(/data-event="feat"/);
    expect(html).toMatch(/<ol class="life-list" role="list">/);
    expect(html).toMatch(/<time dateTime="1921-11-10">|<time datetime="1921-11-10">/);
    // Everything is in the HTML itself, not built by a script: the list, the caption, the markers.
    const body = html.replace(/<script[\s\S]*?<\/script>/g, '');
    expect(body).toMatch(/<figcaption id="places-map-caption"/);
    expect(body.match(/<li class="place-stop"/g)?.length).toBeGreaterThanOrEqual(3);
  });

  it("names a town as its own page does in the reader's language, and keeps the record's wording of a grave", async () => {
    const placesOf = async (locale: string) => {
      const html = await (await fetch(`${currentSite().url}/${locale}/heroes/boris-shmelyov`)).text();
      return html.slice(html.indexOf('data-testid="places"'), html.indexOf('data-testid="life-in-time"'));
    };
    const ru = await placesOf('ru');
    // The gazetteer's names of Leningrad, with their years and source (prisma/data/places.json).
    expect(ru).toMatch(/<span lang="ru"[^>]*>Ленинград<\/span>/);
    expect(ru).toMatch(/<span lang="ru"[^>]*>Санкт-Петербург<\/span>/);
    expect(ru).not.toMatch(/<span lang="en"[^>]*>Leningrad<\/span>/);
    expect(await placesOf('tg')).toMatch(/<span lang="tg"[^>]*>Ленинград<\/span>/);
    // "Near the village of Bolshie Kleny" is not the village: with no translation, it stays as worded.
    expect(ru).toMatch(/<span lang="en"[^>]*>near the village of Bolshie Kleny, Leningrad region<\/span>/);
  });

  describeEveryScreen(
    'on a $name ($width × $height)',
    'in %s: no axe violation, no sideways scrolling',
    session,
    async (locale, viewport, page) => {
      const problems: string[] = [];
      for (const slug of Object.keys(POINTS)) {
        const response = await page.goto(`/${locale}/heroes/${slug}`);
        expect(response?.status()).toBe(200);
        await page.locator('[data-testid="places"]').waitFor();
        expect(await page.locator('[data-testid="life-in-time"] li').count()).toBeGreaterThan(0);
        for (const violation of await axeViolations(page)) problems.push(`${slug}: ${violation}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 0) problems.push(`${slug}: ${overflow}px wider than the screen`);
        const section = page.locator('[data-testid="places"]');
        await section.screenshot({ path: path.join(SHOTS, `${viewport.name}-${locale}-${slug}-places.png`) });
        await page
          .locator('[data-testid="life-in-time"]')
          .screenshot({ path: path.join(SHOTS, `${viewport.name}-${locale}-${slug}-life.png`) });
      }
      expect(problems).toEqual([]);
    },
    300_000,
  );
});

// A place's page (Buston, once Chkalovsk) and the collection's maps as a reader without JavaScript
// meets them on a 390-pixel phone and a desktop in every language: the heading, the names, the map
// and the tables are there and shown, nothing scrolls sideways. Screenshots go to
// test-results/places for a person to look at (axe runs on these pages in every-page.test.ts).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { createPrismaClient } from '../../lib/prisma-client';
import { describeEveryScreen } from '../support/accessibility';
import { useBrowser } from '../support/browser';
import { fileDatabaseUrl } from '../support/database';
import { useSite } from '../support/site';

useSite();
const prisma = createPrismaClient(fileDatabaseUrl(), { max: 2 });
const SHOTS = path.join(process.cwd(), 'test-results', 'places');

const session = useBrowser({ javaScript: false });
let buston: string;

beforeAll(async () => {
  buston = (
    await prisma.place.findFirstOrThrow({
      where: { name: { startsWith: 'Buston (formerly Chkalovsk)' } },
      select: { id: true },
    })
  ).id;
  mkdirSync(SHOTS, { recursive: true });
}, 120_000);

afterAll(() => prisma.$disconnect());

describeEveryScreen(
  'place pages and maps on a $name',
  'in %s, without JavaScript',
  session,
  async (locale, viewport, page) => {
    const visits = [
      {
        name: 'place-buston',
        path: `/places/${buston}`,
        shows: ['[data-testid="place-title"]', '[data-testid="names"]', '[data-testid="place-heroes"]', 'svg.map-svg'],
      },
      {
        name: 'maps-origin',
        path: '/maps',
        shows: ['[data-testid="collection-table"]', 'svg.map-svg', '.map-views [aria-current="page"]'],
      },
      { name: 'maps-fought', path: '/maps?view=fought', shows: ['[data-testid="collection-table"]', 'svg.map-svg'] },
      { name: 'maps-rest', path: '/maps?view=rest', shows: ['[data-testid="collection-table"]', 'svg.map-svg'] },
      { name: 'places', path: '/places', shows: ['[data-testid="place-index"]'] },
    ];
    for (const visit of visits) {
      const response = await page.goto(`/${locale}${visit.path}`);
      expect(response?.status(), visit.name).toBe(200);
      for (const selector of visit.shows)
        expect(await page.locator(selector).first().isVisible(), `${visit.name} ${selector}`).toBe(true);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${visit.name} scrolls sideways`).toBeLessThanOrEqual(0);
      await page.screenshot({
        path: path.join(SHOTS, `${viewport.name}-${locale}-${visit.name}.png`),
        fullPage: true,
      });
    }
    expect(session.pageErrors).toEqual([]);
  },
  120_000,
);

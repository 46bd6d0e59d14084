// A reader examines an approved award sheet closely: the profile carries no viewer code until the
// close view is opened; then OpenSeadragon loads, fetches info.json and tiles from this site (the
// CSP allows nothing else) and draws the page; without JavaScript the same link opens the large
// image. Screenshots of the open viewer (phone and desktop) go to test-results/pages.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type BrowserSession } from '../support/browser';
import { tiff, UPLOAD_FIELDS } from '../support/images';
import { useSite } from '../support/site';
import { fileDatabaseUrl } from '../support/database';
import { createUser } from '../support/factories';
import { publishedHero } from '../support/heroes';
import { createPrismaClient } from '../../lib/prisma-client';
import { approveMedia, uploadMedia } from '../../lib/media/media';
import { listPublicMedia } from '../../lib/media/public';

useSite();
const prisma = createPrismaClient(fileDatabaseUrl(), { max: 2 });
const SHOTS = path.join(process.cwd(), 'test-results', 'pages');
const CAPTION = 'Award sheet, 1944 (test scan)';
let slug: string;
let infoUrl: string;
let largeUrl: string;

beforeAll(async () => {
  slug = (await publishedHero(prisma)).slug;
  const uploader = await createUser(prisma, 'zoom.uploader');
  const moderator = await createUser(prisma, 'zoom.moderator', 'MODERATOR');
  const { id } = await uploadMedia(
    uploader,
    slug,
    { bytes: await tiff(2400, 3200), name: 'award-sheet.tif' },
    { ...UPLOAD_FIELDS, kind: 'AWARD_DOCUMENT', caption: CAPTION },
  );
  await approveMedia(moderator, { mediaId: id });
  const item = (await listPublicMedia(slug)).find((m) => m.id === id)!;
  infoUrl = item.deepZoom!;
  largeUrl = item.large.url;
  mkdirSync(SHOTS, { recursive: true });
}, 120_000);
afterAll(() => prisma.$disconnect());

describe('deep zoom of an award sheet', () => {
  let reader: BrowserSession;
  let noScript: BrowserSession;
  beforeAll(async () => {
    [reader, noScript] = await Promise.all([openBrowser(), openBrowser({ javaScript: false })]);
  });
  afterAll(async () => {
    await Promise.all([reader, noScript].map((s) => s?.close()));
  });

  for (const [name, viewport] of [
    ['phone', { width: 390, height: 844 }],
    ['desktop', { width: 1280, height: 900 }],
  ] as const) {
    it(`opens the viewer, which loads this site's tiles and draws the page (${name})`, async () => {
      const page = reader.page;
      await page.setViewportSize(viewport);
      const scripts: { url: string; body: Promise<string> }[] = [];
      const tiles: { url: string; status: number }[] = [];
      let pending = 0;
      const isTile = (url: string) => url.includes('/api/media/iiif/');
      const record = (response: import('playwright-core').Response) => {
        const url = response.url();
        if (isTile(url)) tiles.push({ url, status: response.status() });
        else if (url.endsWith('.js') || response.headers()['content-type']?.includes('javascript'))
          scripts.push({ url, body: response.text().catch(() => '') });
      };
      const asked = (request: import('playwright-core').Request) => void (isTile(request.url()) && (pending += 1));
      const settled = (request: import('playwright-core').Request) => void (isTile(request.url()) && (pending -= 1));
      const failed = (request: import('playwright-core').Request) => {
        if (isTile(request.url())) tiles.push({ url: request.url(), status: -1 });
        settled(request);
      };
      // A fresh document first, so that nothing the previous test's viewer asked for is counted.
      await page.goto('about:blank');
      page.on('response', record);
      page.on('request', asked);
      page.on('requestfinished', settled);
      page.on('requestfailed', failed);
      try {
        await page.goto(`/en/heroes/${slug}`);
        const gallery = page.getByTestId('gallery').filter({ visible: true });
        const open = gallery.getByRole('link', { name: 'Examine closely' });
        await expect(open.getAttribute('href')).resolves.toBe(largeUrl);
        await page.waitForLoadState('load');
        // The profile pays nothing for the viewer until it is wanted.
        const before = scripts.length;
        for (const script of scripts) expect(await script.body, script.url).not.toContain('OpenSeadragon');
        expect(tiles).toEqual([]);

        await open.click();
        const viewer = page.getByTestId('deep-zoom');
        await page.locator('[data-testid="deep-zoom"][data-state="ready"]').waitFor({ timeout: 30_000 });
        await expect(page.getByRole('status').filter({ visible: true }).innerText()).resolves.toContain(
          'Pinch or scroll to zoom',
        );
        const loaded = await Promise.all(scripts.slice(before).map((s) => s.body));
        expect(loaded.some((body) => body.includes('OpenSeadragon'))).toBe(true);

        // Tiles arrive and are drawn: the canvas holds the scan's dark writing and light paper.
        await expect
          .poll(() => tiles.filter((t) => t.url.endsWith('/default.jpg')).length, { timeout: 30_000 })
          .toBeGreaterThan(0);
        const drawn = async () =>
          viewer
            .locator('canvas')
            .first()
            .evaluate((canvas: HTMLCanvasElement) => {
              const context = canvas.getContext('2d');
              if (!context || canvas.width === 0) return { dark: 0, light: 0 };
              const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
              let dark = 0;
              let light = 0;
              for (let i = 0; i < data.length; i += 4 * 97) {
                if (data[i + 3]! > 200 && data[i]! < 90) dark += 1;
                if (data[i + 3]! > 200 && data[i]! > 200) light += 1;
              }
              return { dark, light };
            });
        await expect
          .poll(async () => Math.min((await drawn()).dark, (await drawn()).light), { timeout: 30_000 })
          .toBeGreaterThan(50);
        expect(tiles[0]!.url).toContain(infoUrl);

        // Zooming in asks for finer tiles, all of them there.
        const coarse = tiles.length;
        await page.getByRole('button', { name: 'Zoom in' }).click();
        await page.getByRole('button', { name: 'Zoom in' }).click();
        await page.getByRole('button', { name: 'Zoom in' }).click();
        await expect.poll(() => tiles.length, { timeout: 30_000 }).toBeGreaterThan(coarse);
        await expect.poll(() => pending, { timeout: 30_000 }).toBe(0);
        expect(tiles.filter((t) => t.status !== 200)).toEqual([]);
        await page.screenshot({ path: path.join(SHOTS, `deep-zoom-${name}.png`) });

        await page.getByRole('button', { name: 'Close' }).filter({ visible: true }).click();
        await expect(page.locator('dialog[open]').count()).resolves.toBe(0);
        expect(reader.pageErrors).toEqual([]);
      } finally {
        page.off('response', record);
        page.off('request', asked);
        page.off('requestfinished', settled);
        page.off('requestfailed', failed);
      }
    }, 120_000);
  }

  it('without JavaScript, the same link opens the large image', async () => {
    const page = noScript.page;
    await page.goto(`/en/heroes/${slug}`);
    await page.getByTestId('gallery').filter({ visible: true }).getByRole('link', { name: 'Examine closely' }).click();
    await page.waitForURL(`**${largeUrl}`);
    expect(noScript.pageErrors).toEqual([]);
  }, 60_000);
});

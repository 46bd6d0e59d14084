// A profile as it travels beyond the site: a link shared in a messenger (Open Graph and Twitter
// card tags, with a picture that loads) and a page printed on A4 for a school project (no
// navigation, the sources as numbered notes with their addresses, the record's permanent address
// and the day it was printed).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser';
import { useSite } from '../support/site';

const site = useSite();
const SHOTS = path.join(process.cwd(), 'test-results', 'pages');

const session = useBrowser();

const meta = (property: string) =>
  session.page.locator(`meta[property="${property}"], meta[name="${property}"]`).first().getAttribute('content');

describe('a shared link to a profile', () => {
  it.each([
    ['en', 'Tuychi Erdzhigitov', '10 November 1921 – 5 October 1943'],
    ['ru', 'Туйчи Эрджигитов', '10 ноября 1921 года – 5 октября 1943 года'],
  ])(
    'in %s names the Hero and the dates, quotes the biography and shows a picture that loads',
    async (locale, name, dates) => {
      const { page } = session;
      await page.goto(`/${locale}/heroes/tuychi-erdzhigitov`);
      const title = await meta('og:title');
      expect(title).toContain(name);
      expect(title).toContain(dates);
      expect(await meta('og:type')).toBe('profile');
      expect(await meta('og:url')).toBe(`${site.url}/${locale}/heroes/tuychi-erdzhigitov`);
      const description = (await meta('og:description'))!;
      expect(description.length).toBeGreaterThan(60);
      // The first lines of the biography the page itself shows.
      const biography = await page.locator('section[aria-labelledby="bio"] p').first().innerText();
      expect(biography.startsWith(description.replace(/…$/, ''))).toBe(true);
      expect(await meta('twitter:card')).toMatch(/^summary/);
      expect(await meta('twitter:title')).toBe(title);

      // The picture's address is absolute, on the configured site address, and it loads.
      const image = (await meta('og:image'))!;
      expect(image.startsWith(`${site.url}/`)).toBe(true);
      expect(await meta('twitter:image')).toBe(image);
      const response = await fetch(image);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^image\/(png|jpeg)$/);
      const bytes = Buffer.from(await response.arrayBuffer());
      // Kept beside the page screenshots, for a person to look at.
      mkdirSync(SHOTS, { recursive: true });
      writeFileSync(path.join(SHOTS, `share-${locale}.png`), bytes);
      const { width, height, format } = await sharp(bytes).metadata();
      expect(format).toMatch(/png|jpeg/);
      expect(width).toBeGreaterThanOrEqual(600);
      expect(height).toBeGreaterThanOrEqual(300);
      expect(session.pageErrors).toEqual([]);
    },
  );

  it('answers 404 for the card of a Hero the archive does not hold', async () => {
    expect((await fetch(`${site.url}/en/heroes/no-such-hero/card.png`)).status).toBe(404);
  });
});

describe('a printed profile', () => {
  it('has no navigation, numbers its sources with their addresses, and gives its permanent address and the day', async () => {
    const { page } = session;
    await page.goto('/en/heroes/veniamin-nedoshivin');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header.site-header').isVisible()).resolves.toBe(false);
    await expect(page.locator('main nav').filter({ visible: true }).count()).resolves.toBe(0);
    await expect(page.locator('.record-links').isVisible()).resolves.toBe(false);
    await expect(page.locator('footer.site-footer').isVisible()).resolves.toBe(false);

    const notes = page.locator('ol.sources > li');
    await expect(notes.count()).resolves.toBe(3);
    await expect(page.locator('ol.sources').evaluate((list) => getComputedStyle(list).listStyleType)).resolves.toBe(
      'decimal',
    );
    await expect(notes.nth(1).innerText()).resolves.toContain('http://yurii.ru/ref10/particle-408088.php');
    await expect(notes.nth(0).innerText()).resolves.toContain('Allies.CSTO');

    const colophon = page.locator('.print-colophon');
    await expect(colophon.isVisible()).resolves.toBe(true);
    await expect(colophon.innerText()).resolves.toContain(`${site.url}/en/heroes/veniamin-nedoshivin`);
    const today = new Date();
    const printed = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(today);
    await expect(page.getByTestId('printed-on').innerText()).resolves.toBe(printed);

    // Chromium's own PDF of the page, on A4.
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });
    await expect(page.locator('.print-colophon').isVisible()).resolves.toBe(false);
    await expect(page.locator('header.site-header').isVisible()).resolves.toBe(true);
    expect(session.pageErrors).toEqual([]);
  });
});

// The coordinate form's map beyond Central Asia, in a browser that runs no scripts: the European
// USSR is one button away, the map moves north by a button, and a click near Leningrad comes back
// as the point under the pointer, with the place chosen before still chosen. The map's states pass
// axe on a phone and a desktop, in Tajik and Russian. Screenshots are kept in test-results/map-pick.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { panFrame, PICK_AREAS, pointToPixel } from '../../lib/maps/pick';
import { axeViolations, installAxe, VIEWPORTS } from '../support/accessibility';
import { signIn } from '../support/auth';
import { openBrowser, sendFormBack, useBrowser, type BrowserSession } from '../support/browser';
import { HEROES } from '../support/heroes';
import { useSite } from '../support/site';

useSite();
const session = useBrowser({ javaScript: false });
const SHOTS = path.join(process.cwd(), 'test-results', 'map-pick');
const LENINGRAD = { lat: 59.94, lon: 30.31 };
let scripted: BrowserSession;

beforeAll(async () => {
  await signIn({ role: 'CONTRIBUTOR', browser: session });
  scripted = await openBrowser();
  await signIn({ role: 'CONTRIBUTOR', browser: scripted });
  await installAxe(scripted);
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(() => scripted?.close());

describe.each([
  { name: 'phone', width: 390, height: 844, size: 'narrow' as const, locale: 'tg' },
  { name: 'desktop', width: 1280, height: 800, size: 'wide' as const, locale: 'ru' },
])('the map beyond Central Asia on a $name, without JavaScript', ({ name, width, height, size, locale }) => {
  it('shows the European USSR, moves north and picks a point near Leningrad, keeping the place', async () => {
    const { page } = session;
    await page.setViewportSize({ width, height });
    await page.goto(`/${locale}/heroes/${HEROES.erdzhigitov}/add?kind=place`);
    await page.selectOption('#f-placeRole', 'deathPlace');
    await expect(
      sendFormBack(page, () => page.locator('button[name="area"][value="europe"]').click()),
    ).resolves.toMatch(/(^|&)area=europe(&|$)/);
    await expect(sendFormBack(page, () => page.locator('button[name="pan"][value="north"]').click())).resolves.toMatch(
      /(^|&)pan=north(&|$)/,
    );
    const frame = panFrame(PICK_AREAS.europe, 'north');
    const map = page.locator('input[type="image"]:visible');
    await expect(map.getAttribute('src')).resolves.toContain(`frame=${frame.lon},${frame.lat},0&size=${size}`);
    await expect(page.locator('#f-placeRole').inputValue()).resolves.toBe('deathPlace');
    await page.screenshot({ path: path.join(SHOTS, `${name}-${locale}-europe-north.png`), fullPage: true });

    const [x, y] = pointToPixel(frame, size, LENINGRAD)!;
    await expect(
      sendFormBack(page, () => map.click({ position: { x: Math.round(x), y: Math.round(y) } })),
    ).resolves.toContain(`at-${size}.x=`);
    expect(page.url()).not.toContain(`at-${size}`);
    const tolerance = size === 'wide' ? 0.05 : 0.1;
    expect(Math.abs(Number(await page.locator('#f-latitude').inputValue()) - LENINGRAD.lat)).toBeLessThan(tolerance);
    expect(Math.abs(Number(await page.locator('#f-longitude').inputValue()) - LENINGRAD.lon)).toBeLessThan(
      tolerance * 2,
    );
    await expect(page.locator('#f-placeRole').inputValue()).resolves.toBe('deathPlace');
    await page.screenshot({ path: path.join(SHOTS, `${name}-${locale}-leningrad.png`), fullPage: true });
  });
});

it('passes axe in every state of the map, on a phone and a desktop, in Tajik and Russian', async () => {
  const { page } = scripted;
  const problems: string[] = [];
  for (const viewport of VIEWPORTS)
    for (const locale of ['tg', 'ru'])
      for (const state of ['', '&area=europe', `&frame=30.31,59.94,1&pan=east`]) {
        await page.setViewportSize({ width: viewport.width, height: viewport.height });
        await page.goto(`/${locale}/heroes/${HEROES.erdzhigitov}/add?kind=place${state}`);
        for (const violation of await axeViolations(page))
          problems.push(`${viewport.name} ${locale}${state}: ${violation}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 0) problems.push(`${viewport.name} ${locale}${state}: ${overflow}px wider than the screen`);
      }
  expect(problems).toEqual([]);
  expect(scripted.pageErrors).toEqual([]);
});

// The coordinate form's map, in a browser that runs no scripts, on a phone and on a desktop: a
// click on the map is sent by the browser itself, comes back as the point under the pointer
// (the map shown at its own size, so the browser's pixels are the image's), and zooms in; what
// was chosen and typed in the form before the click is still there after it, and none of it stands
// in the address (the form goes back by POST). With JavaScript on, the page's scripts leave the
// click to the browser, and the same point comes back.
// Screenshots are kept in test-results/map-pick for a person to look at.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { pointToPixel, WHOLE_FRAME, type PickSize } from '../../lib/maps/pick';
import { signIn } from '../support/auth';
import { useFileDatabase } from '../support/database';
import { sendFormBack, useBrowser } from '../support/browser';
import { useSite } from '../support/site';
import ru from '../../messages/ru.json';
import tg from '../../messages/tg.json';

useSite();
const prisma = useFileDatabase();
const session = useBrowser({ javaScript: false });
const SHOTS = path.join(process.cwd(), 'test-results', 'map-pick');
const DUSHANBE = { lat: 38.56, lon: 68.78 };
const MESSAGES = { ru, tg };

/**
 * Clicks the visible map where Dushanbe lies on the whole frame and checks that the point filled
 * in is within a pixel or two of it (a narrow map's pixel is about 0.06°).
 */
async function clickNearDushanbe(page: Page, size: PickSize): Promise<{ latitude: number; longitude: number }> {
  const [x, y] = pointToPixel(WHOLE_FRAME, size, DUSHANBE)!;
  const body = await sendFormBack(page, () =>
    page.locator('input[type="image"]:visible').click({ position: { x: Math.round(x), y: Math.round(y) } }),
  );
  // The form goes back in the request's body: the address has none of what was typed or clicked.
  expect(body).toContain(`at-${size}.x=`);
  await page.locator('[data-testid="map-picked"]').waitFor();
  expect(page.url()).not.toContain('Fixture');
  expect(page.url()).not.toContain(`at-${size}`);
  const latitude = Number(await page.locator('#f-latitude').inputValue());
  const longitude = Number(await page.locator('#f-longitude').inputValue());
  const tolerance = size === 'wide' ? 0.05 : 0.1;
  expect(Math.abs(latitude - DUSHANBE.lat)).toBeLessThan(tolerance);
  expect(Math.abs(longitude - DUSHANBE.lon)).toBeLessThan(tolerance * 1.3);
  return { latitude, longitude };
}

beforeAll(async () => {
  await signIn({ role: 'CONTRIBUTOR', browser: session });
  mkdirSync(SHOTS, { recursive: true });
});

describe.each([
  { name: 'phone', width: 390, height: 844, size: 'narrow' as const },
  { name: 'desktop', width: 1280, height: 800, size: 'wide' as const },
])('the map on a $name, without JavaScript', ({ name, width, height, size }) => {
  it('fills in the point clicked, near Dushanbe, keeps the place and the evidence, and zooms in on it', async () => {
    const { page } = session;
    await page.setViewportSize({ width, height });
    await page.goto('/en/heroes/tuychi-erdzhigitov/add?kind=place');
    await page.selectOption('#f-placeRole', 'burialPlace');
    await page.fill('#f-note', 'Fixture: not a fact of the archive.');
    const map = page.locator('input[type="image"]:visible');
    await expect(map.count()).resolves.toBe(1);
    const box = (await map.boundingBox())!;
    // Shown at its own size, never scaled.
    expect(Math.round(box.width)).toBe(size === 'wide' ? 640 : 320);
    await page.screenshot({ path: path.join(SHOTS, `${name}-whole.png`), fullPage: name === 'phone' });

    const { latitude, longitude } = await clickNearDushanbe(page, size);
    await expect(page.locator('[data-testid="map-picked"]').textContent()).resolves.toContain('You clicked near');
    await expect(page.locator('#f-precision').inputValue()).resolves.toBe('');
    await expect(page.locator('#f-placeRole').inputValue()).resolves.toBe('burialPlace');
    await expect(page.locator('#f-note').inputValue()).resolves.toBe('Fixture: not a fact of the archive.');
    await expect(page.locator('input[type="image"]:visible').getAttribute('src')).resolves.toContain(',1&size=');
    await page.screenshot({ path: path.join(SHOTS, `${name}-clicked.png`), fullPage: name === 'phone' });

    // Sent from the page the click brought, still without scripts: the proposal holds the point.
    const before = await prisma.submission.count({ where: { kind: 'PLACE_COORDINATE' } });
    await page.selectOption('#f-precision', 'SETTLEMENT');
    await page.fill('#f-sourceUrl', `https://example.org/map-pick-fixture-${name}`);
    await page.locator('form.stacked-form button[type="submit"]').click();
    await page.waitForURL(/\/en\/account\?submitted=1/);
    const sent = await prisma.submission.findMany({ where: { kind: 'PLACE_COORDINATE' }, select: { payload: true } });
    expect(sent).toHaveLength(before + 1);
    expect(sent.map((s) => s.payload)).toContainEqual(
      expect.objectContaining({ placeRole: 'burialPlace', latitude, longitude, precision: 'SETTLEMENT' }),
    );
  });
});

describe.each([
  { name: 'phone', width: 390, height: 844, size: 'narrow' as const, locale: 'ru' as const },
  { name: 'desktop', width: 1280, height: 800, size: 'wide' as const, locale: 'tg' as const },
])('the map on a $name, with JavaScript', ({ name, width, height, size, locale }) => {
  const scripted = useBrowser();
  beforeAll(async () => {
    await signIn({ role: 'CONTRIBUTOR', browser: scripted });
  });

  it('fills in the point clicked near Dushanbe, says what was picked and keeps the place and the evidence', async () => {
    const { page } = scripted;
    await page.setViewportSize({ width, height });
    await page.goto(`/${locale}/heroes/tuychi-erdzhigitov/add?kind=place`);
    // The click must meet the page as its scripts left it: the form hydrated (React keeps its fiber
    // on the element; a React that stops doing so fails here, loudly, rather than testing nothing).
    await page.waitForFunction(() =>
      Object.keys(document.getElementById('proposal') ?? {}).some((key) => key.startsWith('__reactFiber')),
    );
    await page.selectOption('#f-placeRole', 'burialPlace');
    await page.fill('#f-note', 'Fixture: not a fact of the archive.');
    const { latitude, longitude } = await clickNearDushanbe(page, size);
    // The words name the point the fields hold, in the reader's language and its way of writing numbers.
    const picked = (await page.locator('[data-testid="map-picked"]').textContent()) ?? '';
    const inWords = new Intl.NumberFormat(locale);
    expect(picked).toContain(MESSAGES[locale].submission.mapPick.picked.split('{')[0]!);
    expect(picked).toContain(inWords.format(latitude));
    expect(picked).toContain(inWords.format(longitude));
    await expect(page.locator('#f-precision').inputValue()).resolves.toBe('');
    await expect(page.locator('#f-placeRole').inputValue()).resolves.toBe('burialPlace');
    await expect(page.locator('#f-note').inputValue()).resolves.toBe('Fixture: not a fact of the archive.');
    await page.screenshot({ path: path.join(SHOTS, `${name}-${locale}-scripted-clicked.png`), fullPage: true });
    expect(scripted.pageErrors).toEqual([]);
  });
});

// The form of a unit's station, as a Tajik reader meets it on a phone and on a desktop: his units
// and the gazetteer's places are choices, dates out of order are refused beside the field in
// Tajik and nothing is stored, and a corrected form is sent. Screenshots are kept in
// test-results/pages for a person to look at.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '../../lib/prisma-client';
import { useSignedInBrowser } from '../support/auth';
import { fileDatabaseUrl } from '../support/database';
import { HEROES } from '../support/heroes';
import { useSite } from '../support/site';

useSite();
const prisma = createPrismaClient(fileDatabaseUrl(), { max: 2 });
const SHOTS = path.join(process.cwd(), 'test-results', 'pages');
const TG = JSON.parse(readFileSync('messages/tg.json', 'utf8')) as { errors: Record<string, string> };

const session = useSignedInBrowser('CONTRIBUTOR');
beforeAll(() => mkdirSync(SHOTS, { recursive: true }));
afterAll(() => prisma.$disconnect());

describe.each([
  { name: 'phone', width: 390, height: 844, from: '1944-01' },
  { name: 'desktop', width: 1280, height: 800, from: '1944-03' },
])("a unit's station on a $name, in Tajik", ({ name, width, height, from }) => {
  it('offers his units and the places, refuses dates out of order in Tajik, then sends', async () => {
    const { page } = session;
    await page.setViewportSize({ width, height });
    const hero = await prisma.hero.findUniqueOrThrow({
      where: { slug: HEROES.erdzhigitov },
      select: { id: true, services: { select: { unitId: true } } },
    });
    const gatchina = await prisma.place.findFirstOrThrow({
      where: { name: { startsWith: 'Gatchina district' } },
      select: { id: true },
    });
    await page.goto(`/tg/heroes/${HEROES.erdzhigitov}/add?kind=station`);
    const units = await page
      .locator('#f-stationUnit option')
      .evaluateAll((o) => o.map((e) => (e as HTMLOptionElement).value));
    expect(units.slice(1).sort()).toEqual(hero.services.map((s) => s.unitId).sort());
    expect(await page.locator('#f-stationPlace option').count()).toBe((await prisma.place.count()) + 1);
    await page.screenshot({ path: path.join(SHOTS, `${name}-tg-add-station.png`), fullPage: name === 'phone' });

    const count = await prisma.submission.count({ where: { heroId: hero.id, kind: 'UNIT_STATION' } });
    await page.selectOption('#f-stationUnit', hero.services[0]!.unitId);
    await page.selectOption('#f-stationPlace', gatchina.id);
    await page.fill('#f-stationFrom', from);
    await page.fill('#f-stationTo', '1943');
    await page.fill('#f-sourceUrl', 'https://example.org/regiment-history-fixture');
    await page.fill('#f-note', 'A fixture for the form test, not a source.');
    await page.locator('form.stacked-form button[type="submit"]').click();
    await expect
      .poll(() => page.locator('#e-stationTo').textContent(), { timeout: 15_000 })
      .toBe(TG.errors.stationDatesOrder);
    await page
      .locator('form.stacked-form')
      .screenshot({ path: path.join(SHOTS, `${name}-tg-add-station-refused.png`) });
    expect(await prisma.submission.count({ where: { heroId: hero.id, kind: 'UNIT_STATION' } })).toBe(count);

    await page.fill('#f-stationTo', '1944-06');
    await page.locator('form.stacked-form button[type="submit"]').click();
    await page.waitForURL(/\/tg\/account\?submitted=1/);
    expect(await prisma.submission.count({ where: { heroId: hero.id, kind: 'UNIT_STATION' } })).toBe(count + 1);
    expect(session.pageErrors).toEqual([]);
  });
});

// The form that names one of a Hero's own places, as a reader meets it on a phone (in Tajik) and on
// a desktop (in Russian): the facts and the gazetteer's places are choices, a form with no place
// and a form naming the place his record already has are refused beside the field in the reader's
// language and store nothing, and a form naming another place is sent. Screenshots are kept in
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
const messages = (locale: string) =>
  JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as { errors: Record<string, string> };

const session = useSignedInBrowser('CONTRIBUTOR');
beforeAll(() => mkdirSync(SHOTS, { recursive: true }));
afterAll(() => prisma.$disconnect());

describe.each([
  { name: 'phone', width: 390, height: 844, locale: 'tg' },
  { name: 'desktop', width: 1280, height: 800, locale: 'ru' },
])("one of a Hero's places on a $name, in $locale", ({ name, width, height, locale }) => {
  it('refuses no place and the place he already has in the reader’s language, then sends another', async () => {
    const { page } = session;
    const errors = messages(locale).errors;
    await page.setViewportSize({ width, height });
    const hero = await prisma.hero.findUniqueOrThrow({
      where: { slug: HEROES.erdzhigitov },
      select: { id: true, birthPlaceId: true },
    });
    const now = hero.birthPlaceId;
    expect(now).not.toBeNull();
    const other = await prisma.place.findFirstOrThrow({
      where: { name: { startsWith: 'Gatchina district' } },
      select: { id: true },
    });
    const sent = () => prisma.submission.count({ where: { heroId: hero.id, kind: 'HERO_PLACE' } });
    const count = await sent();

    await page.goto(`/${locale}/heroes/${HEROES.erdzhigitov}/add?kind=fact-place`);
    expect(await page.locator('#f-factPlace option').count()).toBe((await prisma.place.count()) + 1);
    // Grouped by the republic or country each place lay in, in the reader's alphabetical order.
    const groups = await page.locator('#f-factPlace optgroup').evaluateAll((list) =>
      list.map((g) => ({
        label: (g as HTMLOptGroupElement).label,
        places: [...(g as HTMLOptGroupElement).querySelectorAll('option')].map((o) => o.textContent ?? ''),
      })),
    );
    expect(groups.length).toBeGreaterThan(1);
    const collator = new Intl.Collator(locale);
    const sorted = (list: string[]) => [...list].sort(collator.compare);
    expect(groups.map((g) => g.label)).toEqual(sorted(groups.map((g) => g.label)));
    // The republic itself heads its group.
    for (const group of groups) {
      const within = group.places[0]?.startsWith(group.label) ? group.places.slice(1) : group.places;
      expect(within, group.label).toEqual(sorted(within));
    }
    expect(groups.reduce((sum, g) => sum + g.places.length, 0)).toBe(await prisma.place.count());
    await page.screenshot({ path: path.join(SHOTS, `${name}-${locale}-add-fact-place.png`), fullPage: true });

    const submit = page.locator('form.stacked-form button[type="submit"]');
    await page.selectOption('#f-placeFact', 'birthPlace');
    await page.fill('#f-sourceUrl', 'https://example.org/fact-place-fixture');
    await page.fill('#f-note', 'Fixture: not a fact of the archive.');
    await submit.click();
    await expect.poll(() => page.locator('#e-factPlace').textContent(), { timeout: 15_000 }).toBe(errors.required);
    expect(await sent()).toBe(count);

    await page.selectOption('#f-factPlace', now);
    await submit.click();
    await expect
      .poll(() => page.locator('#e-factPlace').textContent(), { timeout: 15_000 })
      .toBe(errors.samePlaceAsNow);
    await page
      .locator('form.stacked-form')
      .screenshot({ path: path.join(SHOTS, `${name}-${locale}-add-fact-place-refused.png`) });
    expect(await sent()).toBe(count);

    await page.selectOption('#f-factPlace', other.id);
    await submit.click();
    await page.waitForURL(new RegExp(`/${locale}/account\\?submitted=1`));
    expect(await sent()).toBe(count + 1);
    const latest = await prisma.submission.findFirstOrThrow({
      where: { heroId: hero.id, kind: 'HERO_PLACE' },
      orderBy: { createdAt: 'desc' },
      select: { payload: true },
    });
    expect(latest.payload).toMatchObject({ placeFact: 'birthPlace', factPlace: other.id });
    expect(session.pageErrors).toEqual([]);
  });
});

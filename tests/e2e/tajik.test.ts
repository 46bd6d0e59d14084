// A Tajik reader: types a name in Tajik letters, reads the results and the profile in Tajik,
// with the Tajik letters drawn by the site's own font.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type BrowserSession } from '../support/browser';
import { useSite } from '../support/site';

useSite();

describe('a Tajik reader', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openBrowser();
  });
  afterAll(async () => session?.close());

  it('searches in Tajik letters and reads the results in Tajik', async () => {
    const { page } = session;
    await page.goto('/tg');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('tg');
    const box = page.getByRole('search').first().getByRole('searchbox');
    await box.fill('Қарабоев');
    await box.press('Enter');
    await page.waitForURL('**/tg/search?q=*');
    const total = await page.getByTestId('search-total').innerText();
    expect(total).toMatch(/Қаҳрамон ёфт шуд$/);
    const result = page.locator('ol.results > li').first();
    await expect(result.getByRole('link').first().innerText()).resolves.toBe('Неъмат Қарабоев');
    // One person, in Tajik, and marked as the inference it is.
    await expect(result.innerText()).resolves.toContain('Аз РСС Тоҷикистон ба артиш даъват шудааст (хулоса');
    expect(session.pageErrors).toEqual([]);
  });

  it('opens the profile and reads it in Tajik, drafts marked, in a font that draws Tajik letters', async () => {
    const { page } = session;
    await page.locator('ol.results > li').first().getByRole('link').first().click();
    await page.waitForURL('**/tg/heroes/negmat-karabaev');
    await expect(page.locator('h1:visible').textContent()).resolves.toBe('Неъмат Қарабоев');
    await expect(page.locator('[data-badge="membership"]').innerText()).resolves.toBe('Дохил будани ӯ ба шумораи 64 шубҳанок аст');
    await expect(page.locator('#bio').innerText()).resolves.toBe('Тарҷумаи ҳол');
    const biography = page.locator('[aria-labelledby="bio"] [data-status]').first();
    await expect(biography.getAttribute('lang')).resolves.toBe('tg');
    await expect(biography.getAttribute('data-status')).resolves.toBe('DRAFT');
    await expect(biography.innerText()).resolves.toContain('Конибодом');
    await expect(page.locator('.draft-banner').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-fact="featFacts"] li').first().innerText()).resolves.toContain('Вахш');
    // The Cyrillic Extended face (ғ ӣ қ ӯ ҳ ҷ) is the site's own file, and the browser loaded it for this page.
    const faces = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].map((face) => ({ range: face.unicodeRange, status: face.status, weight: face.weight }));
    });
    expect(faces.filter((face) => /U\+460-52F/i.test(face.range) && face.status === 'loaded').length).toBeGreaterThan(0);
    const drawn = await page.evaluate(() => {
      const family = getComputedStyle(document.body).fontFamily;
      return document.fonts.check(`16px ${family}`, 'ғӣқӯҳҷ');
    });
    expect(drawn).toBe(true);
    expect(session.pageErrors).toEqual([]);
  });
});

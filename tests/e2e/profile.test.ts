import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser';
import { useSite } from '../support/site';

useSite();

describe('a reader opens Nedoshivin’s profile', () => {
  const session = useBrowser();

  it('reads it in English, switches to Russian, and sees the same record', async () => {
    const { page } = session;
    await page.goto('/en/heroes/veniamin-nedoshivin');
    await expect(page.locator('h1:visible').textContent()).resolves.toBe('Veniamin Nedoshivin');
    await expect(page.title()).resolves.toContain('Veniamin Nedoshivin');
    await expect(page.locator('[data-fact="birthDate"]').count()).resolves.toBe(0);
    await expect(page.locator('[data-unknown="birthDate"]').innerText()).resolves.toBe('Date of birth');
    await expect(page.locator('[data-fact="featDate"]').innerText()).resolves.toBe('27 January 1944');
    await expect(page.getByRole('heading', { name: 'Sources', exact: true }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('heading', { name: 'Not yet known' }).isVisible()).resolves.toBe(true);

    await page.getByRole('link', { name: 'Русский' }).click();
    await page.waitForURL('**/ru/heroes/veniamin-nedoshivin');
    await expect(page.locator('h1:visible').textContent()).resolves.toBe('Вениамин Недошивин');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ru');
    await expect(page.locator('[data-unknown="birthDate"]').innerText()).resolves.toBe('Дата рождения');
    await expect(page.getByRole('heading', { name: 'Биография', exact: true }).isVisible()).resolves.toBe(true);
    expect(session.pageErrors).toEqual([]);
  });

  it('switches the list to Russian and keeps its order and page', async () => {
    const { page } = session;
    await page.goto('/en/heroes?sort=decree&offset=25');
    await page.getByRole('link', { name: 'Русский' }).click();
    await page.waitForURL('**/ru/heroes?sort=decree&offset=25');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ru');
    expect(session.pageErrors).toEqual([]);
  });

  it('meets a localized 404 page for a hero that is not in the archive', async () => {
    const { page } = session;
    const response = await page.goto('/ru/heroes/no-such-hero');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1:visible').textContent()).resolves.toBe('Страница не найдена');
    await page.getByRole('link', { name: 'К списку Героев' }).click();
    await page.waitForURL('**/ru/heroes');
    await expect(page.locator('h1:visible').textContent()).resolves.toBe('Герои');
  });
});

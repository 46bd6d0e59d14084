import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser';
import { useSite } from '../support/site';

useSite();

describe('a descendant looks up a grandfather by a misspelt name', () => {
  const session = useBrowser();

  it('types the name, picks the suggestion and lands on the profile', async () => {
    const { page } = session;
    await page.goto('/ru');
    const box = page.getByRole('search').first().getByRole('searchbox');
    await box.pressSequentially('Недошевин', { delay: 30 });
    const suggestion = page
      .getByRole('search')
      .first()
      .getByRole('link', { name: /Вениамин Недошивин/ });
    await suggestion.waitFor();
    // The count is announced to screen readers, and the box says where it is announced.
    const count = await box.getAttribute('aria-describedby');
    await expect(page.locator(`[id="${count}"]`).textContent()).resolves.toMatch(/^Подсказок: [1-6]\./);
    await suggestion.click();
    await page.waitForURL('**/ru/heroes/veniamin-nedoshivin');
    await expect(page.locator('h1:visible').textContent()).resolves.toBe('Вениамин Недошивин');
    expect(session.pageErrors).toEqual([]);
  });

  it('submits the form without suggestions and reads why the result matched', async () => {
    const { page } = session;
    await page.goto('/en');
    const box = page.getByRole('search').first().getByRole('searchbox');
    await box.fill('Hakimov');
    await box.press('Enter');
    await page.waitForURL('**/en/search?q=Hakimov');
    await expect(page.getByTestId('why').filter({ visible: true }).first().innerText()).resolves.toContain(
      '“Hakimov” read as the name Khakimov',
    );
    await page.getByRole('link', { name: 'A. Khakimov' }).click();
    await page.waitForURL('**/en/heroes/a-khakimov');
  });
});

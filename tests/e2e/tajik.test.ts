// A Tajik reader: types a name in Tajik letters, reads the results and the profile in Tajik,
// with the Tajik letters drawn by the site's own font.
import { describe, expect, it } from 'vitest';
import { foldName } from '../../lib/search/normalize';
import { useBrowser, type Page } from '../support/browser';
import { useSite } from '../support/site';

useSite();

/**
 * The words of a visible text that spell one of `form`'s names another way: the same letters once
 * folded (Эрҷигитов, Эрджигитов and Эржигитов all fold to "erjigitov"), other letters as written.
 * A form in quotation marks («Эржигитов») or brackets is a source's spelling, named as such.
 */
function otherSpellings(text: string, form: string): string[] {
  const unquoted = text.replace(/«[^»]*»/g, ' ').replace(/\([^)]*\)/g, ' ');
  const names = form.split(/\s+/).filter((name) => name.length > 2);
  return (unquoted.match(/[\p{L}\p{M}-]+/gu) ?? []).flatMap((word) =>
    names
      .filter((name) => foldName(word).startsWith(foldName(name)) && !word.startsWith(name))
      .map((name) => `${word} (not ${name})`),
  );
}

/** What a reader sees of a profile, part by part: the heading, the Tajik names of the names list, each paragraph of the biography. */
async function visibleNameParts(page: Page) {
  const heading = (await page.locator('h1:visible').innerText()).trim();
  // The list also gives the forms in other scripts and languages (Эрджигитов in Russian, Erdzhigitov):
  // the Tajik ones are those in Tajik letters or marked as Tajik or as the archive's transliteration.
  const names = await page
    .locator('section[aria-labelledby="names"] li:visible')
    .evaluateAll((items) =>
      items
        .filter(
          (li) =>
            li.closest('[lang]')?.getAttribute('lang') === 'tg' &&
            (/[ӣӯҳқғҷӢӮҲҚҒҶ]/.test(li.textContent ?? '') ||
              li.getAttribute('lang') === 'tg' ||
              li.querySelector('[data-name-note="transliteration"]')),
        )
        .map((li) => (li as HTMLElement).innerText),
    );
  const paragraphs = await page.locator('section[aria-labelledby="bio"] p:visible').allInnerTexts();
  return { heading, names, paragraphs };
}

describe('a Tajik reader', () => {
  const session = useBrowser();

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
    await expect(page.locator('[data-badge="membership"]').innerText()).resolves.toBe(
      'Дохил будани ӯ ба шумораи 64 шубҳанок аст',
    );
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
      return [...document.fonts].map((face) => ({
        range: face.unicodeRange,
        status: face.status,
        weight: face.weight,
      }));
    });
    expect(faces.filter((face) => /U\+460-52F/i.test(face.range) && face.status === 'loaded').length).toBeGreaterThan(
      0,
    );
    const drawn = await page.evaluate(() => {
      const family = getComputedStyle(document.body).fontFamily;
      return document.fonts.check(`16px ${family}`, 'ғӣқӯҳҷ');
    });
    expect(drawn).toBe(true);
    expect(session.pageErrors).toEqual([]);
  });

  it("reads one spelling of Erdzhigitov's name from the heading to the biography's last paragraph", async () => {
    const { page } = session;
    await page.goto('/tg/heroes/tuychi-erdzhigitov');
    const { heading, names, paragraphs } = await visibleNameParts(page);
    // The archive's transliteration (no source gives a Tajik form), said as such beside the heading.
    expect(heading).toBe('Тӯйчӣ Эрҷигитов');
    await expect(page.locator('[data-name-form="TRANSLITERATION"]').isVisible()).resolves.toBe(true);
    expect(names.length).toBeGreaterThan(0);
    expect(names.some((name) => name.includes('Эрҷигитов'))).toBe(true);
    expect(paragraphs.length).toBeGreaterThanOrEqual(3);
    expect(paragraphs.join(' ')).toContain('Эрҷигитов');
    const found = [...names, ...paragraphs].flatMap((text) => otherSpellings(text, heading));
    expect(found).toEqual([]);

    // The check reads what the browser shows: a last paragraph with the Russian spelling fails it.
    await page
      .locator('section[aria-labelledby="bio"] p')
      .last()
      .evaluate((p) => {
        p.textContent = `${p.textContent} Эрджигитов ва Туйчи.`;
      });
    const changed = await visibleNameParts(page);
    expect(changed.paragraphs.flatMap((text) => otherSpellings(text, heading))).toEqual([
      'Эрджигитов (not Эрҷигитов)',
      'Туйчи (not Тӯйчӣ)',
    ]);
    expect(session.pageErrors).toEqual([]);
  });
});

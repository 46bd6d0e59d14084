// A family's portrait from upload to the public profile: a contributor uploads it with a caption
// and a licence, a moderator approves it as the portrait, an anonymous reader sees it at the top
// of the profile and in the gallery, and the history lists the addition.
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type BrowserSession } from '../support/browser';
import { signIn } from '../support/auth';
import { sidewaysJpegWithGps } from '../support/images';
import { useSite } from '../support/site';

useSite();
const SLUG = 'safar-amirshoev';
const CAPTION = 'Portrait kept by the family, about 1944 (test picture)';

describe('a portrait from the family album to the profile', () => {
  let contributor: BrowserSession;
  let moderator: BrowserSession;
  let reader: BrowserSession;
  let folder: string;
  beforeAll(async () => {
    [contributor, moderator, reader] = await Promise.all([openBrowser(), openBrowser(), openBrowser()]);
    await signIn({ role: 'CONTRIBUTOR', browser: contributor });
    await signIn({ role: 'MODERATOR', browser: moderator });
    folder = mkdtempSync(path.join(os.tmpdir(), 'zvezda-upload-'));
  });
  afterAll(async () => {
    await Promise.all([contributor, moderator, reader].map((s) => s?.close()));
    rmSync(folder, { recursive: true, force: true });
  });

  it('is uploaded, approved as the portrait, shown to every reader and listed in the history', async () => {
    const file = path.join(folder, 'grandfather.jpg');
    writeFileSync(file, await sidewaysJpegWithGps());

    // The reader first meets the invitation, not an empty frame.
    await reader.page.goto(`/en/heroes/${SLUG}`);
    await reader.page.getByTestId('portrait-invitation').filter({ visible: true }).waitFor();

    const page = contributor.page;
    await page.goto(`/en/heroes/${SLUG}`);
    await page.getByTestId('portrait-invitation').filter({ visible: true }).getByRole('link').click();
    await page.waitForURL(`**/en/heroes/${SLUG}/media/new?kind=PORTRAIT`);
    const form = page.getByTestId('upload-form').filter({ visible: true });
    await form.getByLabel(/^Picture/).setInputFiles(file);
    await form.getByLabel('Caption', { exact: true }).fill(CAPTION);
    await form.getByLabel('Where the original is kept').selectOption('FAMILY');
    await form.getByLabel('How it may be used').selectOption('CC_BY_4');
    await form.getByLabel(/^Credit line/).fill('Family archive (test)');
    await form.getByLabel(/I confirm that I may share/).check();
    await form.getByRole('button', { name: 'Upload' }).click();
    await page.getByTestId('upload-done').filter({ visible: true }).waitFor({ timeout: 60_000 });

    // Not public before a moderator has seen it.
    await reader.page.goto(`/en/heroes/${SLUG}`);
    await reader.page.getByTestId('portrait-invitation').filter({ visible: true }).waitFor();

    const mod = moderator.page;
    await mod.goto('/en/moderation');
    await mod
      .getByRole('link', { name: /Portrait: Safar Amirshoev/ })
      .filter({ visible: true })
      .click();
    await mod.getByLabel("Use it as the profile's portrait").filter({ visible: true }).check();
    await mod.getByRole('button', { name: 'Approve' }).filter({ visible: true }).click();
    await mod
      .getByTestId('decision-outcome')
      .filter({ hasText: 'Approved: the picture is on the public page' })
      .waitFor({ timeout: 60_000 });

    await reader.page.goto(`/en/heroes/${SLUG}`);
    const portrait = reader.page.getByTestId('portrait').filter({ visible: true });
    await portrait.waitFor();
    await expect(portrait.locator('figcaption').innerText()).resolves.toBe(CAPTION);
    const image = portrait.locator('img').first();
    // The image really loads, upright (the original was stored sideways), at the size it says.
    await expect(
      image.evaluate((img: HTMLImageElement) =>
        img.decode().then(() => ({ w: img.naturalWidth, h: img.naturalHeight })),
      ),
    ).resolves.toMatchObject({ w: expect.any(Number) });
    const size = await image.evaluate((img: HTMLImageElement) => ({ w: img.naturalWidth, h: img.naturalHeight }));
    expect(size.h).toBeGreaterThan(size.w);
    await expect(reader.page.getByTestId('gallery').filter({ visible: true }).innerText()).resolves.toContain(CAPTION);

    await reader.page.goto(`/en/heroes/${SLUG}/history`);
    await expect(reader.page.getByTestId('revision-2').filter({ visible: true }).innerText()).resolves.toContain(
      'Portrait added',
    );

    // Approved, the picture can be a fact's source: the correction form offers it in a plain select.
    await page.goto(`/en/heroes/${SLUG}/propose?field=rankAtFeat`);
    await page.getByLabel('Rank at the deed').fill('senior sergeant (test)');
    await page.getByLabel("Or a picture in this Hero's gallery").selectOption({ label: `Portrait: ${CAPTION}` });
    await page.getByLabel('What does the source show?').fill('The portrait shows his rank insignia (test).');
    await page.getByRole('button', { name: 'Send the proposal' }).click();
    await page.waitForURL('**/en/account?submitted=1');
    for (const session of [contributor, moderator, reader]) expect(session.pageErrors).toEqual([]);
  }, 180_000);

  it('is taken down when a request to remove it is approved, leaving the invitation and a line in the history', async () => {
    const page = contributor.page;
    await page.goto(`/en/heroes/${SLUG}`);
    await page
      .getByTestId('gallery')
      .filter({ visible: true })
      .getByRole('link', { name: 'Ask to remove' })
      .first()
      .click();
    const form = page.getByTestId('removal-form').filter({ visible: true });
    await form.getByLabel('Why should it be removed?').fill('short');
    await form.getByRole('button', { name: 'Send the request' }).click();
    await page.getByTestId('removal-error').filter({ hasText: '10 characters or more' }).waitFor();
    await form
      .getByLabel('Why should it be removed?')
      .fill('The family no longer wishes to share this photograph (test).');
    await form.getByRole('button', { name: 'Send the request' }).click();
    await page.getByTestId('removal-done').filter({ visible: true }).waitFor();

    // Still shown until a moderator decides.
    await reader.page.goto(`/en/heroes/${SLUG}`);
    await reader.page.getByTestId('portrait').filter({ visible: true }).waitFor();

    const mod = moderator.page;
    await mod.goto('/en/moderation');
    await mod
      .getByTestId('removal-queue')
      .filter({ visible: true })
      .getByRole('link', { name: /Portrait: Safar Amirshoev/ })
      .click();
    await expect(mod.getByTestId('removal-reason').filter({ visible: true }).innerText()).resolves.toContain(
      'no longer wishes',
    );
    await mod.getByRole('button', { name: 'Remove it from the public pages' }).filter({ visible: true }).click();
    // The page re-renders with the decision once the request is no longer pending.
    await mod
      .getByTestId(/^decision-(done|outcome)$/)
      .filter({ visible: true })
      .first()
      .waitFor({ timeout: 60_000 });

    await reader.page.goto(`/en/heroes/${SLUG}`);
    await reader.page.getByTestId('portrait-invitation').filter({ visible: true }).waitFor();
    await expect(reader.page.getByTestId('gallery').filter({ visible: true }).innerText()).resolves.not.toContain(
      CAPTION,
    );
    await reader.page.goto(`/en/heroes/${SLUG}/history`);
    await expect(reader.page.getByTestId('revision-3').filter({ visible: true }).innerText()).resolves.toContain(
      'Picture removed',
    );

    // The contributor's account lists the picture, now removed, and the request with its outcome.
    await page.goto('/en/account');
    const mine = page.getByTestId('my-media').filter({ visible: true });
    await expect(mine.locator('li[data-status="REMOVED"]').innerText()).resolves.toContain(CAPTION);
    await expect(mine.getByTestId('my-removals').locator('li[data-status="APPROVED"]').innerText()).resolves.toContain(
      CAPTION,
    );
    for (const session of [contributor, moderator, reader]) expect(session.pageErrors).toEqual([]);
  }, 180_000);
});

// The admin import journey in Chromium: a CSV with a bad row is refused with the row's line and
// field, a dry run says what would happen, and the import then creates the records.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '../../lib/prisma-client';
import { signIn } from '../support/auth';
import { useBrowser } from '../support/browser';
import { fileDatabaseUrl } from '../support/database';
import { root } from '../support/scripts';
import { useSite } from '../support/site';

useSite();
const prisma = createPrismaClient(fileDatabaseUrl(), { max: 2 });

describe('an admin imports a file from the site', { timeout: 180_000 }, () => {
  const admin = useBrowser();
  beforeAll(async () => {
    await signIn({ role: 'ADMIN', browser: admin });
  });
  afterAll(() => prisma.$disconnect());

  it('shows the errors of a bad file, a dry run, then imports', async () => {
    const page = admin.page;
    await page.goto('/en/admin/import');
    const heroes = await prisma.hero.count();
    await page.getByLabel('File').setInputFiles(path.join(root, 'tests/fixtures/import/csv-with-errors.csv'));
    await page.getByLabel('Dry run: show what would happen, change nothing').uncheck();
    await page.getByRole('button', { name: 'Import' }).click();
    await page.getByTestId('import-state').getByText('line 4, birth_date: Not a real date.').waitFor();
    await page.getByTestId('import-state').getByText('Nothing was imported: 5 of 6 rows have errors.').waitFor();
    expect(await prisma.hero.count()).toBe(heroes);

    await page.getByLabel('File').setInputFiles(path.join(root, 'tests/fixtures/import/csv-good.csv'));
    await page.getByLabel('Dry run: show what would happen, change nothing').check();
    await page.getByRole('button', { name: 'Import' }).click();
    await page.getByTestId('import-state').getByText('Dry run of 2 rows: 2 would be created').waitFor();
    expect(await prisma.hero.count()).toBe(heroes);

    // The form is cleared after each run (React resets a form after its action): choose again.
    await page.getByLabel('File').setInputFiles(path.join(root, 'tests/fixtures/import/csv-good.csv'));
    await page.getByLabel('Dry run: show what would happen, change nothing').uncheck();
    await page.getByRole('button', { name: 'Import' }).click();
    await page.getByTestId('import-state').getByText('Imported 2 rows: 2 created').waitFor();
    expect(await prisma.hero.count()).toBe(heroes + 2);
    expect(admin.pageErrors).toEqual([]);
  });
});

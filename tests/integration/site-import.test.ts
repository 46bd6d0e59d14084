// An import from the admin page: admins only, the same checks and outcome as the shell, and the
// page itself refuses everyone else.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '../../lib/prisma-client';
import { importFromSite } from '../../lib/exports/site-import';
import { AppError } from '../../lib/errors';
import { signIn } from '../support/auth';
import { fileDatabaseUrl } from '../support/database';
import { root } from '../support/scripts';
import { useSite } from '../support/site';

const site = useSite();
const prisma = createPrismaClient(fileDatabaseUrl(), { max: 2 });
afterAll(() => prisma.$disconnect());
const sample = () => readFileSync(path.join(root, 'tests/fixtures/import/wikidata-sample.json'));

describe('import from the admin page', () => {
  it('is refused to a moderator and to nobody, with nothing changed', async () => {
    const moderator = await signIn({ role: 'MODERATOR' });
    const heroes = await prisma.hero.count();
    await expect(
      importFromSite(moderator.actor, { name: 'w.json', bytes: sample(), dryRun: false, validRowsOnly: false }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      importFromSite(null, { name: 'w.json', bytes: sample(), dryRun: false, validRowsOnly: false }),
    ).rejects.toBeInstanceOf(AppError);
    expect(await prisma.hero.count()).toBe(heroes);
    const page = await fetch(`${site.url}/en/admin/import`, {
      headers: { cookie: moderator.cookie },
      redirect: 'manual',
    });
    expect(page.status).toBe(403);
  });

  it('lets an admin dry-run and then import, recorded as that admin', async () => {
    const admin = await signIn({ role: 'ADMIN' });
    const page = await fetch(`${site.url}/ru/admin/import`, { headers: { cookie: admin.cookie } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Импорт записей');
    const heroes = await prisma.hero.count();
    // The same file, named with a path that must not reach the disk, first as a dry run.
    const importSample = (dryRun: boolean) =>
      importFromSite(admin.actor, {
        name: '../../etc/wikidata sample.json',
        bytes: sample(),
        dryRun,
        validRowsOnly: false,
      });
    const dry = await importSample(true);
    expect(dry).toMatchObject({ summary: { created: 3, applied: false } });
    expect(await prisma.hero.count()).toBe(heroes);
    const real = await importSample(false);
    expect(real).toMatchObject({ summary: { created: 3, applied: true } });
    const hero = await prisma.hero.findUniqueOrThrow({
      where: { wikidataId: 'Q999000001' },
      include: { revisions: true },
    });
    expect(hero.revisions[0]!.reason).toBe('Imported from wikidata_sample.json, row 1 (line 1)');
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'import', actorId: admin.user.id } });
    expect(audit.details).toMatchObject({ created: 3, file: 'wikidata_sample.json' });
    await expect(
      importFromSite(admin.actor, { name: 'x.csv', bytes: Buffer.alloc(0), dryRun: true, validRowsOnly: false }),
    ).rejects.toMatchObject({ messageKey: 'importEmpty' });
    expect(
      await importFromSite(admin.actor, {
        name: 'x.json',
        bytes: Buffer.from('{"nothing": true}'),
        dryRun: true,
        validRowsOnly: false,
      }),
    ).toMatchObject({ fileError: expect.stringContaining('A JSON file must be') });
    site.assertNoServerErrors();
  });
});

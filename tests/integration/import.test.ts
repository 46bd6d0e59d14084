// Bulk import: a Wikidata result and CSVs of synthetic people (tests/fixtures/import), the
// archive's own export into an empty database, bad rows reported by line and field with nothing
// changed, dry runs, idempotence, edited records never overwritten, and a killed import.
import { once } from 'node:events';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '../../lib/prisma-client';
import { migrate } from '../../scripts/db/migrate';
import { createTestDatabase, fileDatabaseUrl, type TestDatabase } from '../support/database';
import { root, runScript, startScript } from '../support/scripts';
import { useSite } from '../support/site';
import { readSnapshot } from '../../lib/revisions/snapshot';
import { loadGazetteer, seedPlaces } from '../../prisma/seed/places';

const site = useSite();

const prisma = createPrismaClient(fileDatabaseUrl(), { max: 2 });
const fixtures = path.join(root, 'tests/fixtures/import');
const dir = mkdtempSync(path.join(os.tmpdir(), 'zvezda-import-'));
const empties: TestDatabase[] = [];
afterAll(async () => {
  await prisma.$disconnect();
  for (const db of empties) await db.drop();
});

async function counts() {
  const [heroes, revisions, submissions, names, terms, places, sources] = await Promise.all([
    prisma.hero.count(),
    prisma.revision.count(),
    prisma.submission.count(),
    prisma.heroName.count(),
    prisma.searchTerm.count(),
    prisma.place.count(),
    prisma.source.count(),
  ]);
  return { heroes, revisions, submissions, names, terms, places, sources };
}

describe('npm run import', () => {
  it('imports a Wikidata result with the expected ids, dates to their precision, sources and provenance, and a second time changes nothing', async () => {
    const result = runScript('import.ts', [path.join(fixtures, 'wikidata-sample.json')]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('3 created, 0 changed');
    const first = await prisma.hero.findUniqueOrThrow({
      where: { wikidataId: 'Q999000001' },
      include: {
        birthPlace: true,
        awards: true,
        citations: { include: { source: true } },
        revisions: true,
        names: true,
      },
    });
    expect(first).toMatchObject({
      warheroesId: '999000001',
      surnameRu: 'Примеров',
      givenRu: 'Тесто',
      patronymicRu: 'Образцович',
      surnameEn: 'Primerov',
      givenEn: 'Testo',
      group: 'OTHER',
      countedIn64: false,
      confidence: 'LOW',
      birthDatePrecision: 'DAY',
      deathDatePrecision: 'YEAR',
      slug: 'testo-primerov',
    });
    expect(first.birthDate?.toISOString().slice(0, 10)).toBe('1901-02-03');
    expect(first.birthPlace?.name).toBe('Testograd');
    expect(first.awards).toEqual([
      expect.objectContaining({ kind: 'HERO_OF_THE_SOVIET_UNION', decreePrecision: 'DAY' }),
    ]);
    expect(first.citations.map((c) => c.source.url)).toEqual(['https://www.wikidata.org/wiki/Q999000001']);
    expect(first.revisions).toEqual([
      expect.objectContaining({ number: 1, reason: 'Imported from wikidata-sample.json, row 1 (line 1)' }),
    ]);
    // The first revision holds the record exactly as it reads back.
    expect(first.revisions[0]!.snapshot).toEqual((await readSnapshot(prisma as never, first.id)).snapshot);
    // Its profile shows it, with the link to Wikidata and nothing the source did not give.
    const page = await fetch(`${site.url}/en/heroes/testo-primerov`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('https://www.wikidata.org/wiki/Q999000001');
    expect(html).toContain('Not linked to Tajikistan by the sources');
    site.assertNoServerErrors();
    // 1 January without a stated precision is the year only: no day the source did not give.
    const second = await prisma.hero.findUniqueOrThrow({ where: { wikidataId: 'Q999000002' } });
    expect(second.birthDatePrecision).toBe('YEAR');
    expect((await prisma.hero.findUniqueOrThrow({ where: { wikidataId: 'Q999000003' } })).warheroesId).toBeNull();
    // Every page that shows them is invalidated, in the same transaction.
    const tags = (
      await prisma.cacheTag.findMany({
        where: { tag: { in: ['archive', 'hero:testo-primerov', 'hero:sintet-fiktivov'] } },
      })
    )
      .map((t) => t.tag)
      .sort();
    expect(tags).toEqual(['archive', 'hero:sintet-fiktivov', 'hero:testo-primerov']);
    // Search finds them by name and by id.
    const { runSearch } = await import('../../lib/search/query');
    expect((await runSearch(prisma, { q: 'Примеров', limit: 5 } as never)).hits[0]?.heroId).toBe(first.id);
    expect((await runSearch(prisma, { q: 'Q999000002', limit: 5 } as never)).hits[0]?.heroId).toBe(second.id);

    const before = await counts();
    const again = runScript('import.ts', [path.join(fixtures, 'wikidata-sample.json')]);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain('0 created, 0 changed, 0 proposed for review (edited in the archive), 3 unchanged');
    expect(await counts()).toEqual(before);
  });

  it('reports every bad CSV row by line and field and changes nothing; --valid-rows-only imports the rest', async () => {
    const before = await counts();
    const file = path.join(fixtures, 'csv-with-errors.csv');
    const result = runScript('import.ts', [file]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('line 4, birth_date: Not a real date.');
    expect(result.stderr).toContain('line 5, wikidata: Not an id of that archive (e.g. Q123).');
    expect(result.stderr).toContain('line 5, posthumous: true or false.');
    expect(result.stderr).toContain('line 6, surname_ru: Required.');
    expect(result.stderr).toContain('line 7, wikidata: Line 3 has the same wikidata Q999000101.');
    expect(result.stderr).toContain('line 8, source_urls.0: Each source must be an http(s) address, separated by |.');
    expect(result.stderr).toContain('nothing was imported');
    expect(await counts()).toEqual(before);

    const partial = runScript('import.ts', [file, '--valid-rows-only']);
    expect(partial.status, partial.stderr).toBe(0);
    expect(partial.stdout).toContain('1 created');
    const hero = await prisma.hero.findUniqueOrThrow({
      where: { wikidataId: 'Q999000101' },
      include: { awards: true, citations: { include: { source: true } } },
    });
    expect(hero).toMatchObject({ surnameEn: 'Probny', warheroesId: '999000101' });
    expect(hero.awards[0]).toMatchObject({ posthumous: false });
    expect(hero.citations[0]?.source.url).toBe('https://example.org/synthetic/101');
  });

  it('shows on a dry run what would be created, changed and left alone, and changes nothing', async () => {
    const good = path.join(fixtures, 'csv-good.csv');
    const before = await counts();
    const dry = runScript('import.ts', [good, '--dry-run']);
    expect(dry.status, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('would be 2 created, 0 changed');
    expect(dry.stdout).toMatch(/created\s+line 2: test-obraztsov/);
    expect(dry.stdout).toContain('Nothing was changed.');
    expect(await counts()).toEqual(before);
    expect(runScript('import.ts', [good]).status).toBe(0);
    const hero = await prisma.hero.findUniqueOrThrow({ where: { slug: 'test-obraztsov' } });
    expect(hero).toMatchObject({
      pamyatNarodaId: '999000211',
      podvigNarodaId: '999000221',
      birthDatePrecision: 'MONTH',
      rankAtFeat: 'Private',
    });
  });

  it('updates a record not edited in the archive with a revision, and turns a difference on an edited one into a pending proposal', async () => {
    const edited = await prisma.hero.update({ where: { wikidataId: 'Q999000202' }, data: { editedAt: new Date() } });
    const changedFile = path.join(dir, 'changed.csv');
    writeFileSync(
      changedFile,
      readFileSync(path.join(fixtures, 'csv-good.csv'), 'utf8')
        .replace('Private', 'Sergeant')
        .replace(',Vydumkin,Primer,1920,', ',Vydumkin,Primer,1921,'),
    );
    const dry = runScript('import.ts', [changedFile, '--dry-run']);
    expect(dry.stdout).toContain('would be 0 created, 1 changed, 1 proposed for review');
    expect(dry.stdout).toMatch(/changed\s+line 2: test-obraztsov \(rankAtFeat\)/);
    const result = runScript('import.ts', [changedFile]);
    expect(result.status, result.stderr).toBe(0);
    const updated = await prisma.hero.findUniqueOrThrow({
      where: { slug: 'test-obraztsov' },
      include: { revisions: { orderBy: { number: 'asc' } } },
    });
    expect(updated.rankAtFeat).toBe('Sergeant');
    expect(updated.editedAt).toBeNull();
    expect(updated.revisions.at(-1)).toMatchObject({
      reason: 'Imported from changed.csv, row 1 (line 2)',
      diff: { rankAtFeat: { from: 'Private', to: 'Sergeant' } },
    });
    const untouched = await prisma.hero.findUniqueOrThrow({ where: { id: edited.id } });
    expect(untouched.birthDate?.toISOString().slice(0, 4)).toBe('1920');
    const proposal = await prisma.submission.findFirstOrThrow({ where: { heroId: edited.id, status: 'PENDING' } });
    expect(proposal.note).toBe(
      'Imported from changed.csv, row 2 (line 3): differs from the record as edited in the archive.',
    );
    expect(proposal.payload).toMatchObject({ birthDate: '1921' });
    expect(proposal.evidence).toEqual([{ url: null, title: 'Import of changed.csv, row 2', archiveRef: null }]);
    // The same file again: nothing new, not even a second proposal.
    const before = await counts();
    expect(runScript('import.ts', [changedFile]).stdout).toContain(
      '0 created, 0 changed, 0 proposed for review (edited in the archive), 2 unchanged',
    );
    expect(await counts()).toEqual(before);
  });

  it('round-trips: export, import into an empty database, export again gives the same bytes', async () => {
    const exported = path.join(dir, 'round.json');
    expect(runScript('export.ts', ['--format', 'json', '--out', exported]).status).toBe(0);
    const empty = await createTestDatabase('roundtrip');
    empties.push(empty);
    await migrate(empty.url);
    // The records link to the gazetteer's places, which an import finds and never makes: a new
    // archive holds its gazetteer (prisma/data/places.json) before it imports records.
    const fresh = createPrismaClient(empty.url, { max: 1 });
    await fresh.$transaction((tx) => seedPlaces(tx, loadGazetteer()), { timeout: 60_000 });
    await fresh.$disconnect();
    const imported = runScript('import.ts', [exported], { DATABASE_URL: empty.url });
    expect(imported.status, imported.stderr).toBe(0);
    const again = path.join(dir, 'round-again.json');
    expect(runScript('export.ts', ['--format', 'json', '--out', again], { DATABASE_URL: empty.url }).status).toBe(0);
    const a = readFileSync(exported, 'utf8');
    expect(a.split('\n').length).toBeGreaterThan(25);
    expect(readFileSync(again, 'utf8')).toBe(a);
    // And importing it back where it came from changes nothing.
    const before = await counts();
    expect(runScript('import.ts', [exported]).stdout).toMatch(
      /0 created, 0 changed, 0 proposed for review \(edited in the archive\), \d+ unchanged/,
    );
    expect(await counts()).toEqual(before);
    // Four scripts, each a process of its own (tsx, Prisma, the database): a minute on a busy machine.
  }, 180_000);

  it('leaves the database as it was when the import is killed, and imports everything when run again', async () => {
    const file = path.join(dir, 'many.csv');
    const lines = ['surname_ru,given_ru,surname_en,given_en,wikidata,birth_date'];
    for (let i = 0; i < 6000; i += 1)
      lines.push(`Синтетиков${i},Тест,Sintetikov${i},Test,Q99980${String(i).padStart(4, '0')},1920`);
    writeFileSync(file, `${lines.join('\n')}\n`);
    const before = await counts();
    const child = startScript('import.ts', [file]);
    let stderr = '';
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    // Kill it once it is writing rows.
    for (let i = 0; i < 600 && !/Importing/.test(stderr); i += 1) await new Promise((r) => setTimeout(r, 50));
    expect(stderr).toContain('Importing');
    await new Promise((r) => setTimeout(r, 300));
    child.kill('SIGKILL');
    await once(child, 'exit');
    expect(child.signalCode).toBe('SIGKILL');
    // PostgreSQL rolls the open transaction back when it sees the connection gone: wait until
    // no other session is left in this database.
    for (
      let i = 0;
      i < 100 &&
      (
        await prisma.$queryRaw<
          { n: bigint }[]
        >`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state <> 'idle'`
      )[0]!.n > 0n;
      i += 1
    ) {
      await new Promise((r) => setTimeout(r, 100));
    }
    const after = await counts();
    expect([before.heroes, before.heroes + 6000]).toContain(after.heroes);
    expect(after).toEqual(before);
    const full = runScript('import.ts', [file]);
    expect(full.status, full.stderr).toBe(0);
    expect((await counts()).heroes).toBe(before.heroes + 6000);
    // Two runs of the script over 6,000 rows, like the round trip above: on two busy cores that
    // has taken over a minute.
  }, 180_000);
});

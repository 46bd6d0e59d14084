// npm run bench:import: how long a bulk import of N synthetic Heroes takes, and its peak memory.
// Each size gets a fresh database (zvezda_bench_import_<size>), migrated and seeded, and a CSV of
// synthetic people with obviously synthetic ids (Q9990…, warheroes 9990…); the import runs in
// this process, as npm run import does, and is timed from reading the file to the commit.
import { mkdtempSync, rmSync, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createPrismaClient } from '../../lib/prisma-client';
import { importFile } from '../../lib/exports/import';
import { resolveDatabase } from '../db/database';
import { migrate } from '../db/migrate';
import { runSeed } from '../db/seed-runner';

const HELP = `Usage: npm run bench:import [-- --sizes 12800,100000] [--keep]
For each size, builds a database (zvezda_bench_import_<size>) on DATABASE_URL's server or the
embedded one, writes a CSV of that many synthetic Heroes, imports it, and prints the time, the
rate and the peak memory (RSS) of the importing process; then imports the same file again (it
must change nothing) and prints that time too. --keep keeps the databases. Exit status 0 on
success, 1 on bad arguments or failure.`;
const argv = process.argv.slice(2).filter((a) => a !== '--');
if (argv.includes('--help')) {
  console.log(HELP);
  process.exit(0);
}
const sizesArg = argv[argv.indexOf('--sizes') + 1];
const sizes = (argv.includes('--sizes') ? (sizesArg ?? '') : '12800,100000').split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error(`--sizes takes whole numbers separated by commas.\n\n${HELP}`);
  process.exit(1);
}
const keep = argv.includes('--keep');

let state = 20261123;
const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;
const STEMS = ['Синтет', 'Пример', 'Образц', 'Макет', 'Тестер', 'Пробн', 'Выдумк', 'Черновик', 'Заглушк', 'Фиктив'];
const LATIN: Record<string, string> = {
  Синтет: 'Sintet',
  Пример: 'Primer',
  Образц: 'Obrazts',
  Макет: 'Maket',
  Тестер: 'Tester',
  Пробн: 'Probn',
  Выдумк: 'Vydumk',
  Черновик: 'Chernovik',
  Заглушк: 'Zaglushk',
  Фиктив: 'Fiktiv',
};
const GIVEN = [
  ['Тест', 'Test'],
  ['Проб', 'Prob'],
  ['Макс', 'Maks'],
  ['Опыт', 'Opyt'],
] as const;
const PLACES = ['Testograd', 'Primerovka', 'Obraztsovo', 'Maketino', 'Sintetsk'];

async function writeCsv(file: string, size: number) {
  const out = createWriteStream(file);
  const write = async (line: string) => {
    if (!out.write(line)) await once(out, 'drain');
  };
  await write(
    'wikidata,warheroes,surname_ru,given_ru,surname_en,given_en,birth_date,birth_place,title_decree_date,posthumous,source_urls\n',
  );
  for (let i = 0; i < size; i += 1) {
    const stem = pick(STEMS);
    const [givenRu, givenEn] = pick([...GIVEN]);
    const year = 1900 + Math.floor(random() * 26);
    await write(
      `Q999${String(i).padStart(7, '0')},999${String(i).padStart(7, '0')},${stem}ов${i},${givenRu},${LATIN[stem]}ov${i},${givenEn},${year},${pick(PLACES)},1943-10-16,${random() < 0.4},https://example.org/synthetic/${i}\n`,
    );
  }
  out.end();
  await once(out, 'finish');
}

const database = await resolveDatabase((line) => console.error(line));
const admin = new pg.Client({ connectionString: database.url });
await admin.connect();
const tmp = mkdtempSync(path.join(os.tmpdir(), 'zvezda-bench-import-'));
let status = 0;
try {
  console.log('| heroes | import | rows/s | peak RSS | again (unchanged) |\n| ---: | ---: | ---: | ---: | ---: |');
  for (const size of sizes) {
    const name = `zvezda_bench_import_${size}`;
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = database.url.replace(/\/[^/?]+(\?.*)?$/, `/${name}$1`);
    await migrate(url);
    await runSeed(url);
    const file = path.join(tmp, `heroes-${size}.csv`);
    await writeCsv(file, size);
    const prisma = createPrismaClient(url, { max: 2, statementTimeoutMs: 600_000 });
    let peak = 0;
    const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
    global.gc?.();
    const started = performance.now();
    const summary = await importFile(prisma, { file });
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sample);
    if (summary.created !== size)
      throw new Error(
        `Expected ${size} created, got ${JSON.stringify({ ...summary, examples: undefined, errors: summary.errors.slice(0, 5) })}`,
      );
    const againStarted = performance.now();
    const again = await importFile(prisma, { file });
    const againSeconds = (performance.now() - againStarted) / 1000;
    if (again.unchanged !== size)
      throw new Error(`The second import changed something: ${JSON.stringify({ ...again, examples: undefined })}`);
    await prisma.$disconnect();
    console.log(
      `| ${size.toLocaleString('en')} | ${seconds.toFixed(1)} s | ${Math.round(size / seconds)} | ${Math.round(peak / 1024 / 1024)} MB | ${againSeconds.toFixed(1)} s |`,
    );
    if (!keep) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  status = 1;
} finally {
  rmSync(tmp, { recursive: true, force: true });
  await admin.end();
  await database.stop();
}
process.exit(status);

// npm run bench:search: search speed and recall at 10,000, 100,000 and 1,000,000 heroes.
// Each size gets its own database: the real seed plus synthetic heroes with realistic Russian,
// Tajik and transliterated names (none sharing a surname with the real heroes, so the labelled
// queries still have one right answer), then the labelled queries run and recall@3 and latency
// percentiles are printed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';
import { createPrismaClient } from '../../lib/prisma-client';
import { runSearch } from '../../lib/search/query';
import { SearchQuerySchema } from '../../lib/search/schemas';
import { PROJECT_ROOT, resolveDatabase } from '../db/database';
import { createBenchDatabase } from './synthetic-heroes';
import { readCommandLine } from './command-line';

const HELP = `Usage: npm run bench:search [-- --sizes 10000,100000,1000000] [--runs N]
Builds one database per size (zvezda_bench_<size>) on DATABASE_URL's server or the embedded one,
and prints recall@3 and p50/p95 latency of the labelled queries for each. --runs repeats the
query set (default 2); --verbose lists the queries that missed and the slowest; --keep keeps the
databases (they are dropped after measuring otherwise). Exit status 0 on success, 1 on failure.`;
const arg = readCommandLine(HELP);
const sizes = (arg('--sizes') ?? '10000,100000,1000000').split(',').map(Number);
const runs = Number(arg('--runs') ?? 2);
const verbose = process.argv.includes('--verbose');
const keep = process.argv.includes('--keep');
if (sizes.some((n) => !Number.isInteger(n) || n < 100) || !Number.isInteger(runs) || runs < 1) {
  console.error(HELP);
  process.exit(1);
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

type Labelled = { query: string; expected: string };
const queries = JSON.parse(
  readFileSync(path.join(PROJECT_ROOT, 'tests/fixtures/search-queries.json'), 'utf8'),
) as Labelled[];

const database = await resolveDatabase();
const admin = postgres(database.url, { max: 1, onnotice: () => {} });
let status = 0;
const table: string[] = [];
try {
  for (const size of sizes) {
    const name = `zvezda_bench_${size}`;
    console.log(`\n${size.toLocaleString('en')} heroes (database ${name})`);
    const loadStart = performance.now();
    const url = await createBenchDatabase(database.url, name, size);
    console.log(`  built in ${((performance.now() - loadStart) / 1000).toFixed(0)} s`);

    const prisma = createPrismaClient(url, { max: 1 });
    try {
      const client = prisma;
      for (const { query } of queries.slice(0, 20))
        await runSearch(client, SearchQuerySchema.parse({ q: query, limit: 3 })); // warm-up
      const latencies: number[] = [];
      let found = 0;
      const misses: string[] = [];
      const slowest: [number, string][] = [];
      for (let run = 0; run < runs; run += 1) {
        for (const { query, expected } of queries) {
          const started = performance.now();
          const { hits } = await runSearch(client, SearchQuerySchema.parse({ q: query, limit: 3 }));
          latencies.push(performance.now() - started);
          slowest.push([performance.now() - started, query]);
          if (run === 0) {
            const ids = hits.map((h) => h.heroId);
            const slugs = ids.length
              ? (await prisma.hero.findMany({ where: { id: { in: ids } }, select: { slug: true } })).map((h) => h.slug)
              : [];
            if (slugs.includes(expected)) found += 1;
            else if (verbose) misses.push(`"${query}" (wanted ${expected}, got ${slugs.join(', ') || 'nothing'})`);
          }
        }
      }
      latencies.sort((a, b) => a - b);
      const line = `${size.toLocaleString('en').padStart(9)} heroes | recall@3 ${((found / queries.length) * 100).toFixed(1)}% | p50 ${percentile(latencies, 50).toFixed(1)} ms | p95 ${percentile(latencies, 95).toFixed(1)} ms | max ${latencies.at(-1)!.toFixed(1)} ms | ${latencies.length} queries`;
      console.log(`  ${line}`);
      if (verbose && misses.length) console.log(`  misses:\n    ${misses.join('\n    ')}`);
      if (verbose) {
        slowest.sort((a, b) => b[0] - a[0]);
        console.log(
          `  slowest: ${slowest
            .slice(0, 8)
            .map(([ms, q]) => `"${q}" ${ms.toFixed(0)} ms`)
            .join(', ')}`,
        );
      }
      table.push(line);
    } finally {
      await prisma.$disconnect();
    }
    if (!keep) await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
  console.log(`\nSummary\n${table.join('\n')}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  status = 1;
} finally {
  await admin.end();
  await database.stop();
}
process.exit(status);

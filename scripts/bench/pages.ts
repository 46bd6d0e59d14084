// npm run bench:pages: how fast the site serves its public pages at 50 connections, against a
// static file from the same Next server and a bare Node server sending the profile's bytes.
// Starts the site (scripts/serve.ts) on a free port against the database npm start uses
// (DATABASE_URL, or the embedded one), unless --url names a running site.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import autocannon from 'autocannon';
import { findFreePort } from '../db/embedded-postgres';
import { PROJECT_ROOT, resolveDatabase } from '../db/database';
import { migrate } from '../db/migrate';
import { runSeed } from '../db/seed-runner';
import { siteNodeArgs } from '../../server/site-process';
import { createBenchDatabase, dropBenchDatabase } from './synthetic-heroes';
import { readCommandLine } from './command-line';
import { createPrismaClient } from '../../lib/prisma-client';
import { invalidateHero } from '../../lib/cache';

const HELP = `Usage: npm run bench:pages [-- --url http://host:port] [--heroes 12800,100000] [--seconds N] [--connections N]
Measures req/s, p50, p99 and errors for the profile, home, list, a unit page and /api/search, a
static file from the same server and a bare Node server sending the profile's bytes, then prints
the ratios, the first request after an approval (a cache miss) and the site process's peak
memory. With --heroes, each size gets a database of its own (the seed plus synthetic Heroes, as
bench:search makes them), dropped after. Needs a built site (npm start builds it).
Exit status 0 on success, 1 on failure.`;
const arg = readCommandLine(HELP);
const seconds = Number(arg('--seconds') ?? 10);
const connections = Number(arg('--connections') ?? 50);

type Result = { name: string; rps: number; p50: number; p99: number; errors: number; non2xx: number };

async function measure(name: string, url: string): Promise<Result> {
  // What is measured is what readers get once the page is in cache. Next answers the very first
  // request for a page with a render of its own while it fills its cache, so ask until it says
  // the page came from its cache (at most five times: a page that never does is measured as it is).
  let state = '';
  for (let attempt = 0; attempt < 5 && state !== 'HIT'; attempt += 1) {
    const response = await fetch(url);
    await response.arrayBuffer();
    state =
      response.headers.get('x-nextjs-cache') ??
      (response.headers.get('x-nextjs-postponed') ? 'rendered per request' : 'none');
  }
  if (state !== 'HIT') console.log(`${name}: not served from Next's cache before measuring (${state})`);
  const result = await autocannon({ url, connections, duration: seconds, pipelining: 1 });
  return {
    name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

function peakMemoryMb(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]);
    return Number.isFinite(kb) ? Math.round(kb / 1024) : null;
  } catch {
    return null;
  }
}

async function startSite(databaseUrl: string): Promise<{ base: string; pid: number; stop: () => Promise<void> }> {
  const port = await findFreePort();
  const startedAt = performance.now();
  const child = spawn(process.execPath, siteNodeArgs(), {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      NODE_ENV: 'production',
      AUTH_SECRET: process.env.AUTH_SECRET ?? 'bench-secret-0123456789-0123456789-0123456789',
      EMAIL_SERVER: 'smtp://127.0.0.1:9',
    },
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i += 1) {
    try {
      if ((await fetch(`${base}/en`)).status < 500) break;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  // What a restarted instance costs before it can serve: start-up and the first, cold render.
  console.log(
    `The serving process answered its first page ${Math.round(performance.now() - startedAt)} ms after it was started.`,
  );
  return {
    base,
    pid: child.pid!,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.on('exit', resolve));
    },
  };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/**
 * The first request after an approval: the approval invalidates the Hero's tags and the lists
 * (lib/cache.ts); the next reader of the profile pays for the render. Measured by invalidating
 * exactly those tags, as an approval does, and timing the next request, MISS_SAMPLES times: once
 * with a second between approvals, as a moderator works through the queue, and once back to back,
 * when each render also competes with the work the previous one left (compressing the answer the
 * page cache keeps, Next writing its cache files). With 20 samples p95 is the slowest request,
 * and moved by 50 ms from one run to the next; 50 make it the third slowest.
 *
 * A third mode leaves 12 s between approvals, as on most days: longer than pg's default idle
 * timeout, which used to close the site's connections between two approvals (lib/prisma-client.ts).
 * Fewer samples, to keep the run short: its p95 is its slowest request.
 *
 * The lists and the help page show every approval too (the archive tag). The home page shows
 * only counts: a correction leaves it in cache, and it is rendered again after an approval that
 * changes a count (the "counts" tag, which the database moves), here the publishing or
 * withdrawing of a record. Each is timed LIST_SAMPLES times, a second apart.
 */
type Write = 'correction' | 'count';
async function missAfterApproval(
  base: string,
  databaseUrl: string,
  pauseMs: number,
  {
    samples = MISS_SAMPLES,
    pathname = `/en/heroes/${PROFILE_SLUG}`,
    write = 'correction',
  }: { samples?: number; pathname?: string; write?: Write } = {},
): Promise<{ p50: number; p95: number; max: number; answers: string }> {
  const prisma = createPrismaClient(databaseUrl, { max: 1 });
  const timings: number[] = [];
  const answers = new Map<string, number>();
  try {
    const hero = await prisma.hero.findUniqueOrThrow({
      where: { slug: write === 'count' ? COUNTED_SLUG : PROFILE_SLUG },
      select: { id: true },
    });
    for (let i = 0; i < samples; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
      await prisma.$transaction(async (tx) => {
        // Withdrawn, then published again, in turn: each changes the counts, as approving a new record does.
        if (write === 'count') await tx.hero.update({ where: { id: hero.id }, data: { published: i % 2 === 1 } });
        await invalidateHero(tx, hero.id);
      });
      const started = performance.now();
      const response = await fetch(`${base}${pathname}`);
      await response.arrayBuffer();
      timings.push(performance.now() - started);
      const answer = response.headers.get('x-nextjs-cache') ?? 'without its cache';
      answers.set(answer, (answers.get(answer) ?? 0) + 1);
    }
  } finally {
    if (write === 'count') await prisma.hero.update({ where: { slug: COUNTED_SLUG }, data: { published: true } });
    await prisma.$disconnect();
  }
  timings.sort((a, b) => a - b);
  // What Next answered: MISS is a render; HIT or STALE, a page it still had.
  const said = [...answers].map(([answer, count]) => `${answer} ${count}×`).join(', ');
  return {
    p50: Math.round(percentile(timings, 50)),
    p95: Math.round(percentile(timings, 95)),
    max: Math.round(timings.at(-1)!),
    answers: said,
  };
}

async function runSuite(base: string, label: string, databaseUrl: string | null, pid: number | null): Promise<void> {
  const profileHtml = await (await fetch(`${base}/en/heroes/${PROFILE_SLUG}`)).arrayBuffer();
  const bare = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(Buffer.from(profileHtml));
  });
  const barePort = await findFreePort();
  await new Promise<void>((resolve) => bare.listen(barePort, '127.0.0.1', resolve));

  const results: Result[] = [];
  const unit = '/en/units/1064th-rifle-regiment';
  for (const [name, pathname] of [
    ['profile', `/en/heroes/${PROFILE_SLUG}`],
    ['home', '/en'],
    ['list', '/en/heroes'],
    ['list, sorted by decree, page 2', '/en/heroes?sort=decree&offset=25'],
    ['unit', unit],
    ['api search', '/api/search?q=nedoshivin'],
    ['static file (same server)', '/icon.svg'],
  ] as const) {
    results.push(await measure(name, `${base}${pathname}`));
  }
  results.push(await measure('bare Node, profile bytes', `http://127.0.0.1:${barePort}/`));
  bare.close();

  const staticRps = results.find((r) => r.name.startsWith('static'))!.rps;
  console.log(`\n${label}: ${connections} connections, ${seconds} s each, ${base}`);
  console.log('| what | req/s | p50 ms | p99 ms | errors | non-2xx | × static file |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of results) {
    console.log(
      `| ${r.name} | ${Math.round(r.rps)} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.non2xx} | ${(r.rps / staticRps).toFixed(2)} |`,
    );
  }
  if (databaseUrl) {
    const paced = await missAfterApproval(base, databaseUrl, 1000);
    const backToBack = await missAfterApproval(base, databaseUrl, 0);
    const quiet = await missAfterApproval(base, databaseUrl, QUIET_PAUSE_MS, { samples: QUIET_SAMPLES });
    console.log(`\nFirst request after an approval (what Next answered):`);
    const line = (what: string, m: Awaited<ReturnType<typeof missAfterApproval>>) =>
      console.log(`  ${what}: p50 ${m.p50} ms, p95 ${m.p95} ms, slowest ${m.max} ms (${m.answers})`);
    line(`profile, corrections a second apart (${MISS_SAMPLES} times)`, paced);
    line(`profile, corrections back to back (${MISS_SAMPLES} times)`, backToBack);
    line(`profile, corrections ${QUIET_PAUSE_MS / 1000} s apart (${QUIET_SAMPLES} times)`, quiet);
    for (const [name, pathname, write] of [
      ['home, after a correction', '/en', 'correction'],
      ['home, after a record is published or withdrawn', '/en', 'count'],
      ['list, after a correction', '/en/heroes', 'correction'],
      ['list in Russian, after a correction', '/ru/heroes', 'correction'],
      ['list by decree, page 2, after a correction', '/en/heroes?sort=decree&offset=25', 'correction'],
      ['help page, after a correction', '/en/help', 'correction'],
    ] as const) {
      line(
        `${name}, a second apart (${LIST_SAMPLES} times)`,
        await missAfterApproval(base, databaseUrl, 1000, { samples: LIST_SAMPLES, pathname, write }),
      );
    }
  }
  if (pid) console.log(`Peak memory of the site process: ${peakMemoryMb(pid) ?? '?'} MB`);
}

const PROFILE_SLUG = 'veniamin-nedoshivin';
/** A record of the seed the bench withdraws and publishes again, to change the counts. */
const COUNTED_SLUG = 't-nazarov';
const MISS_SAMPLES = 50;
const QUIET_SAMPLES = 10;
const QUIET_PAUSE_MS = 12_000;
const LIST_SAMPLES = 50;
const url = arg('--url');
const sizes = (arg('--heroes') ?? '').split(',').filter(Boolean).map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 100)) {
  console.error(HELP);
  process.exit(1);
}
let stopDatabase = async () => {};
let stopSite = async () => {};
try {
  if (url) {
    await runSuite(url, 'the running site', null, null);
  } else {
    const database = await resolveDatabase(() => {});
    stopDatabase = database.stop;
    if (sizes.length === 0) {
      await migrate(database.url);
      await runSeed(database.url, { onlyIfEmpty: true });
      const site = await startSite(database.url);
      stopSite = site.stop;
      await runSuite(site.base, 'the archive as seeded', database.url, site.pid);
      await site.stop();
    }
    for (const size of sizes) {
      const name = `zvezda_bench_pages_${size}`;
      const started = performance.now();
      const benchUrl = await createBenchDatabase(database.url, name, size);
      console.log(
        `${size.toLocaleString('en')} Heroes loaded in ${((performance.now() - started) / 1000).toFixed(0)} s`,
      );
      const site = await startSite(benchUrl);
      stopSite = site.stop;
      await runSuite(site.base, `${size.toLocaleString('en')} Heroes`, benchUrl, site.pid);
      await site.stop();
      stopSite = async () => {};
      await dropBenchDatabase(database.url, name);
    }
  }
  await stopDatabase();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await stopSite().catch(() => {});
  await stopDatabase().catch(() => {});
  process.exit(1);
}

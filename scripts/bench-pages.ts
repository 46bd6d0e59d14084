// npm run bench:pages: how fast the site serves its public pages at 50 connections, against a
// static file from the same Next server and a bare Node server sending the profile's bytes.
// Starts the site (scripts/serve.ts) on a free port against the database npm start uses
// (DATABASE_URL, or the embedded one), unless --url names a running site.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import autocannon from 'autocannon';
import { findFreePort } from './support/embedded-postgres';
import { PROJECT_ROOT, resolveDatabase } from './support/database';
import { migrate } from './support/migrate';
import { runSeed } from './support/seed-runner';

const HELP = `Usage: npm run bench:pages [-- --url http://host:port] [--seconds N] [--connections N]
Measures req/s, p50, p99 and errors for the profile, home, list, a unit page and /api/search, a
static file from the same server and a bare Node server sending the profile's bytes, then prints
the ratios and the site process's peak memory. Needs a built site (npm start builds it).
Exit status 0 on success, 1 on failure.`;
if (process.argv.includes('--help')) {
  console.log(HELP);
  process.exit(0);
}
const arg = (name: string) => {
  const index = process.argv.indexOf(name);
  return index > -1 ? process.argv[index + 1] : undefined;
};
const seconds = Number(arg('--seconds') ?? 10);
const connections = Number(arg('--connections') ?? 50);

type Result = { name: string; rps: number; p50: number; p99: number; errors: number; non2xx: number };

async function measure(name: string, url: string): Promise<Result> {
  // A first request fills the cache; what is measured is what readers get after that.
  await fetch(url);
  const result = await autocannon({ url, connections, duration: seconds, pipelining: 1 });
  return { name, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts, non2xx: result.non2xx };
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

let stop = async () => {};
let base = arg('--url');
let sitePid: number | null = null;
try {
  if (!base) {
    const database = await resolveDatabase(() => {});
    await migrate(database.url);
    await runSeed(database.url, { onlyIfEmpty: true });
    const port = await findFreePort();
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/serve.ts'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, DATABASE_URL: database.url, PORT: String(port), NODE_ENV: 'production', AUTH_SECRET: process.env.AUTH_SECRET ?? 'bench-secret-0123456789-0123456789-0123456789', EMAIL_SERVER: 'smtp://127.0.0.1:9' },
      stdio: 'ignore',
    });
    stop = async () => {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.on('exit', resolve));
      await database.stop();
    };
    base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 240; i += 1) {
      try {
        if ((await fetch(`${base}/en`)).status < 500) break;
      } catch {
        // not up yet
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    // The Next process is the tsx child's child: find it by its parent.
    const { execSync } = await import('node:child_process');
    sitePid = Number(execSync(`pgrep -P ${child.pid} || echo ${child.pid}`).toString().trim().split('\n')[0]);
  }
  const profileHtml = await (await fetch(`${base}/en/heroes/veniamin-nedoshivin`)).arrayBuffer();
  const bare = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(Buffer.from(profileHtml));
  });
  const barePort = await findFreePort();
  await new Promise<void>((resolve) => bare.listen(barePort, '127.0.0.1', resolve));

  const results: Result[] = [];
  const unit = '/en/units/1064th-rifle-regiment';
  for (const [name, pathname] of [
    ['profile', '/en/heroes/veniamin-nedoshivin'],
    ['home', '/en'],
    ['list', '/en/heroes'],
    ['unit', unit],
    ['api search', '/api/search?q=nedoshivin'],
    ['static file (same server)', '/icon.svg'],
  ] as const) {
    results.push(await measure(name, `${base}${pathname}`));
  }
  results.push(await measure('bare Node, profile bytes', `http://127.0.0.1:${barePort}/`));
  bare.close();

  const staticRps = results.find((r) => r.name.startsWith('static'))!.rps;
  console.log(`\n${connections} connections, ${seconds} s each, ${base}`);
  console.log('| what | req/s | p50 ms | p99 ms | errors | non-2xx | × static file |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of results) {
    console.log(`| ${r.name} | ${Math.round(r.rps)} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.non2xx} | ${(r.rps / staticRps).toFixed(2)} |`);
  }
  if (sitePid) console.log(`\nPeak memory of the site process: ${peakMemoryMb(sitePid) ?? '?'} MB`);
  await stop();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await stop().catch(() => {});
  process.exit(1);
}

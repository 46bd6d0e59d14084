// npm run check:deploy: the production topology of docs/deploy.md, started for real on loopback,
// and proved. nginx (deploy/nginx.conf, from Debian) in front of two instances of the site (each
// `scripts/start.ts`, supervised), both on a PostgreSQL primary with a streaming standby, media in
// an S3-protocol server both share. Then: (a) replication delay, (b) read load through the proxy
// while one instance is killed with kill -9, (c) an approval on one instance seen through the
// proxy, (d) the database paused for 10 s under writers, (e) the primary stopped, the standby
// promoted, an instance pointed at it, every committed write there. Prints the figures.
//
// Heavy (about 3 minutes, both cores): not part of npm test. Run as `node --conditions=react-server
// --import tsx` (package.json) so that lib/ can be imported outside Next: lib/db.ts guards itself
// with `server-only`, which only the react-server condition lets through.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { PROJECT_ROOT } from '../db/database';
import { findFreePort, startEmbeddedPostgres, type RunningPostgres } from '../db/embedded-postgres';
import { migrate } from '../db/migrate';
import { describeSeed, runSeed } from '../db/seed-runner';
import { ensureSiteRole } from '../db/site-role';
import { needsBuild } from '../build-state';
import { createPrismaClient, type PrismaClient } from '../../lib/prisma-client';
import { startS3Server } from './s3-server';
import { serverProcesses, startStandby, type Standby } from './standby';

const quick = process.argv.includes('--quick');
if (process.argv.includes('--help')) {
  console.log(`Usage: npm run check:deploy [-- --quick]
Starts nginx, two instances of the site, a PostgreSQL primary and streaming standby and an S3-protocol
server on loopback, and proves the topology of docs/deploy.md (about 3 minutes). --quick shortens the
load to 5 s and the database pause to 3 s, to try the script itself; its figures are not the ones to publish.`);
  process.exit(0);
}

/** The figures the issue asks for (#26): load, errors, recovery, replication; at the limits docs/deploy.md states. */
const LOAD_SECONDS = quick ? 5 : 30;
const LOAD_CONNECTIONS = 20;
/**
 * A read has failed when the reader gets an error or no answer: autocannon gives up after this,
 * nginx's proxy_read_timeout in deploy/nginx.conf (its own 10 s default would count a slow answer
 * as a failure). Slow answers are counted apart.
 */
const READ_TIMEOUT_S = 60;
const SLOW_READ_S = 10;
const KILL_AFTER_MS = quick ? 2000 : 10_000;
const PAUSE_MS = quick ? 3000 : 10_000;
/** What docs/deploy.md promises: a commit on the primary is on the standby within this. */
const REPLICATION_BOUND_MS = 1000;
/**
 * The stale bound through the proxy: nginx keeps a public page 1 s (proxy_cache_valid in
 * deploy/nginx.conf), counted on its clock of whole seconds, so an entry made in second N is used
 * until second N + 1 ends: under 2 s.
 */
const PROXY_STALE_BOUND_MS = 2000;

const BUCKET = 'zvezda-media';
const AUTH_SECRET = randomBytes(32).toString('base64');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'zvezda-deploy-'));
const figures: [string, string][] = [];
const failures: string[] = [];
const cleanups: (() => Promise<void> | void)[] = [];

function say(line: string) {
  console.log(`[check:deploy] ${line}`);
}
function figure(name: string, value: string) {
  figures.push([name, value]);
  say(`${name}: ${value}`);
}
function expectThat(ok: boolean, what: string) {
  if (ok) say(`ok: ${what}`);
  else {
    failures.push(what);
    say(`FAILED: ${what}`);
  }
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ms = (value: number) => `${Math.round(value)} ms`;

// ---------------------------------------------------------------------------------------------
// What must be on the machine: said plainly, never installed by this script.

function findNginx(): string | null {
  for (const candidate of ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx'])
    if (existsSync(candidate)) return candidate;
  const which = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' });
  return which.status === 0 ? which.stdout.trim() : null;
}

const nginxBin = findNginx();
if (!nginxBin) {
  console.error(
    'nginx is not installed. On Debian or Ubuntu: `sudo apt-get install -y nginx-light` (or `nginx`), then run this again (docs/deploy.md).',
  );
  rmSync(scratch, { recursive: true, force: true });
  process.exit(2);
}
if (needsBuild()) {
  // Both instances serve the same build (server actions are encrypted with the build's key).
  say('Building the site once (npm run build) for both instances...');
  const build = spawnSync(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'scripts', 'build.ts')], {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
    env: { ...process.env, ZVEZDA_TYPES_CHECKED: '1' },
  });
  if (build.status !== 0) {
    console.error('The build failed.');
    rmSync(scratch, { recursive: true, force: true });
    process.exit(1);
  }
}

// ---------------------------------------------------------------------------------------------
// The pieces.

type Instance = {
  name: string;
  port: number;
  url: string;
  child: ChildProcess;
  servingPid: () => number | null;
  stop: () => Promise<void>;
};

/**
 * One instance as production runs it: `node --import tsx scripts/start.ts` (docs/operations.md),
 * which migrates (nothing to do: the primary is migrated), skips the seed (the archive holds
 * records) and the build (done), and supervises the serving process.
 */
function startInstance(
  name: string,
  port: number,
  database: { ownerUrl: string; siteUrl: string },
  s3Endpoint: string,
  proxyUrl: string,
): Instance {
  const logFile = path.join(scratch, `${name}.log`);
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      PORT: String(port),
      DATABASE_URL: database.ownerUrl,
      SITE_DATABASE_URL: database.siteUrl,
      AUTH_SECRET,
      // Links and the origin a form must come from are the proxy's.
      SITE_URL: proxyUrl,
      TRUSTED_PROXIES: '127.0.0.1',
      S3_ENDPOINT: s3Endpoint,
      S3_BUCKET: BUCKET,
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_REGION: 'us-east-1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let pid: number | null = null;
  const onData = (chunk: Buffer) => {
    appendFileSync(logFile, chunk);
    for (const match of chunk.toString().matchAll(/The serving process started \(pid (\d+)\)/g)) pid = Number(match[1]);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return {
    name,
    port,
    url: `http://127.0.0.1:${port}`,
    child,
    servingPid: () => pid,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

async function answers(url: string, timeoutMs = 2000): Promise<number | null> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'manual' });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return null;
  }
}

async function waitUntil(
  what: string,
  test: () => Promise<boolean>,
  timeoutMs: number,
  everyMs = 100,
): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    if (await test()) return performance.now() - started;
    await sleep(everyMs);
  }
  throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
}

function startNginx(port: number, upstreams: number[]): { url: string; logFile: string; stop: () => Promise<void> } {
  const dir = path.join(scratch, 'nginx');
  for (const sub of ['', 'cache', 'body', 'proxy']) spawnSync('mkdir', ['-p', path.join(dir, sub)]);
  const shipped = readFileSync(path.join(PROJECT_ROOT, 'deploy', 'nginx.conf'), 'utf8');
  // Only the lines marked "check:deploy rewrites" change; a rewrite that finds nothing means the
  // shipped file drifted from this check, which then fails rather than test something else.
  const rewrites: [RegExp, string][] = [
    [/^pid .*$/m, `pid ${dir}/nginx.pid;`],
    [/^error_log .*$/m, `error_log ${dir}/error.log warn;`],
    [
      /^(\s*)access_log .*$/m,
      `$1log_format check '$msec $status $request_time cache=$upstream_cache_status upstream=$upstream_addr ustatus=$upstream_status cc="$upstream_http_cache_control" "$request"';\n$1access_log ${dir}/access.log check;`,
    ],
    [/^(\s*)client_body_temp_path .*$/m, `$1client_body_temp_path ${dir}/body;`],
    [/^(\s*)proxy_temp_path .*$/m, `$1proxy_temp_path ${dir}/proxy;`],
    [/proxy_cache_path \/var\/cache\/nginx\/zvezda /, `proxy_cache_path ${dir}/cache `],
    [/server 127\.0\.0\.1:3001 /, `server 127.0.0.1:${upstreams[0]} `],
    [/server 127\.0\.0\.1:3002 /, `server 127.0.0.1:${upstreams[1]} `],
    [/listen 80 default_server;/, `listen 127.0.0.1:${port} default_server;`],
  ];
  let config = shipped;
  for (const [pattern, replacement] of rewrites) {
    if (!pattern.test(config))
      throw new Error(`deploy/nginx.conf no longer has the line ${pattern}: update scripts/deploy/check.ts with it.`);
    config = config.replace(pattern, replacement);
  }
  const file = path.join(dir, 'nginx.conf');
  writeFileSync(file, config);
  // -g "daemon off;": nginx stays this script's child, so it is stopped with it.
  const child = spawn(nginxBin!, ['-c', file, '-p', dir, '-e', `${dir}/error.log`, '-g', 'daemon off;'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return {
    url: `http://127.0.0.1:${port}`,
    logFile: `${dir}/access.log`,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGQUIT'); // graceful
      await exited;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// A moderator's approval over HTTP, as a browser without JavaScript sends it.

function decodeEntities(value: string): string {
  return value.replace(
    /&(quot|amp|lt|gt|#x27|#39);/g,
    (_, name: string) => ({ quot: '"', amp: '&', lt: '<', gt: '>', '#x27': "'", '#39': "'" })[name]!,
  );
}

/** The fields of the form holding `marker` in `html`: every input with a name, with its value. */
function formFields(html: string, marker: string): FormData {
  const at = html.indexOf(marker);
  const start = html.lastIndexOf('<form', at);
  const end = html.indexOf('</form>', at);
  if (at < 0 || start < 0 || end < 0) throw new Error(`no form with ${marker} on the page`);
  const fields = new FormData();
  for (const [tag] of html.slice(start, end).matchAll(/<input\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(tag)?.[1];
    if (name === undefined) continue;
    fields.set(decodeEntities(name), decodeEntities(/\bvalue="([^"]*)"/.exec(tag)?.[1] ?? ''));
  }
  return fields;
}

type Decision = { status: number; ms: number; text: string };

/** Approves a proposal through `base` (an instance or the proxy) as the moderator of `cookie`. */
async function approveOverHttp(
  base: string,
  origin: string,
  submissionId: string,
  cookie: string,
  timeoutMs = 60_000,
): Promise<Decision> {
  const started = performance.now();
  const page = await fetch(`${base}/en/moderation/${submissionId}`, {
    headers: { cookie, host: new URL(origin).host },
  });
  const html = await page.text();
  if (page.status !== 200)
    return { status: page.status, ms: performance.now() - started, text: `review page: ${page.status}` };
  const fields = formFields(html, `name="submissionId" value="${submissionId}"`);
  fields.set('decision', 'approve');
  fields.set('note', '');
  const response = await fetch(`${base}/en/moderation/${submissionId}`, {
    method: 'POST',
    body: fields,
    redirect: 'manual',
    headers: { cookie, origin, host: new URL(origin).host },
    signal: AbortSignal.timeout(timeoutMs),
  });
  const answer = await response.text();
  // Without JavaScript the page comes back rendered again: with the refusal above the form, or
  // without the form and with what became of the proposal (app/_components/review-frame.tsx).
  const said =
    /role="alert"[^>]*>([^<]+)</.exec(answer)?.[1] ??
    /data-testid="decision-done"[^>]*>([^<]+)</.exec(answer)?.[1] ??
    /data-testid="decision-outcome"[^>]*>([^<]+)</.exec(answer)?.[1] ??
    null;
  if (said === null) {
    // Kept for whoever reads the logs: the message the reader would have seen is somewhere in it.
    const file = path.join(scratch, `answer-${submissionId}.html`);
    writeFileSync(file, answer);
    return { status: response.status, ms: performance.now() - started, text: `(no message found: ${file})` };
  }
  return { status: response.status, ms: performance.now() - started, text: decodeEntities(said) };
}

// ---------------------------------------------------------------------------------------------

async function main() {
  // As root, PostgreSQL runs as `postgres` and must reach its folders.
  chmodSync(scratch, 0o755);
  say(`Scratch folder: ${scratch}`);

  // PostgreSQL primary: wal_level=replica (PostgreSQL's default, stated so the intent is visible),
  // room for the standby's WAL sender and slot.
  const primary: RunningPostgres = await startEmbeddedPostgres({
    dataDir: path.join(scratch, 'primary'),
    logFile: path.join(scratch, 'primary.log'),
    postgresFlags: ['-c', 'wal_level=replica', '-c', 'max_wal_senders=4', '-c', 'max_replication_slots=4'],
  });
  let primaryStopped = false;
  cleanups.push(() => (primaryStopped ? undefined : primary.stop()));
  say(`Primary PostgreSQL on 127.0.0.1:${primary.port}`);
  await migrate(primary.url, { log: (line) => say(line) });
  const seeded = await runSeed(primary.url, { onlyIfEmpty: true });
  if (seeded) say(describeSeed(seeded));
  const siteUrl = await ensureSiteRole(primary.url, { passwordFile: path.join(scratch, 'site-db-password') });

  const standby: Standby = await startStandby({
    primaryUrl: primary.url,
    primaryDataDir: path.join(scratch, 'primary'),
    dataDir: path.join(scratch, 'standby'),
    port: await findFreePort(),
    logFile: path.join(scratch, 'standby.log'),
  });
  cleanups.push(() => standby.stop());
  say(`Standby PostgreSQL on 127.0.0.1:${standby.port}, streaming from the primary`);

  const s3 = await startS3Server(path.join(scratch, 's3'), BUCKET);
  cleanups.push(() => s3.close());
  const s3Endpoint = s3.endpoint;
  say(`S3-protocol server (s3rver) on ${s3Endpoint}`);

  const proxyPort = await findFreePort();
  const proxyUrl = `http://127.0.0.1:${proxyPort}`;
  const ports = [await findFreePort(), await findFreePort()];
  let instances = ports.map((port, i) =>
    startInstance(`instance-${'ab'[i]}`, port, { ownerUrl: primary.url, siteUrl }, s3Endpoint, proxyUrl),
  );
  cleanups.push(() => Promise.all(instances.map((instance) => instance.stop())).then(() => {}));
  const nginx = startNginx(proxyPort, ports);
  cleanups.push(() => nginx.stop());
  for (const instance of instances) {
    // The last answer is named if it never comes: a 503 (database) is not a silent process.
    let last: number | null = null;
    const took = await waitUntil(
      `${instance.name} ready`,
      async () => (last = await answers(`${instance.url}/readyz`, 10_000)) === 200,
      180_000,
      250,
    ).catch((error: Error) => {
      throw new Error(
        `${error.message} (last answer to /readyz: ${last ?? 'none'}; log: ${path.join(scratch, `${instance.name}.log`)})`,
      );
    });
    say(
      `${instance.name} on ${instance.url} ready after ${(took / 1000).toFixed(1)} s (log: ${path.join(scratch, `${instance.name}.log`)})`,
    );
  }
  await waitUntil('nginx answering', async () => (await answers(`${proxyUrl}/healthz`)) === 200, 10_000);
  say(`nginx on ${proxyUrl} in front of both`);

  // Writes the check makes and expects to find after the fail-over: [what, SQL returning one row when present].
  const ledger: { what: string; sql: string; params: unknown[] }[] = [];

  // The check's own accounts, written on the primary as Auth.js writes them after an emailed link
  // (tests/support/auth.ts does the same).
  const prisma = createPrismaClient(primary.url, { max: 2 });
  // lib/db.ts makes its client from DATABASE_URL as read at start-up, before the primary existed;
  // it keeps that client on globalThis, so lib's data functions use this one.
  (globalThis as { zvezdaPrisma?: PrismaClient }).zvezdaPrisma = prisma;
  const owner = new pg.Client({ connectionString: primary.url });
  await owner.connect();
  // The fail-over stops the primary under it: an error then is expected, not a crash of the check.
  owner.on('error', () => {});
  cleanups.push(() => owner.end().catch(() => {}));
  const tag = randomBytes(3).toString('hex');
  const makeUser = async (role: 'CONTRIBUTOR' | 'MODERATOR') => {
    const user = await prisma.user.create({
      data: { email: `${role.toLowerCase()}.${tag}@deploy.check`, role, emailVerified: new Date() },
    });
    const token = randomBytes(32).toString('hex');
    await prisma.session.create({
      data: { sessionToken: token, userId: user.id, expires: new Date(Date.now() + 24 * 3600 * 1000) },
    });
    return { id: user.id, cookie: `authjs.session-token=${token}` };
  };
  const contributor = await makeUser('CONTRIBUTOR');
  const moderator = await makeUser('MODERATOR');

  // ----- (a) replication delay --------------------------------------------------------------
  {
    const admin = new pg.Client({ connectionString: primary.url.replace(/\/zvezda$/, '/postgres') });
    const reader = new pg.Client({ connectionString: standby.url.replace(/\/zvezda$/, '/postgres') });
    await admin.connect();
    await reader.connect();
    // In the maintenance database: the archive's own schema is left as the migrations make it.
    await admin.query(
      'CREATE TABLE IF NOT EXISTS deploy_check (id serial PRIMARY KEY, note text NOT NULL, at timestamptz NOT NULL DEFAULT clock_timestamp())',
    );
    await waitUntil(
      'the table on the standby',
      async () =>
        (await reader.query<{ present: boolean }>(`SELECT to_regclass('deploy_check') IS NOT NULL AS present`)).rows[0]!
          .present,
      5000,
      5,
    );
    const delays: number[] = [];
    for (let i = 0; i < 50; i += 1) {
      const note = `write ${i} ${tag}`;
      const committed = performance.now();
      const { rows } = await admin.query<{ id: number }>('INSERT INTO deploy_check (note) VALUES ($1) RETURNING id', [
        note,
      ]);
      // Polled every millisecond or so: the figure is the delay, within a poll.
      while ((await reader.query('SELECT 1 FROM deploy_check WHERE id = $1', [rows[0]!.id])).rowCount === 0) {
        if (performance.now() - committed > 10_000) throw new Error('a write did not reach the standby within 10 s');
      }
      delays.push(performance.now() - committed);
      ledger.push({ what: `marker write ${i}`, sql: 'SELECT 1 FROM deploy_check WHERE note = $1', params: [note] });
      await sleep(20);
    }
    delays.sort((x, y) => x - y);
    const lag = await admin.query<{ application_name: string; state: string; replay_lag: string | null }>(
      'SELECT application_name, state, replay_lag::text FROM pg_stat_replication',
    );
    figure(
      'replication delay, commit on the primary to visible on the standby (50 writes)',
      `median ${delays[25]!.toFixed(1)} ms, slowest ${delays[49]!.toFixed(1)} ms`,
    );
    figure(
      'pg_stat_replication',
      lag.rows.map((row) => `${row.application_name} ${row.state}, replay_lag ${row.replay_lag ?? '0'}`).join('; '),
    );
    expectThat(delays[49]! < REPLICATION_BOUND_MS, `every write was on the standby within ${REPLICATION_BOUND_MS} ms`);
    await admin.end();
    await reader.end();
  }

  // Proposals to approve later, each on its own Hero (an approval locks its record).
  const { proposeCorrection } = await import('../../lib/submissions/submissions');
  const { readSnapshot } = await import('../../lib/revisions/snapshot');
  const heroes = (
    await prisma.hero.findMany({
      where: { published: true },
      orderBy: { slug: 'asc' },
      take: 6,
      select: { id: true, slug: true },
    })
  ).map((hero) => hero);
  const propose = async (hero: { id: string; slug: string }, rank: string) => {
    const { snapshot } = await readSnapshot(prisma, hero.id);
    const values = Object.fromEntries(Object.entries(snapshot).map(([key, value]) => [key, value ?? '']));
    const { id } = await proposeCorrection({ id: contributor.id, role: 'CONTRIBUTOR', disabled: false }, hero.slug, {
      ...values,
      rankAtFeat: rank,
      sourceUrl: 'https://example.org/check-deploy',
      sourceTitle: '',
      archiveRef: '',
      note: 'Made by npm run check:deploy.',
    });
    return id;
  };

  // ----- (b) read load through the proxy, one instance killed with kill -9 -------------------
  {
    const pages = [
      '/en',
      '/en/heroes',
      `/en/heroes/${heroes[0]!.slug}`,
      `/ru/heroes/${heroes[1]!.slug}`,
      `/tg/heroes/${heroes[2]!.slug}`,
      '/en/search?q=sergeant',
      '/api/search?q=nedoshivin',
      `/en/heroes/${heroes[0]!.slug}/history`,
    ];
    for (const page of pages) for (let round = 0; round < 2; round += 1) await answers(`${proxyUrl}${page}`, 30_000);
    const logBefore = existsSync(nginx.logFile) ? readFileSync(nginx.logFile, 'utf8').length : 0;
    const victim = instances[0]!;
    const victimPid = victim.servingPid();
    if (!victimPid) throw new Error(`${victim.name} did not log its serving process's pid`);
    const load = autocannon({
      url: proxyUrl,
      connections: LOAD_CONNECTIONS,
      duration: LOAD_SECONDS,
      timeout: READ_TIMEOUT_S,
      requests: pages.map((page) => ({ method: 'GET' as const, path: page })),
    });
    await sleep(KILL_AFTER_MS);
    process.kill(victimPid, 'SIGKILL');
    const killedAt = performance.now();
    say(`kill -9 ${victimPid} (${victim.name}'s serving process) under load`);
    // Back when the instance itself answers again (its own port, not the proxy).
    await waitUntil(
      `${victim.name} back`,
      async () => (await answers(`${victim.url}/readyz`, 1000)) === 200,
      120_000,
      100,
    );
    const recovery = performance.now() - killedAt;
    const result = await load;
    // autocannon leaves out the reads still under way when it stops; nginx logs them when they end.
    let logged = 0;
    await waitUntil(
      'the reads under way when the load stopped',
      () => {
        const length = readFileSync(nginx.logFile, 'utf8').length;
        const settled = length === logged;
        logged = length;
        return Promise.resolve(settled);
      },
      READ_TIMEOUT_S * 1000 + 5000,
      5000,
    );
    const log = readFileSync(nginx.logFile, 'utf8').slice(logBefore).trim().split('\n');
    const upstream = log.filter((line) => !/cache=HIT/.test(line));
    const retried = log.filter((line) => /upstream=\S+, /.test(line));
    // nginx's log line: "$msec $status $request_time …".
    const slow = log.filter((line) => Number(line.split(' ')[2]) > SLOW_READ_S);
    // autocannon counts a timeout among its errors too.
    const failed = result.errors + result.non2xx;
    figure(
      `read load through nginx (${LOAD_CONNECTIONS} connections, ${LOAD_SECONDS} s, ${pages.length} addresses)`,
      `${Math.round(result.requests.average)} req/s on average, ${result.requests.total} requests, latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, slowest ${result.latency.max} ms`,
    );
    figure(
      'failed reads during the kill',
      `${failed} (errors ${result.errors}, of which timeouts ${result.timeouts}; non-2xx ${result.non2xx})`,
    );
    figure(
      "answered by an instance rather than nginx's cache",
      `${upstream.length} of ${log.length}; ${retried.length} retried on the other instance after the kill`,
    );
    figure(
      `reads slower than ${SLOW_READ_S} s (nginx's request time, with those autocannon left when it stopped)`,
      `${slow.length}${slow.length ? `, ${slow.filter((line) => line.includes(`upstream=${victim.url.slice(7)} `)).length} of them answered by ${victim.name} after its restart` : ''}`,
    );
    figure(
      `${victim.name} back after kill -9 (restarted by scripts/start.ts, until /readyz answers 200)`,
      `${(recovery / 1000).toFixed(1)} s`,
    );
    expectThat(failed === 0, 'no read failed through the proxy while an instance was killed');
    expectThat(
      victim.servingPid() !== victimPid,
      `${victim.name} was restarted by its supervisor (pid ${victimPid} → ${victim.servingPid()})`,
    );
  }

  // ----- (c) an approval on instance A, seen through the proxy -------------------------------
  {
    const hero = heroes[0]!;
    const rank = `deploy sergeant ${tag}`;
    const submissionId = await propose(hero, rank);
    const profile = `/en/heroes/${hero.slug}`;
    // The page is in nginx's cache and both instances' caches before the approval.
    for (let i = 0; i < 3; i += 1) await answers(`${proxyUrl}${profile}`);
    // A reader asks for the profile through the proxy every 20 ms throughout, so that nginx holds
    // a fresh entry when the approval commits: how stale the proxy can be is then the latest
    // request, counted from the approval's answer, that still got the page from before it.
    const seen: { sentAt: number; fresh: boolean; cache: string | null }[] = [];
    let decidedAt = Infinity;
    const reader = (async () => {
      const until = () => performance.now() - decidedAt < 10_000;
      while (until()) {
        const sentAt = performance.now();
        const response = await fetch(`${proxyUrl}${profile}`);
        const fresh = (await response.text()).includes(rank);
        seen.push({ sentAt, fresh, cache: response.headers.get('x-proxy-cache') });
        if (fresh && sentAt > decidedAt) return;
        await sleep(20);
      }
    })();
    // Posted to instance A itself, from its own origin, as a moderator's browser that reached it directly.
    const decision = await approveOverHttp(instances[0]!.url, instances[0]!.url, submissionId, moderator.cookie);
    decidedAt = performance.now();
    await reader;
    const status = (
      await owner.query<{ status: string }>('SELECT status FROM "Submission" WHERE id = $1', [submissionId])
    ).rows[0]?.status;
    expectThat(
      status === 'APPROVED',
      `the approval made on ${instances[0]!.name} over HTTP is in the database (${decision.status}, "${decision.text}")`,
    );
    ledger.push({
      what: `approval (c) of ${hero.slug}`,
      sql: `SELECT 1 FROM "Submission" WHERE id = $1 AND status = 'APPROVED'`,
      params: [submissionId],
    });
    ledger.push({
      what: `${hero.slug}'s new rank`,
      sql: `SELECT 1 FROM "Hero" WHERE slug = $1 AND "rankAtFeat" = $2`,
      params: [hero.slug, rank],
    });
    const before = seen.filter((answer) => answer.sentAt < decidedAt);
    const after = seen.filter((answer) => answer.sentAt >= decidedAt);
    const first = after[0];
    const staleUntil = Math.max(
      0,
      ...after.filter((answer) => !answer.fresh).map((answer) => answer.sentAt - decidedAt),
    );
    const hits = before.filter((answer) => answer.cache === 'HIT').length;
    // Each instance directly: the site's own promise is the next request (docs/page-cache.md).
    const direct = await Promise.all(
      instances.map(async (instance) => (await (await fetch(`${instance.url}${profile}`)).text()).includes(rank)),
    );
    figure(
      'approval on instance A → through the proxy',
      `the next request ${first?.fresh ? 'had' : 'did not have'} it (nginx ${first?.cache}); ${staleUntil ? `the last old page went to a request sent ${ms(staleUntil)} after the approval's answer` : 'no old page after the approval'}; ${hits} of ${before.length} reads while it was made came from nginx's cache; on each instance directly at once: ${direct.join(', ')}`,
    );
    expectThat(first !== undefined && after.at(-1)!.fresh, 'the approval shows through the proxy');
    expectThat(direct.every(Boolean), 'both instances show the approval on the next request');
    expectThat(
      staleUntil <= PROXY_STALE_BOUND_MS,
      `through the proxy no page older than the approval after ${PROXY_STALE_BOUND_MS} ms (the bound docs/deploy.md states)`,
    );
  }

  // ----- (d) the database paused for 10 s under writers -------------------------------------
  {
    const writers = await Promise.all(
      heroes.slice(3, 6).map(async (hero, i) => ({
        hero,
        rank: `paused sergeant ${i} ${tag}`,
        submissionId: await propose(hero, `paused sergeant ${i} ${tag}`),
      })),
    );
    const paused = serverProcesses(path.join(scratch, 'primary'));
    for (const pid of paused) process.kill(pid, 'SIGSTOP');
    const pausedAt = performance.now();
    say(
      `SIGSTOP to the primary's ${paused.length} processes for ${PAUSE_MS / 1000} s; ${writers.length} approvals sent through the proxy meanwhile`,
    );
    const decisions = writers.map((writer, i) =>
      sleep(i * 500)
        .then(() => approveOverHttp(proxyUrl, proxyUrl, writer.submissionId, moderator.cookie, 90_000))
        .catch((error: Error) => ({ status: 0, ms: 0, text: `${error.name}: ${error.message}` })),
    );
    const readyDuring = await answers(`${proxyUrl}/readyz`, 5000);
    await sleep(Math.max(0, PAUSE_MS - (performance.now() - pausedAt)));
    for (const pid of paused) process.kill(pid, 'SIGCONT');
    say('SIGCONT: the primary runs again');
    const answered = await Promise.all(decisions);
    let lost = 0;
    let phantom = 0;
    for (const [i, writer] of writers.entries()) {
      const decision = answered[i]!;
      const approved =
        (await owner.query('SELECT 1 FROM "Submission" WHERE id = $1 AND status = \'APPROVED\'', [writer.submissionId]))
          .rowCount === 1;
      const told = decision.status === 200 && /^(Done|Approved)\b/.test(decision.text);
      if (told && !approved) lost += 1;
      if (!told && approved) phantom += 1;
      if (approved)
        ledger.push({
          what: `approval (d) of ${writer.hero.slug}`,
          sql: `SELECT 1 FROM "Hero" WHERE slug = $1 AND "rankAtFeat" = $2`,
          params: [writer.hero.slug, writer.rank],
        });
      figure(
        `writer ${i + 1} during the pause`,
        `HTTP ${decision.status} after ${ms(decision.ms)}: "${decision.text}"; in the database: ${approved ? 'approved' : 'not approved'}`,
      );
    }
    figure('/readyz through the proxy while the database was paused', String(readyDuring ?? 'no answer within 5 s'));
    expectThat(lost === 0, 'no writer was told "done" for a write that is not in the database');
    expectThat(phantom === 0, 'no writer was told of a failure for a write that was made');
    expectThat(
      answered.every((decision) => decision.status > 0 && decision.status < 500),
      'every writer got an answer below 500 with a message',
    );
  }

  // ----- (e) fail-over: the primary stopped, the standby promoted, an instance pointed at it -
  {
    const tables = ['Hero', 'Revision', 'Submission', 'AuditEvent', 'CacheTag', 'User', 'Session', 'MediaItem'];
    const count = async (client: pg.Client) =>
      Object.fromEntries(
        await Promise.all(
          tables.map(
            async (table) =>
              [
                table,
                Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}"`)).rows[0]!.n),
              ] as const,
          ),
        ),
      );
    const before = await count(owner);
    await owner.end();
    await prisma.$disconnect();
    // Both instances first, so that nothing writes after the counts above.
    await Promise.all(instances.map((instance) => instance.stop()));
    const stopStarted = performance.now();
    await primary.stop();
    primaryStopped = true;
    await standby.promote();
    figure('primary stopped (fast shutdown) and standby promoted in', ms(performance.now() - stopStarted));
    const promotedSite = new URL(siteUrl);
    promotedSite.port = String(standby.port);
    const instance = startInstance(
      'instance-a-on-promoted',
      ports[0]!,
      { ownerUrl: standby.url, siteUrl: promotedSite.toString() },
      s3Endpoint,
      proxyUrl,
    );
    instances = [instance];
    const took = await waitUntil(
      'instance A on the promoted standby',
      async () => (await answers(`${instance.url}/readyz`)) === 200,
      180_000,
      250,
    );
    say(`instance A serves from the promoted standby after ${(took / 1000).toFixed(1)} s`);
    const promoted = new pg.Client({ connectionString: standby.url });
    const promotedAdmin = new pg.Client({ connectionString: standby.url.replace(/\/zvezda$/, '/postgres') });
    await promoted.connect();
    await promotedAdmin.connect();
    const after = await count(promoted);
    let missing = 0;
    for (const entry of ledger) {
      const client = entry.sql.includes('deploy_check') ? promotedAdmin : promoted;
      if ((await client.query(entry.sql, entry.params)).rowCount !== 1) {
        missing += 1;
        say(`missing after fail-over: ${entry.what}`);
      }
    }
    const differing = tables.filter((table) => before[table] !== after[table]);
    figure(
      'after fail-over',
      `${ledger.length - missing} of ${ledger.length} committed writes the check made are there; row counts of ${tables.length} tables ${differing.length ? `differ: ${differing.join(', ')}` : 'identical'}`,
    );
    expectThat(missing === 0 && differing.length === 0, 'every committed write is on the promoted standby');
    // And the site on it shows the approval of (c) and takes a write.
    const profile = await (await fetch(`${instance.url}/en/heroes/${heroes[0]!.slug}`)).text();
    expectThat(
      profile.includes(`deploy sergeant ${tag}`),
      'instance A on the promoted standby shows the approval made before the fail-over',
    );
    const written = await promoted.query(`UPDATE "Session" SET expires = expires WHERE "sessionToken" = $1`, [
      moderator.cookie.split('=')[1],
    ]);
    expectThat(written.rowCount === 1, 'the promoted standby takes writes');
    await promoted.end();
    await promotedAdmin.end();
  }
}

let status = 0;
try {
  await main();
} catch (error) {
  status = 1;
  console.error(`[check:deploy] stopped: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
} finally {
  for (const cleanup of cleanups.reverse())
    await Promise.resolve(cleanup()).catch((error: unknown) => say(`cleanup: ${String(error)}`));
}
console.log('\nFigures (docs/deploy.md):');
for (const [name, value] of figures) console.log(`- ${name}: ${value}`);
console.log(
  `Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), ${Math.round(os.totalmem() / 2 ** 30)} GB, ${new Date().toISOString()}`,
);
if (failures.length) {
  console.log(`\n${failures.length} check(s) failed:\n${failures.map((line) => `- ${line}`).join('\n')}`);
  status = 1;
}
if (status === 0) rmSync(scratch, { recursive: true, force: true });
else console.log(`Logs kept in ${scratch}`);
process.exit(status);

// The site keeps itself up: `npm start` restarts the serving process when it dies, while the
// embedded database goes on running, and answers a proxy's health and readiness probes.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../../scripts/db/embedded-postgres';
import { SERVE_BUNDLE } from '../../server/site-process';

const root = path.resolve(import.meta.dirname, '../..');
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'zvezda-supervise-'));
const pidFile = path.join(dataDir, 'postgres', 'postmaster.pid');
let started: ChildProcess | undefined;

afterAll(() => {
  if (started?.pid && started.exitCode === null) process.kill(-started.pid, 'SIGKILL');
  const postmaster = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').split('\n')[0]) : 0;
  if (postmaster > 0) {
    try {
      process.kill(postmaster, 'SIGCONT');
      process.kill(postmaster, 'SIGQUIT');
    } catch {
      // already gone
    }
  }
  rmSync(dataDir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The processes under `pid`, read from /proc. */
function descendants(pid: number): { pid: number; cmdline: string }[] {
  const all = readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((entry) => {
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        return [
          { pid: Number(entry), parent, cmdline: readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ') },
        ];
      } catch {
        return [];
      }
    });
  const found: { pid: number; cmdline: string }[] = [];
  const visit = (parent: number) => {
    for (const child of all.filter((process) => process.parent === parent)) {
      found.push(child);
      visit(child.pid);
    }
  };
  visit(pid);
  return found;
}

function servingPid(startPid: number): number | undefined {
  return descendants(startPid).find((process) => process.cmdline.includes(SERVE_BUNDLE))?.pid;
}

async function answers(url: string): Promise<number | null> {
  try {
    return (await fetch(url, { redirect: 'manual' })).status;
  } catch {
    return null;
  }
}

async function waitFor(what: string, check: () => boolean | Promise<boolean>, timeoutMs: number, log: () => string) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await sleep(250);
  }
  throw new Error(`${what} did not happen within ${timeoutMs / 1000} s:\n${log().slice(-4000)}`);
}

describe('npm start keeps the site up', () => {
  it(
    'restarts the serving process after kill -9 with the database never stopped, answers /healthz and /readyz, and stops cleanly',
    { timeout: 600_000 },
    async () => {
      const port = await findFreePort();
      const site = `http://127.0.0.1:${port}`;
      const env: Record<string, string | undefined> = { ...process.env, ZVEZDA_DATA_DIR: dataDir, PORT: String(port) };
      delete env.DATABASE_URL;
      delete env.AUTH_SECRET;
      delete env.NODE_ENV;
      delete env.EMAIL_SERVER;
      const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
        cwd: root,
        env: env as NodeJS.ProcessEnv,
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      started = child;
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const log = () => output;
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      const profile = `${site}/en/heroes/veniamin-nedoshivin`;
      await waitFor('the site answering', async () => (await answers(profile)) === 200, 240_000, log);

      // The database, as it is before the crash: its server's pid and an open connection.
      const postmaster = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
      const pgPort = /listening on 127\.0\.0\.1:(\d+)/.exec(output)![1];
      const connection = new pg.Client({ connectionString: `postgresql://zvezda:zvezda@127.0.0.1:${pgPort}/zvezda` });
      await connection.connect();
      try {
        const backend = (await connection.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;

        // An out-of-memory kill of the serving process.
        const serving = servingPid(child.pid!);
        expect(
          serving,
          `no serving process under ${child.pid}:\n${JSON.stringify(descendants(child.pid!))}`,
        ).toBeDefined();
        process.kill(serving!, 'SIGKILL');
        await waitFor('the serving process dying', () => servingPid(child.pid!) !== serving, 30_000, log);
        await waitFor(
          'the site answering again',
          async () => {
            if (child.exitCode !== null)
              throw new Error(
                `npm start exited (code ${child.exitCode}) after its serving process was killed:\n${output.slice(-4000)}`,
              );
            return (await answers(profile)) === 200;
          },
          180_000,
          log,
        );
        const again = servingPid(child.pid!);
        expect(again).toBeDefined();
        expect(again).not.toBe(serving);
        expect(child.exitCode).toBeNull();

        // The database never stopped: the same server, and the connection opened before still works.
        expect(Number(readFileSync(pidFile, 'utf8').split('\n')[0])).toBe(postmaster);
        expect((await connection.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid).toBe(backend);
        expect((await fetch(`${site}/readyz`)).status).toBe(200);

        // Health: the process answers, without touching the database; never kept by a cache.
        const health = await fetch(`${site}/healthz`);
        expect(health.status).toBe(200);
        expect(health.headers.get('cache-control')).toBe('no-store');
        expect(health.headers.get('content-type')).toMatch(/^application\/json/);
        expect(await health.json()).toEqual({ status: 'ok' });
        // Readiness: the database answers.
        const ready = await fetch(`${site}/readyz`);
        expect(ready.status).toBe(200);
        expect(ready.headers.get('cache-control')).toBe('no-store');
        expect(await ready.json()).toEqual({ status: 'ready', database: 'ok' });

        // The database paused: not ready (503, JSON), while the process itself is healthy.
        process.kill(postmaster, 'SIGSTOP');
        try {
          await sleep(1500);
          const paused = await fetch(`${site}/readyz`);
          expect(paused.status).toBe(503);
          expect(paused.headers.get('cache-control')).toBe('no-store');
          expect(await paused.json()).toEqual({ status: 'unavailable', database: 'unreachable' });
          expect((await fetch(`${site}/healthz`)).status).toBe(200);
        } finally {
          process.kill(postmaster, 'SIGCONT');
        }
        await waitFor(
          '/readyz answering 200 again',
          async () => (await answers(`${site}/readyz`)) === 200,
          30_000,
          log,
        );
      } finally {
        await connection.end().catch(() => {});
      }

      // A clean stop: the serving process, then the database.
      process.kill(child.pid!, 'SIGTERM');
      expect(await exited).toBe(0);
      await waitFor('the database stopping', () => !existsSync(pidFile), 30_000, log);
      expect(servingPid(child.pid!)).toBeUndefined();
    },
  );
});

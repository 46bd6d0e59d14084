// `npm start` as a newcomer runs it: embedded PostgreSQL in the data folder, migrations, seed,
// serve; a clean stop on SIGTERM; a start after a crash; DATABASE_URL used when given.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../../scripts/db/embedded-postgres';
import { createTestDatabase, query, fileDatabaseUrl } from '../support/database';
import { textOf } from '../support/http';

const root = path.resolve(import.meta.dirname, '../..');
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'zvezda-start-'));

type Started = { child: ChildProcess; port: number; log: () => string };

async function start(extraEnv: Record<string, string> = {}): Promise<Started> {
  const port = await findFreePort();
  const env: Record<string, string | undefined> = {
    ...process.env,
    ZVEZDA_DATA_DIR: dataDir,
    PORT: String(port),
    ...extraEnv,
  };
  if (!extraEnv.DATABASE_URL) delete env.DATABASE_URL;
  if (!extraEnv.AUTH_SECRET) delete env.AUTH_SECRET;
  delete env.NODE_ENV; // vitest sets "test"; a newcomer's shell sets nothing
  delete env.EMAIL_SERVER;
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: root,
    env: env as NodeJS.ProcessEnv,
    detached: true, // its own process group, so a simulated crash can kill the whole tree
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start exited early:\n${output}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/en/heroes/veniamin-nedoshivin`);
      if (response.status === 200) return { child, port, log: () => output };
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  process.kill(-child.pid!, 'SIGKILL');
  throw new Error(`npm start did not serve the site in time:\n${output}`);
}

function exited(child: ChildProcess): Promise<number | null> {
  return child.exitCode !== null
    ? Promise.resolve(child.exitCode)
    : new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

const pidFile = path.join(dataDir, 'postgres', 'postmaster.pid');

describe('npm start', () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('starts the embedded database, seeds it, serves the site, and stops cleanly on SIGTERM', async () => {
    const first = await start();
    expect(first.log()).toContain('Seed: 23 created');
    expect(existsSync(path.join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true);
    expect(existsSync(pidFile)).toBe(true);
    expect(readFileSync(path.join(dataDir, 'auth-secret'), 'utf8').length).toBeGreaterThanOrEqual(32);
    // The site connects as its own role, whose password is kept for the owner's eyes only.
    expect(statSync(path.join(dataDir, 'site-db-password')).mode & 0o777).toBe(0o600);
    const pgPort = /listening on 127\.0\.0\.1:(\d+)/.exec(first.log())![1];
    const users = await query<{ usename: string }>(
      `postgresql://zvezda:zvezda@127.0.0.1:${pgPort}/zvezda`,
      `SELECT DISTINCT usename FROM pg_stat_activity WHERE datname = 'zvezda' AND pid <> pg_backend_pid()`,
    );
    expect(users.map((u) => u.usename)).toContain('zvezda_site');

    // No mail server on the embedded default: the sign-in link goes to the server log, and the
    // page says so.
    const signInPage = await (await fetch(`http://127.0.0.1:${first.port}/en/sign-in`)).text();
    expect(signInPage).toContain('the sign-in link is written to the server log');
    const actionField = /name="(\$ACTION_ID_[^"]+)"/.exec(signInPage)![1]!;
    const form = new FormData();
    form.set(actionField, '');
    form.set('locale', 'en');
    form.set('email', 'newcomer@zvezda.test');
    const asked = await fetch(`http://127.0.0.1:${first.port}/en/sign-in`, {
      method: 'POST',
      body: form,
      redirect: 'manual',
    });
    expect(asked.status).toBe(303);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(first.log()).toMatch(/\[zvezda mail\] to newcomer@zvezda\.test[\s\S]*\/api\/auth\/callback\/nodemailer\?/);
    process.kill(first.child.pid!, 'SIGTERM');
    await exited(first.child);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(existsSync(pidFile)).toBe(false);
  });

  it('keeps the data between starts and starts again after a crash', async () => {
    const second = await start();
    expect(second.log()).toContain('seed skipped');
    const postmasterPid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    // A crash of the machine: every process of the start dies at once, the lock file stays.
    process.kill(-second.child.pid!, 'SIGKILL');
    process.kill(postmasterPid, 'SIGKILL');
    await exited(second.child);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(existsSync(pidFile)).toBe(true);

    const third = await start();
    expect(third.log()).toContain('seed skipped');
    process.kill(third.child.pid!, 'SIGTERM');
    await exited(third.child);
  });

  it('uses DATABASE_URL when set and starts no server of its own', async () => {
    const database = await createTestDatabase('start');
    const before = existsSync(path.join(dataDir, 'postgres')) ? 'present' : 'absent';
    try {
      const refused = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
        cwd: root,
        env: { ...process.env, DATABASE_URL: database.url, AUTH_SECRET: '', ZVEZDA_DATA_DIR: dataDir },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let refusal = '';
      refused.stderr.on('data', (chunk: Buffer) => (refusal += chunk.toString()));
      expect(await exited(refused)).toBe(1);
      expect(refusal).toContain('AUTH_SECRET is not set');

      const run = await start({
        DATABASE_URL: database.url,
        AUTH_SECRET: 'a-test-secret-that-is-long-enough-0123456789',
        AUTH_GITHUB_ID: 'github-client-id',
        AUTH_GITHUB_SECRET: 'github-client-secret',
      });
      // Production-like (a named database) with no mail server: email sign-in is off and says so;
      // GitHub appears because it is configured, Google does not.
      const signInPage = textOf(await (await fetch(`http://127.0.0.1:${run.port}/en/sign-in`)).text());
      expect(signInPage).toContain('Email sign-in is switched off');
      expect(signInPage).not.toContain('Send me a sign-in link');
      expect(signInPage).toContain('Sign in with GitHub');
      expect(signInPage).not.toContain('Sign in with Google');
      expect(run.log()).toContain('Using the PostgreSQL server named by DATABASE_URL');
      expect(run.log()).not.toContain('starting the embedded PostgreSQL');
      expect(run.log()).not.toContain('WARNING: the site connects as the owner');
      const heroes = await query<{ n: string }>(database.url, 'SELECT count(*) AS n FROM "Hero"');
      expect(Number(heroes[0]!.n)).toBe(23);
      process.kill(run.child.pid!, 'SIGTERM');
      await exited(run.child);
      expect(existsSync(path.join(dataDir, 'postgres')) ? 'present' : 'absent').toBe(before);
    } finally {
      await database.drop();
    }
  });

  it('with an owner that may not create roles, serves as the owner and says so at start', async () => {
    const database = await createTestDatabase('startowner');
    const owner = `owner_${database.name}`;
    await query(fileDatabaseUrl(), `CREATE ROLE ${owner} LOGIN PASSWORD 'owner-password'`);
    await query(fileDatabaseUrl(), `ALTER DATABASE ${database.name} OWNER TO ${owner}`);
    try {
      const url = new URL(database.url);
      url.username = owner;
      url.password = 'owner-password';
      const run = await start({
        DATABASE_URL: url.toString(),
        AUTH_SECRET: 'a-test-secret-that-is-long-enough-0123456789',
      });
      expect(run.log()).toContain('WARNING: the site connects as the owner');
      expect(run.log()).toContain('SITE_DATABASE_URL');
      // What such a role may do, table by table, down to the counts it may only read.
      expect(run.log()).toContain(
        'SELECT/INSERT on "Revision", "AuditEvent", "RoleChange", "LanguageReviewerChange", "RevisionRedaction"; SELECT on "HeroTally", "OpenQuestionTally"',
      );
      process.kill(run.child.pid!, 'SIGTERM');
      await exited(run.child);
    } finally {
      await database.drop();
      await query(fileDatabaseUrl(), `DROP ROLE ${owner}`);
    }
  });
});

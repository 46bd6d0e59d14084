// Once per test run: a real PostgreSQL (embedded, throw-away folder, free port), migrated and
// seeded; then the site built and served against it, for the page, API and browser tests.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { findFreePort, startEmbeddedPostgres } from '../../scripts/support/embedded-postgres';
import { migrate } from '../../scripts/support/migrate';
import { runSeed } from '../../scripts/support/seed-runner';
import { ensureSiteRole } from '../../scripts/support/site-role';
import { startMailServer } from '../support/mail-server';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    siteDatabaseUrl: string;
    serverUrl: string;
    baseUrl: string;
    mailDir: string;
  }
}

const root = path.resolve(import.meta.dirname, '..', '..');

async function waitForServer(url: string, child: ChildProcess, timeoutMs = 120_000): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url, { redirect: 'manual' });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`The site did not answer at ${url} within ${timeoutMs / 1000} s`);
}

export default async function setup(project: TestProject) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'zvezda-test-'));
  const pg = await startEmbeddedPostgres({
    dataDir: path.join(tmp, 'pg'),
    database: 'zvezda',
    persistent: false,
    logFile: path.join(tmp, 'postgres.log'),
  });
  let stopMail = async () => {};
  const cleanUp = async () => {
    await stopMail();
    await pg.stop();
    rmSync(tmp, { recursive: true, force: true });
  };
  let siteDatabaseUrl: string;
  try {
    await migrate(pg.url);
    await runSeed(pg.url);
    // The served site connects as the site role, as `npm start` does; tests calling lib/ directly
    // keep the owner. A role name of its own, so the start-up test (which makes the default role
    // on this same server) cannot change its password under the running site.
    siteDatabaseUrl = await ensureSiteRole(pg.url, { passwordFile: path.join(tmp, 'site-db-password'), role: 'zvezda_test_site' });
  } catch (error) {
    await cleanUp();
    throw error;
  }
  const serverUrl = pg.url.replace(/\/zvezda$/, '/postgres');

  // The build is the real one a newcomer gets; ZVEZDA_TEST_SKIP_BUILD=1 reuses an existing one.
  if (!(process.env.ZVEZDA_TEST_SKIP_BUILD === '1' && existsSync(path.join(root, '.next', 'BUILD_ID')))) {
    const build = spawnSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], {
      cwd: root,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    });
    if (build.status !== 0) {
      await cleanUp();
      throw new Error(`next build failed:\n${build.stdout}\n${build.stderr}`);
    }
  }
  const mail = await startMailServer(path.join(tmp, 'mail'));
  stopMail = mail.stop;
  const port = await findFreePort();
  const next = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port)], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: siteDatabaseUrl,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      AUTH_SECRET: 'test-secret-0123456789-0123456789-0123456789',
      EMAIL_SERVER: `smtp://127.0.0.1:${mail.port}`,
      EMAIL_FROM: 'Zvezda <no-reply@zvezda.test>',
      ADMIN_EMAILS: 'first.admin@zvezda.test',
      // Every test request comes from one address; the per-client limit is tested with its own.
      SIGN_IN_LIMIT_PER_CLIENT: '10000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let serverLog = '';
  next.stdout?.on('data', (chunk) => (serverLog += chunk));
  next.stderr?.on('data', (chunk) => (serverLog += chunk));
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForServer(`${baseUrl}/en`, next);
  } catch (error) {
    next.kill('SIGTERM');
    await cleanUp();
    throw new Error(`${(error as Error).message}\n${serverLog}`);
  }

  project.provide('databaseUrl', pg.url);
  project.provide('siteDatabaseUrl', siteDatabaseUrl);
  project.provide('serverUrl', serverUrl);
  project.provide('baseUrl', baseUrl);
  project.provide('mailDir', mail.dir);

  return async () => {
    next.kill('SIGTERM');
    if (/Error|⨯/.test(serverLog) && process.env.ZVEZDA_TEST_SERVER_LOG !== '0') {
      console.log(`--- next start log ---\n${serverLog}`);
    }
    await cleanUp();
  };
}

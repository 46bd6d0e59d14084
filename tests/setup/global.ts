// Once per test run: a real PostgreSQL (embedded, throw-away folder, free port), migrated and
// seeded; then the site built and served against it, for the page, API and browser tests.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../../scripts/support/embedded-postgres';
import { migrate } from '../../scripts/support/migrate';
import { runSeed } from '../../scripts/support/seed-runner';
import { ensureSiteRole } from '../../scripts/support/site-role';
import { startMailServer } from '../support/mail-server';
import { startSite, type Site } from '../support/site';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    siteDatabaseUrl: string;
    serverUrl: string;
    baseUrl: string;
    mailDir: string;
    mailPort: number;
    mediaDir: string;
  }
}

const root = path.resolve(import.meta.dirname, '..', '..');

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
      // Public pages are prerendered from the archive, so the build reads the database.
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', DATABASE_URL: siteDatabaseUrl },
      encoding: 'utf8',
    });
    if (build.status !== 0) {
      await cleanUp();
      throw new Error(`next build failed:\n${build.stdout}\n${build.stderr}`);
    }
  }
  const mail = await startMailServer(path.join(tmp, 'mail'));
  stopMail = mail.stop;
  let site: Site;
  try {
    site = await startSite({
      DATABASE_URL: siteDatabaseUrl,
      EMAIL_SERVER: `smtp://127.0.0.1:${mail.port}`,
      EMAIL_FROM: 'Zvezda <no-reply@zvezda.test>',
      ADMIN_EMAILS: 'first.admin@zvezda.test',
      // Every test request comes from one address; the per-client limit is tested with its own site.
      SIGN_IN_LIMIT_PER_CLIENT: '10000',
      // The site and the tests that call lib/ directly share one media folder, as they share the database.
      MEDIA_DIR: path.join(tmp, 'media'),
    });
  } catch (error) {
    await cleanUp();
    throw error;
  }
  const baseUrl = site.url;

  project.provide('databaseUrl', pg.url);
  project.provide('siteDatabaseUrl', siteDatabaseUrl);
  project.provide('serverUrl', serverUrl);
  project.provide('baseUrl', baseUrl);
  project.provide('mailDir', mail.dir);
  project.provide('mailPort', mail.port);
  project.provide('mediaDir', path.join(tmp, 'media'));

  return async () => {
    await site.stop();
    if (/Error|⨯/.test(site.log()) && process.env.ZVEZDA_TEST_SERVER_LOG !== '0') {
      console.log(`--- site log ---\n${site.log()}`);
    }
    await cleanUp();
  };
}

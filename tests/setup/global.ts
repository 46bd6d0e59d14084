// Once per test run: a real PostgreSQL (embedded, throw-away folder, free port) holding one
// migrated and seeded template database, and the site built once. Every test file then clones
// the template into a database of its own (tests/setup/each-file.ts) and, if it reads pages,
// serves the build against that clone (tests/support/site.ts `useSite`), so no file sees
// another's writes and every assertion can be exact.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../../scripts/db/embedded-postgres';
import { migrate } from '../../scripts/db/migrate';
import { runSeed } from '../../scripts/db/seed-runner';
import { ensureSiteRole } from '../../scripts/db/site-role';
import './exit-code';
import { Client } from 'pg';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The `postgres` maintenance database of the test server, for CREATE/DROP DATABASE. */
    serverUrl: string;
    /** The migrated, seeded database every test file clones. Nobody connects to it. */
    templateDatabase: string;
    /** The site's own role (cluster-wide) and its password, for the URL a served site uses. */
    siteRole: string;
    siteRolePassword: string;
  }
}

const root = path.resolve(import.meta.dirname, '..', '..');
export const TEMPLATE_DATABASE = 'zvezda_template';
const SITE_ROLE = 'zvezda_test_site';

export default async function setup(project: TestProject) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'zvezda-test-'));
  const pg = await startEmbeddedPostgres({
    dataDir: path.join(tmp, 'pg'),
    database: TEMPLATE_DATABASE,
    persistent: false,
    logFile: path.join(tmp, 'postgres.log'),
  });
  const cleanUp = async () => {
    await pg.stop();
    rmSync(tmp, { recursive: true, force: true });
  };
  const serverUrl = pg.url.replace(new RegExp(`/${TEMPLATE_DATABASE}$`), '/postgres');
  const passwordFile = path.join(tmp, 'site-db-password');
  try {
    await migrate(pg.url);
    await runSeed(pg.url);
    // Table and schema grants live in the database's catalogue, so every clone carries them; the
    // role itself is cluster-wide. A role name of its own, so the start-up test (which makes the
    // default role on this same server) cannot change its password under a running site.
    await ensureSiteRole(pg.url, { passwordFile, role: SITE_ROLE });
    // A template may not be cloned while anyone is connected to it; refusing connections keeps a
    // stray test from holding it (and from writing to what every other file starts from).
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`ALTER DATABASE ${TEMPLATE_DATABASE} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`);
    await admin.end();
  } catch (error) {
    await cleanUp();
    throw error;
  }

  // The build is the real one a newcomer gets; ZVEZDA_TEST_SKIP_BUILD=1 reuses an existing one.
  if (!(process.env.ZVEZDA_TEST_SKIP_BUILD === '1' && existsSync(path.join(root, '.next', 'BUILD_ID')))) {
    const build = spawnSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], {
      cwd: root,
      // npm test has just type-checked everything (tsc --noEmit) before vitest started.
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...(process.env.npm_lifecycle_event === 'test' ? { ZVEZDA_TYPES_CHECKED: '1' } : {}) },
      encoding: 'utf8',
    });
    if (build.status !== 0) {
      await cleanUp();
      throw new Error(`next build failed:\n${build.stdout}\n${build.stderr}`);
    }
  }

  project.provide('serverUrl', serverUrl);
  project.provide('templateDatabase', TEMPLATE_DATABASE);
  project.provide('siteRole', SITE_ROLE);
  project.provide('siteRolePassword', readFileSync(passwordFile, 'utf8').trim());

  return cleanUp;
}

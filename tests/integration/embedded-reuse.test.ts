// While `npm start` runs the embedded server on data/postgres, the other scripts that need the
// database (bench:search, db:migrate, db:seed) use that server instead of failing to start a
// second one on the same folder, and leave it running.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  runningEmbeddedPostgres,
  startEmbeddedPostgres,
  type RunningPostgres,
} from '../../scripts/db/embedded-postgres';
import { query } from '../support/database';

const root = path.resolve(import.meta.dirname, '../..');
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'zvezda-reuse-'));
let server: RunningPostgres;

function script(file: string, args: string[] = []) {
  const env: Record<string, string | undefined> = { ...process.env, ZVEZDA_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  return spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), file, ...args], {
    cwd: root,
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: 240_000,
  });
}

beforeAll(async () => {
  // As npm start leaves it: the embedded server on <data>/postgres, running.
  server = await startEmbeddedPostgres({
    dataDir: path.join(dataDir, 'postgres'),
    logFile: path.join(dataDir, 'postgres.log'),
  });
});
afterAll(async () => {
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('scripts beside a running npm start', () => {
  it('finds the running server, and its port, from the lock file', () => {
    expect(runningEmbeddedPostgres(path.join(dataDir, 'postgres'))).toMatchObject({
      port: server.port,
      url: server.url,
    });
  });

  it('a stale lock file (its process gone) is not a running server', () => {
    const other = mkdtempSync(path.join(os.tmpdir(), 'zvezda-stale-'));
    try {
      writeFileSync(path.join(other, 'postmaster.pid'), `999999999\n${other}\n0\n5432\n`);
      expect(runningEmbeddedPostgres(other)).toBeNull();
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('db:migrate and bench:search use it and leave it running', () => {
    const migrated = script('scripts/migrate.ts');
    expect(migrated.status, migrated.stderr).toBe(0);
    expect(migrated.stdout).toContain(`using the embedded PostgreSQL already running on 127.0.0.1:${server.port}`);
    expect(migrated.stdout + migrated.stderr).not.toContain('Another PostgreSQL server');

    const bench = script('scripts/bench/search.ts', ['--sizes', '100', '--runs', '1']);
    expect(bench.status, bench.stderr).toBe(0);
    expect(bench.stdout).toContain(`using the embedded PostgreSQL already running on 127.0.0.1:${server.port}`);
    expect(bench.stdout).toMatch(/recall@3/);
    // Two whole scripts, each compiling itself through tsx: on two busy cores (the build runs
    // beside the integration tier) that has taken over a minute.
  }, 180_000);

  it('the migrations went to that server, and it still answers', async () => {
    const applied = await query<{ n: string }>(
      server.url,
      'SELECT count(*) AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL',
    );
    const migrations = readdirSync(path.join(root, 'prisma/migrations')).filter((dir) =>
      existsSync(path.join(root, 'prisma/migrations', dir, 'migration.sql')),
    );
    expect(Number(applied[0]!.n)).toBe(migrations.length);
    expect(runningEmbeddedPostgres(path.join(dataDir, 'postgres'))?.port).toBe(server.port);
  });
});

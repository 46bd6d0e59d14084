// npm run media:purge: deletes the files of uploads rejected more than 30 days ago (lib/media/purge.ts).
import { runWithDatabase } from './db/run-script';
import { purgeRejectedMedia, PURGE_AFTER_DAYS } from '../lib/media/purge';
import { storageFromEnv } from '../lib/media/storage';

const HELP = `Usage: npm run media:purge
Deletes the stored files (the original and every derivative, in MEDIA_DIR or the S3 bucket when
S3_* is set) of pictures a moderator rejected more than ${PURGE_AFTER_DAYS} days ago. A file that another
picture still uses is kept. The pictures' rows stay, marked as purged, so the audit trail is
whole. Safe to run at any time and as often as wanted (for example daily from cron).
Exit status 0 on success, 1 on failure.`;
const argv = process.argv.slice(2).filter((a) => a !== '--');
if (argv.includes('--help')) {
  console.log(HELP);
  process.exit(0);
}
if (argv.length > 0) {
  console.error(`Unknown argument: ${argv.join(' ')}\n\n${HELP}`);
  process.exit(1);
}

await runWithDatabase(async ({ prisma }) => {
  const report = await purgeRejectedMedia(prisma, storageFromEnv());
  console.log(
    `Purged the files of ${report.items} rejected pictures: ${report.filesDeleted} files deleted, ${report.filesKept} kept because another picture uses them.`,
  );
});

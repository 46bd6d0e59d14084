// npm run media:purge: deletes the files of uploads rejected more than 30 days ago (lib/media/purge.ts).
import { purgeRejectedMedia, PURGE_AFTER_DAYS } from '../lib/media/purge';
import { storageFromEnv } from '../lib/media/storage';
import { createPrismaClient } from '../lib/prisma-client';
import { resolveDatabase } from './support/database';
import { migrate } from './support/migrate';

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

const database = await resolveDatabase((line) => console.error(line));
const prisma = createPrismaClient(database.url, { max: 1 });
let status = 0;
try {
  await migrate(database.url);
  const report = await purgeRejectedMedia(prisma, storageFromEnv());
  console.log(`Purged the files of ${report.items} rejected pictures: ${report.filesDeleted} files deleted, ${report.filesKept} kept because another picture uses them.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  status = 1;
} finally {
  await prisma.$disconnect();
  await database.stop();
}
process.exit(status);

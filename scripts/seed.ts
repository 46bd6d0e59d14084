// npm run db:seed: writes the fact sheet into the archive (idempotent).
import { migrate } from './db/migrate';
import { resolveDatabase } from './db/database';
import { describeSeed, runSeed } from './db/seed-runner';

if (process.argv.includes('--help')) {
  console.log(`Usage: npm run db:seed [-- --fact-sheet FILE]
Seeds the archive from the fact sheet (../shared/data/heroes-tajikistan.json, or the copy in
prisma/data). Running it again changes nothing; a record edited in the archive is never
overwritten. Applies pending migrations first. Exit status 0 on success, 1 on failure.`);
  process.exit(0);
}

const flag = process.argv.indexOf('--fact-sheet');
const factSheet = flag > -1 ? process.argv[flag + 1] : undefined;
const database = await resolveDatabase();
let status = 0;
try {
  await migrate(database.url, { log: console.log });
  const report = await runSeed(database.url, { factSheet });
  if (report) console.log(describeSeed(report));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  status = 1;
} finally {
  await database.stop();
}
process.exit(status);

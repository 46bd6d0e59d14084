// npm run db:seed: writes the fact sheet into the archive (idempotent).
import { runWithDatabase } from './db/run-script';
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
await runWithDatabase(
  async ({ url }) => {
    const report = await runSeed(url, { factSheet });
    if (report) console.log(describeSeed(report));
  },
  { log: console.log, logMigrations: true },
);

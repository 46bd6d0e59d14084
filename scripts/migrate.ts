// npm run db:migrate: applies pending migrations to DATABASE_URL (or the embedded server).
import { MigrationError, migrate } from './db/migrate';
import { resolveDatabase } from './db/database';

if (process.argv.includes('--help')) {
  console.log(`Usage: npm run db:migrate
Applies the pending migrations in prisma/migrations, in order, each in a transaction, and records
them in _prisma_migrations as Prisma does. Uses DATABASE_URL, or the embedded server in data/.
Exit status: 0 when the database is up to date, 1 on any failure (nothing half-applied).`);
  process.exit(0);
}

const database = await resolveDatabase();
let status = 0;
try {
  const applied = await migrate(database.url, { log: console.log });
  console.log(applied.length ? `Applied ${applied.length} migration(s).` : 'The database is up to date.');
} catch (error) {
  console.error(error instanceof MigrationError ? error.message : error);
  status = 1;
} finally {
  await database.stop();
}
process.exit(status);

// The shell every database script shares: find the database (embedded or DATABASE_URL), bring its
// schema up to date, run the work, and always disconnect and stop the embedded server, exiting 1
// with the error's message if the work failed.
import { createPrismaClient, type PrismaClient } from '../../lib/prisma-client';
import { resolveDatabase } from './database';
import { migrate } from './migrate';

export async function runWithDatabase(
  work: (context: { url: string; prisma: PrismaClient }) => Promise<void>,
  options: {
    /** Where the lines about the database go (stderr unless said): stdout may be the work's output. */
    log?: (line: string) => void;
    /** Also log each migration applied (db:seed and geonames:import say what they changed). */
    logMigrations?: boolean;
    /** The connections the work's Prisma client may open at once. */
    connections?: number;
    statementTimeoutMs?: number;
  } = {},
): Promise<never> {
  const log = options.log ?? ((line) => console.error(line));
  const database = await resolveDatabase(log);
  const prisma = createPrismaClient(database.url, {
    max: options.connections ?? 1,
    statementTimeoutMs: options.statementTimeoutMs,
  });
  let status = 0;
  try {
    await migrate(database.url, options.logMigrations ? { log } : {});
    await work({ url: database.url, prisma });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    status = 1;
  } finally {
    await prisma.$disconnect();
    await database.stop();
  }
  process.exit(status);
}

// Builds a Prisma client on the pg driver adapter. Only lib/db.ts (the app's one client) and
// scripts that own their connection (seed, benchmarks) call this.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client';

export function createPrismaClient(databaseUrl: string, options: { max?: number; statementTimeoutMs?: number } = {}): PrismaClient {
  // No statement may run away with the server: a search or a page query that takes longer than
  // this is cut off and reported, instead of piling up behind a slow one.
  const adapter = new PrismaPg({ connectionString: databaseUrl, max: options.max ?? 10, statement_timeout: options.statementTimeoutMs ?? 10_000 });
  return new PrismaClient({ adapter });
}

export type { PrismaClient };

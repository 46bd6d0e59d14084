// Builds a Prisma client on the pg driver adapter. Only lib/db.ts (the app's one client) and
// scripts that own their connection (seed, benchmarks) call this.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client';

export function createPrismaClient(databaseUrl: string, options: { max?: number } = {}): PrismaClient {
  const adapter = new PrismaPg({ connectionString: databaseUrl, max: options.max ?? 10 });
  return new PrismaClient({ adapter });
}

export type { PrismaClient };

// Builds a Prisma client on the pg driver adapter. Only lib/db.ts (the app's one client) and
// scripts that own their connection (seed, benchmarks) call this.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client';

type ClientOptions = {
  max?: number;
  statementTimeoutMs?: number;
  /**
   * Keep connections open however long they sit idle (pg closes them after 10 s by default).
   * The site reads the database only when a page is not in cache, which can be minutes apart;
   * opening the connections again made the first request after an approval about 75 ms slower
   * (docs/performance.md). Idle connections do not keep a script's process alive.
   */
  keepIdleConnections?: boolean;
};

export function createPrismaClient(databaseUrl: string, options: ClientOptions = {}): PrismaClient {
  // No statement may run away with the server: a search or a page query that takes longer than
  // this is cut off and reported, instead of piling up behind a slow one.
  const adapter = new PrismaPg({
    connectionString: databaseUrl,
    max: options.max ?? 10,
    statement_timeout: options.statementTimeoutMs ?? 10_000,
    ...(options.keepIdleConnections ? { idleTimeoutMillis: 0, allowExitOnIdle: true } : {}),
  });
  return new PrismaClient({ adapter });
}

export type { PrismaClient };

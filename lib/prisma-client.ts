// Builds a Prisma client on the pg driver adapter. Only lib/db.ts (the app's one client) and
// scripts that own their connection (seed, benchmarks) call this.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client';

type ClientOptions = {
  max?: number;
  statementTimeoutMs?: number;
  /** How long a statement waits for a row another transaction holds before it gives up. */
  lockTimeoutMs?: number;
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
    // A write that waits on a locked record gives up well before the statement timeout, so the
    // person gets "busy, try again" in seconds (isBusyError) instead of a failure after ten.
    lock_timeout: options.lockTimeoutMs ?? 3_000,
    ...(options.keepIdleConnections ? { idleTimeoutMillis: 0, allowExitOnIdle: true } : {}),
  });
  return new PrismaClient({ adapter });
}

/**
 * PostgreSQL's answers that mean "another transaction holds what this one needs": a lock not
 * granted in time, a deadlock, a serialization failure. Nothing was written, and trying again
 * once the other transaction is done works.
 */
const BUSY_CODES = new Set(['55P03', '40P01', '40001']);

export function isBusyError(error: unknown): boolean {
  const known = error as {
    code?: string;
    meta?: { driverAdapterError?: { cause?: { originalCode?: string } } };
  } | null;
  if (known?.code === 'P2034') return true; // Prisma's own "write conflict or deadlock"
  return BUSY_CODES.has(known?.meta?.driverAdapterError?.cause?.originalCode ?? '');
}

export type { PrismaClient };

// The one Prisma client of the app. Server-only: pages and components never import it; they call
// the data functions in lib/<domain>/.
import 'server-only';
import { requireDatabaseUrl } from './env';
import { AppError } from './errors';
import { createPrismaClient, isBusyError, type PrismaClient } from './prisma-client';

const globalForPrisma = globalThis as unknown as { zvezdaPrisma?: PrismaClient };

// Created on first use, not at import: `next build` imports every route to read its settings,
// and there is no database at build time. Kept on globalThis because the dev server reloads
// modules, and each reload would otherwise open a new pool.
function client(): PrismaClient {
  globalForPrisma.zvezdaPrisma ??= createPrismaClient(requireDatabaseUrl(), { keepIdleConnections: true });
  return globalForPrisma.zvezdaPrisma;
}

// Every write of the site that changes more than one row runs in db.$transaction: a transaction
// that finds its record held by another one is refused as "busy, try again" (in the reader's
// language), having changed nothing, instead of an unexplained failure.
function transaction(real: PrismaClient): PrismaClient['$transaction'] {
  return ((...args: Parameters<PrismaClient['$transaction']>) =>
    (real.$transaction as (...a: unknown[]) => Promise<unknown>)(...args).catch((error: unknown) => {
      throw isBusyError(error) ? new AppError('CONFLICT', 'recordBusy') : error;
    })) as PrismaClient['$transaction'];
}

export const db = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const real = client();
    if (property === '$transaction') return transaction(real);
    const value: unknown = Reflect.get(real, property, real);
    return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(real) : value;
  },
});

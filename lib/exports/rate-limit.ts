// The full export is the heaviest public read: each client may start EXPORT_LIMIT_PER_CLIENT of
// them an hour (counters in PostgreSQL, rate-limiter-flexible, so the limit holds across
// instances). An answer from a client's cache (304) costs nothing and is not counted.
import pg from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { env, requireDatabaseUrl } from '../env';

const globalForLimit = globalThis as unknown as { zvezdaExportLimit?: { limiter: RateLimiterPostgres; pool: pg.Pool } };

function limiter(): RateLimiterPostgres {
  if (!globalForLimit.zvezdaExportLimit) {
    const pool = new pg.Pool({ connectionString: requireDatabaseUrl(), max: 1 });
    // An idle connection the server ends (a restart, a database dropped and made again) is an
    // 'error' on the pool, which would end the process unheard; the pool drops that connection
    // and the next query opens another, as Prisma's adapter does for the site's main pool.
    pool.on('error', () => {});
    const limiter = new RateLimiterPostgres({
      storeClient: pool,
      storeType: 'pool',
      tableName: 'rate_limit',
      tableCreated: true,
      keyPrefix: 'export-client',
      points: env.EXPORT_LIMIT_PER_CLIENT,
      duration: 60 * 60,
    });
    globalForLimit.zvezdaExportLimit = { limiter, pool };
  }
  return globalForLimit.zvezdaExportLimit.limiter;
}

/** Null when allowed; otherwise the seconds until the client may try again. */
export async function takeExportAllowance(client: string): Promise<number | null> {
  try {
    await limiter().consume(client.slice(0, 100));
    return null;
  } catch (error) {
    if (error instanceof RateLimiterRes) return Math.max(1, Math.ceil(error.msBeforeNext / 1000));
    throw error;
  }
}

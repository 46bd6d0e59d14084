// Asking for an emailed sign-in link. Rate-limited per address and per client, with counters in
// PostgreSQL (rate-limiter-flexible) so the limits hold across server processes. Every request,
// for a known, unknown, disabled or malformed address, gets the same answer, so the form tells
// nobody which addresses have accounts.
import pg from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { db } from '../db';
import { env, requireDatabaseUrl } from '../env';
import { EmailSchema } from './schemas';

const globalForLimits = globalThis as unknown as { zvezdaLimits?: { perAddress: RateLimiterPostgres; perClient: RateLimiterPostgres } };

function limiters() {
  if (!globalForLimits.zvezdaLimits) {
    const pool = new pg.Pool({ connectionString: requireDatabaseUrl(), max: 2 });
    const common = { storeClient: pool, storeType: 'pool', tableName: 'rate_limit', tableCreated: true, duration: 60 * 60 } as const;
    globalForLimits.zvezdaLimits = {
      perAddress: new RateLimiterPostgres({ ...common, keyPrefix: 'signin-address', points: env.SIGN_IN_LIMIT_PER_ADDRESS }),
      perClient: new RateLimiterPostgres({ ...common, keyPrefix: 'signin-client', points: env.SIGN_IN_LIMIT_PER_CLIENT }),
    };
  }
  return globalForLimits.zvezdaLimits;
}

async function consume(limiter: RateLimiterPostgres, key: string): Promise<boolean> {
  try {
    await limiter.consume(key);
    return true;
  } catch (error) {
    if (error instanceof RateLimiterRes) return false;
    throw error;
  }
}

export type SignInLinkOutcome = 'sent' | 'not-sent';

/**
 * Sends a link when the address is well-formed, not disabled and within its limits; otherwise
 * sends nothing. Callers show the same answer either way. `send` is Auth.js's signIn.
 */
export async function requestSignInLink(
  input: { email: string; client: string },
  send: (email: string) => Promise<unknown>,
): Promise<SignInLinkOutcome> {
  const parsed = EmailSchema.safeParse(input.email);
  const { perAddress, perClient } = limiters();
  if (!(await consume(perClient, input.client.slice(0, 100)))) return 'not-sent';
  if (!parsed.success) return 'not-sent';
  const email = parsed.data;
  if (!(await consume(perAddress, email))) return 'not-sent';
  const user = await db.user.findUnique({ where: { email }, select: { disabledAt: true } });
  if (user?.disabledAt) return 'not-sent';
  await send(email);
  return 'sent';
}

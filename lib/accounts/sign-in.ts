// Asking for an emailed sign-in link. Rate-limited with counters in PostgreSQL
// (rate-limiter-flexible) so the limits hold across server processes:
// - per client (its socket address, or what a trusted proxy says), across addresses;
// - per address and client, so a stranger's requests use up the stranger's allowance, not the
//   owner's;
// - per address in all, so nobody can send unlimited mail to one person, except from a browser
//   that has signed in as that address before (known-browser.ts): strangers cannot lock the
//   owner out.
// Every request, for a known, unknown, disabled or malformed address, gets the same answer, so
// the form tells nobody which addresses have accounts.
import pg from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { db } from '../db';
import { env, requireDatabaseUrl } from '../env';
import { EmailSchema } from './schemas';

type Limiters = {
  perClient: RateLimiterPostgres;
  perAddressAndClient: RateLimiterPostgres;
  perAddress: RateLimiterPostgres;
};
const globalForLimits = globalThis as unknown as { zvezdaLimits?: Limiters };

function limiters() {
  if (!globalForLimits.zvezdaLimits) {
    const pool = new pg.Pool({ connectionString: requireDatabaseUrl(), max: 2 });
    // An idle connection the server ends (a restart, a database dropped and made again) is an
    // 'error' on the pool, which would end the process unheard; the pool drops that connection
    // and the next query opens another, as Prisma's adapter does for the site's main pool.
    pool.on('error', () => {});
    const common = {
      storeClient: pool,
      storeType: 'pool',
      tableName: 'rate_limit',
      tableCreated: true,
      duration: 60 * 60,
    } as const;
    globalForLimits.zvezdaLimits = {
      perClient: new RateLimiterPostgres({
        ...common,
        keyPrefix: 'signin-client',
        points: env.SIGN_IN_LIMIT_PER_CLIENT,
      }),
      perAddressAndClient: new RateLimiterPostgres({
        ...common,
        keyPrefix: 'signin-address-client',
        points: env.SIGN_IN_LIMIT_PER_ADDRESS,
      }),
      perAddress: new RateLimiterPostgres({
        ...common,
        keyPrefix: 'signin-address',
        points: env.SIGN_IN_LIMIT_PER_ADDRESS_TOTAL,
      }),
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
  input: { email: string; client: string; knownBrowser?: (email: string) => boolean },
  send: (email: string) => Promise<unknown>,
): Promise<SignInLinkOutcome> {
  const parsed = EmailSchema.safeParse(input.email);
  const { perClient, perAddressAndClient, perAddress } = limiters();
  const client = input.client.slice(0, 100);
  if (!(await consume(perClient, client))) return 'not-sent';
  if (!parsed.success) return 'not-sent';
  const email = parsed.data;
  if (!(await consume(perAddressAndClient, `${email} ${client}`))) return 'not-sent';
  if (!(await consume(perAddress, email)) && !input.knownBrowser?.(email)) return 'not-sent';
  const user = await db.user.findUnique({ where: { email }, select: { disabledAt: true } });
  if (user?.disabledAt) return 'not-sent';
  await send(email);
  return 'sent';
}

// Configuration, validated once with zod. Code reads env.X, never process.env.X.
import { z } from 'zod';

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgresql:// URL')
    .optional(),
  /** With DATABASE_URL: the site connects with this URL (a role with only row privileges). */
  SITE_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'SITE_DATABASE_URL must be a postgresql:// URL')
    .optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** The address the site listens on; by default every interface, or loopback when sign-in links go to the log. */
  HOST: z.string().min(1).optional(),
  /** How long a whole request, body included, may take to arrive (a 30 MB upload needs about 4 Mbit/s at the default). */
  REQUEST_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  /** The site's public address, e.g. https://zvezda.example.org: links in mail are built from it, never from a request. */
  SITE_URL: z.url({ protocol: /^https?$/, error: 'SITE_URL must be an http:// or https:// address' }).optional(),
  /** Auth.js's name for the same address; SITE_URL wins when both are set. */
  AUTH_URL: z.url({ protocol: /^https?$/, error: 'AUTH_URL must be an http:// or https:// address' }).optional(),
  /** Comma-separated addresses or CIDR ranges of the proxies in front of the site; none by default. */
  TRUSTED_PROXIES: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean),
    ),
  AUTH_SECRET: z.string().min(32, 'AUTH_SECRET must be at least 32 characters').optional(),
  /** An SMTP URL for nodemailer, e.g. smtp://user:pass@mail.example.org:587 */
  EMAIL_SERVER: z
    .string()
    .regex(/^smtps?:\/\//, 'EMAIL_SERVER must be an smtp:// or smtps:// URL')
    .optional(),
  EMAIL_FROM: z.string().default('Zvezda <no-reply@zvezda.invalid>'),
  /** Comma-separated addresses that become admins when they sign in. */
  ADMIN_EMAILS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((email) => email.trim().toLowerCase())
        .filter(Boolean),
    ),
  AUTH_GITHUB_ID: z.string().optional(),
  AUTH_GITHUB_SECRET: z.string().optional(),
  AUTH_GOOGLE_ID: z.string().optional(),
  AUTH_GOOGLE_SECRET: z.string().optional(),
  /** Set by `npm start` when it runs the embedded database (the newcomer's default set-up). */
  ZVEZDA_EMBEDDED_DB: z.enum(['1']).optional(),
  /** Links an hour for one address from one client. */
  SIGN_IN_LIMIT_PER_ADDRESS: z.coerce.number().int().min(1).default(5),
  /** Links an hour for one address from all clients together (a browser that signed in as it before is exempt). */
  SIGN_IN_LIMIT_PER_ADDRESS_TOTAL: z.coerce.number().int().min(1).default(20),
  SIGN_IN_LIMIT_PER_CLIENT: z.coerce.number().int().min(1).default(30),
  /** Where uploaded images are kept without S3: a folder, relative to the project (default data/media). */
  MEDIA_DIR: z.string().min(1).default('data/media'),
  /** All five set: images are kept in this S3-compatible bucket instead of MEDIA_DIR. */
  S3_ENDPOINT: z.url({ protocol: /^https?$/, error: 'S3_ENDPOINT must be an http:// or https:// address' }).optional(),
  S3_BUCKET: z.string().min(1).optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_REGION: z.string().min(1).optional(),
  /** Full exports (GET /api/export) one client may start in an hour. */
  EXPORT_LIMIT_PER_CLIENT: z.coerce.number().int().min(1).default(20),
  /** Images one contributor may upload in any 24 hours. */
  MEDIA_DAILY_CAP: z.coerce.number().int().min(1).default(30),
});

export type Env = z.infer<typeof EnvSchema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  // An empty variable (FOO=) means unset, as shells and .env files write it.
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const result = EnvSchema.safeParse(present);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  return result.data;
}

export const env = parseEnv(process.env);

/** The public origin of the site: SITE_URL, else AUTH_URL, else this machine on PORT. */
export function siteOrigin(config: Env = env): URL {
  return new URL(new URL(config.SITE_URL ?? config.AUTH_URL ?? `http://localhost:${config.PORT}`).origin);
}

export function requireDatabaseUrl(): string {
  if (!env.DATABASE_URL) {
    throw new Error('DATABASE_URL is not set: start the site with `npm start`, which provides one, or set it.');
  }
  return env.DATABASE_URL;
}

/**
 * Whether this code runs inside Next's server, where 'use cache' works; lib/ functions that pages
 * and scripts both call read through the cache only there. NEXT_RUNTIME is not configuration:
 * Next sets it in its own server, and nothing else does.
 */
export function runsInNext(): boolean {
  return Boolean(process.env.NEXT_RUNTIME);
}

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
  AUTH_SECRET: z.string().min(32, 'AUTH_SECRET must be at least 32 characters').optional(),
  /** An SMTP URL for nodemailer, e.g. smtp://user:pass@mail.example.org:587 */
  EMAIL_SERVER: z.string().regex(/^smtps?:\/\//, 'EMAIL_SERVER must be an smtp:// or smtps:// URL').optional(),
  EMAIL_FROM: z.string().default('Zvezda <no-reply@zvezda.invalid>'),
  /** Comma-separated addresses that become admins when they sign in. */
  ADMIN_EMAILS: z
    .string()
    .default('')
    .transform((value) => value.split(',').map((email) => email.trim().toLowerCase()).filter(Boolean)),
  AUTH_GITHUB_ID: z.string().optional(),
  AUTH_GITHUB_SECRET: z.string().optional(),
  AUTH_GOOGLE_ID: z.string().optional(),
  AUTH_GOOGLE_SECRET: z.string().optional(),
  /** Set by `npm start` when it runs the embedded database (the newcomer's default set-up). */
  ZVEZDA_EMBEDDED_DB: z.enum(['1']).optional(),
  SIGN_IN_LIMIT_PER_ADDRESS: z.coerce.number().int().min(1).default(5),
  SIGN_IN_LIMIT_PER_CLIENT: z.coerce.number().int().min(1).default(30),
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

export function requireDatabaseUrl(): string {
  if (!env.DATABASE_URL) {
    throw new Error('DATABASE_URL is not set: start the site with `npm start`, which provides one, or set it.');
  }
  return env.DATABASE_URL;
}

// Where a reader sent to sign in comes back to: a path on this site in the reader's language,
// never another site (an open redirect would let a link in a mail send a family elsewhere).
import { z } from 'zod';

/** A path of this site under `/{locale}/`, with its query: no scheme, no host, no "//" or "\". */
const ReturnPathSchema = z
  .string()
  .max(500)
  .regex(/^\/(?:en|ru|tg)\/[A-Za-z0-9\-._~/?=&%]*$/)
  .refine((path) => !path.includes('//') && !path.includes('/..'));

/** The path to return to after signing in, or null when `value` is not a safe one in `locale`. */
export function safeReturnPath(value: unknown, locale: string): string | null {
  const parsed = ReturnPathSchema.safeParse(value);
  return parsed.success && parsed.data.startsWith(`/${locale}/`) ? parsed.data : null;
}

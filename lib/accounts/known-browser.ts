// A browser that has signed in as an address before is remembered for it (a cookie holding an
// HMAC of the address, which nobody can forge without AUTH_SECRET). Such a browser may ask for
// a link even while strangers have used up the address's shared limit, so that requests from
// others can never lock a person out of their own account.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { cookies } from 'next/headers';
import { env, siteOrigin } from '../env';

const COOKIE = 'zvezda-known-browser';
const MAX_REMEMBERED = 4;

function tagOf(email: string): string {
  const secret = env.AUTH_SECRET ?? 'development-only-secret-not-for-production-use';
  return createHmac('sha256', secret).update(`known-browser:${email.toLowerCase()}`).digest('base64url').slice(0, 32);
}

function tagsIn(value: string | undefined): string[] {
  return (value ?? '').split('.').filter((tag) => /^[\w-]{32}$/.test(tag));
}

export function isKnownBrowser(cookieValue: string | undefined, email: string): boolean {
  const expected = Buffer.from(tagOf(email));
  return tagsIn(cookieValue).some((tag) => timingSafeEqual(Buffer.from(tag), expected));
}

/** Called when a sign-in succeeds, inside Auth.js's callback route. */
export async function rememberBrowser(email: string): Promise<void> {
  const jar = await cookies();
  const tag = tagOf(email);
  const tags = [tag, ...tagsIn(jar.get(COOKIE)?.value).filter((other) => other !== tag)].slice(0, MAX_REMEMBERED);
  jar.set(COOKIE, tags.join('.'), {
    httpOnly: true,
    sameSite: 'lax',
    secure: siteOrigin().protocol === 'https:',
    path: '/',
    maxAge: 365 * 24 * 60 * 60,
  });
}

export async function knownBrowserCookie(): Promise<string | undefined> {
  return (await cookies()).get(COOKIE)?.value;
}

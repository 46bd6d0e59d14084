// Signing in: `signIn({ role })`, the fixture every page and browser test uses, makes the user and
// an Auth.js database session directly and removes both after the file; the rest signs in over
// HTTP as a browser without JavaScript would (the sign-in form's server action, the emailed link,
// the session cookie), for the tests of signing in itself.
import { randomBytes } from 'node:crypto';
import { beforeAll } from 'vitest';
import { createPrismaClient, type PrismaClient } from '../../lib/prisma-client';
import { useBrowser, type BrowserSession } from './browser';
import { fileDatabaseUrl } from './database';
import { atFileEnd } from './file-end';
import { signInLink, waitForMail, mailsTo } from './mail';
import { currentSite } from './site';

type Role = 'CONTRIBUTOR' | 'MODERATOR' | 'ADMIN';
export type SignedIn = {
  user: { id: string; email: string; role: Role };
  cookie: string;
  actor: { id: string; role: Role; disabled: false };
};

export const SESSION_COOKIE = 'authjs.session-token';
let prisma: PrismaClient | undefined;
const created: string[] = [];
let counter = 0;

/**
 * A user of the given role, signed in: the user row and a session row as Auth.js writes them
 * after an emailed link. With `browser`, the browser carries the session cookie. The user, their
 * sessions with them, are deleted after the file (history keeps what they did, by "a removed account").
 */
export async function signIn(
  options: { role?: Role; email?: string; browser?: BrowserSession } = {},
): Promise<SignedIn> {
  const role = options.role ?? 'CONTRIBUTOR';
  const prisma = fileClient();
  counter += 1;
  const email = options.email ?? `${role.toLowerCase()}.${counter}.${randomBytes(3).toString('hex')}@fixture.test`;
  const user = await prisma.user.create({ data: { email, role, emailVerified: new Date() } });
  created.push(user.id);
  const token = randomBytes(32).toString('hex');
  await prisma.session.create({
    data: { sessionToken: token, userId: user.id, expires: new Date(Date.now() + 24 * 60 * 60 * 1000) },
  });
  const signedIn: SignedIn = {
    user: { id: user.id, email, role },
    cookie: `${SESSION_COOKIE}=${token}`,
    actor: { id: user.id, role, disabled: false },
  };
  if (options.browser) await carrySession(options.browser, signedIn);
  return signedIn;
}

/** The browser carries the session of someone signed in already: one person in several browsers. */
export async function carrySession(browser: BrowserSession, signedIn: SignedIn): Promise<void> {
  const value = signedIn.cookie.slice(SESSION_COOKIE.length + 1);
  await browser.context.addCookies([
    { name: SESSION_COOKIE, value, url: currentSite().url, httpOnly: true, sameSite: 'Lax' },
  ]);
}

/** A user who signed in through the real link (not the fixture), removed after the file all the same. */
export async function removeAfterwards(email: string): Promise<void> {
  const user = await fileClient().user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  created.push(user.id);
}

/** The file's client for its users, made at the first sign-in and closed with their removal at the file's end. */
function fileClient(): PrismaClient {
  if (prisma) return prisma;
  const client = createPrismaClient(fileDatabaseUrl(), { max: 2 });
  prisma = client;
  atFileEnd(async () => {
    prisma = undefined;
    await client.user.deleteMany({ where: { id: { in: created.splice(0) } } });
    await client.$disconnect();
  });
  return client;
}

/**
 * The sign-in form's action field and its post, as a browser without JavaScript sends them from
 * the sign-in page in `locale` (English unless told), read with `headers`.
 */
export async function signInForm(
  email: string,
  {
    base = currentSite().url,
    locale = 'en',
    headers = {},
  }: { base?: string; locale?: string; headers?: Record<string, string> } = {},
): Promise<FormData> {
  const page = await (await fetch(`${base}/${locale}/sign-in`, { headers })).text();
  const actionField = /name="(\$ACTION_ID_[^"]+)"/.exec(page)?.[1];
  if (!actionField) throw new Error('no server action field on the sign-in page');
  const form = new FormData();
  form.set(actionField, '');
  form.set('locale', locale);
  form.set('email', email);
  return form;
}

export async function requestLinkOverHttp(
  email: string,
  headers: Record<string, string> = {},
  base: string = currentSite().url,
): Promise<Response> {
  const form = await signInForm(email, { base, headers });
  return fetch(`${base}/en/sign-in`, { method: 'POST', body: form, redirect: 'manual', headers });
}

export function sessionCookie(response: Response): string | null {
  const cookies = response.headers.getSetCookie();
  const session = cookies.find((c) => c.startsWith('authjs.session-token='));
  return session ? session.split(';')[0]! : null;
}

export async function signInOverHttp(email: string): Promise<{ cookie: string; link: string }> {
  const before = mailsTo(email).length;
  await requestLinkOverHttp(email);
  const mails = await waitForMail(email, before + 1);
  const link = signInLink(mails.at(-1)!);
  const response = await fetch(link, { redirect: 'manual' });
  const cookie = sessionCookie(response);
  if (!cookie)
    throw new Error(
      `following the link gave no session (status ${response.status}, to ${response.headers.get('location')})`,
    );
  return { cookie, link };
}

export async function sessionOf(
  cookie: string,
): Promise<{ user?: { id: string; email: string; role: string } } | null> {
  const response = await fetch(`${currentSite().url}/api/auth/session`, { headers: { cookie } });
  return (await response.json()) as { user?: { id: string; email: string; role: string } } | null;
}

/**
 * The file's browser, signed in as a new user of `role` before its tests: the journeys of a
 * contributor's forms start so.
 */
export function useSignedInBrowser(role: Role): BrowserSession {
  const session = useBrowser();
  beforeAll(async () => {
    await signIn({ role, browser: session });
  });
  return session;
}

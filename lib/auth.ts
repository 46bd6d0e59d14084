// Auth.js (next-auth v5): email links, and GitHub/Google when configured; database sessions in
// the same PostgreSQL through the Prisma adapter. The session carries the user's id and role.
import 'server-only';
import { PrismaAdapter } from '@auth/prisma-adapter';
import NextAuth, { type DefaultSession, type NextAuthConfig } from 'next-auth';
import GitHub from 'next-auth/providers/github';
import Google from 'next-auth/providers/google';
import Nodemailer from 'next-auth/providers/nodemailer';
import { cache } from 'react';
import { forbidden, redirect } from 'next/navigation';
import { connection } from 'next/server';
import { db } from './db';
import { env, siteOrigin } from './env';
import { rememberBrowser } from './accounts/known-browser';
import { sameSitePath } from './security/redirects';
import { mailMode, sendMail } from './accounts/mail';
import { applyRoleChange } from './accounts/role-change';
import { can, type Actor, type Permission, type Role } from './permissions';

declare module 'next-auth' {
  interface Session {
    user: { id: string; role: Role } & DefaultSession['user'];
  }
}

function providers(): NextAuthConfig['providers'] {
  const list: NextAuthConfig['providers'] = [];
  if (mailMode() !== 'off') {
    list.push(
      Nodemailer({
        server: env.EMAIL_SERVER ?? 'smtp://localhost:25',
        from: env.EMAIL_FROM,
        // A link in a mailbox is a key to the account: short-lived, and used once.
        maxAge: SIGN_IN_LINK_MAX_AGE,
        async sendVerificationRequest({ identifier, url }) {
          await sendMail({
            to: identifier,
            subject: 'Sign in to Zvezda / Вход в «Звезду»',
            text: `Follow this link to sign in to Zvezda (valid for 1 hour, once):\nЧтобы войти в «Звезду», перейдите по ссылке (действует 1 час, один раз):\n\n${url}\n\nIf you did not ask for it, ignore this message.`,
          });
        },
      }),
    );
  }
  if (env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET)
    list.push(GitHub({ clientId: env.AUTH_GITHUB_ID, clientSecret: env.AUTH_GITHUB_SECRET }));
  if (env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET)
    list.push(Google({ clientId: env.AUTH_GOOGLE_ID, clientSecret: env.AUTH_GOOGLE_SECRET }));
  return list;
}

const SIGN_IN_LINK_MAX_AGE = 60 * 60;

export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  if (!env.AUTH_SECRET && env.NODE_ENV === 'production') {
    throw new Error(
      'AUTH_SECRET is not set: it is required in production (npm start generates one for the embedded set-up).',
    );
  }
  return {
    adapter: PrismaAdapter(db),
    session: { strategy: 'database' },
    secret: env.AUTH_SECRET ?? 'development-only-secret-not-for-production-use',
    // Links and redirects are built from AUTH_URL, which the site's server sets from SITE_URL
    // (server/server.ts); the request's Host header is never used for them.
    trustHost: true,
    useSecureCookies: siteOrigin().protocol === 'https:',
    providers: providers(),
    pages: { signIn: '/sign-in', verifyRequest: '/sign-in/check-email', error: '/sign-in/error' },
    callbacks: {
      async signIn({ user }) {
        // A disabled account can neither ask for a link nor use one.
        if (!user.email) return true;
        const found = await db.user.findUnique({
          where: { email: user.email.toLowerCase() },
          select: { disabledAt: true },
        });
        return !found?.disabledAt;
      },
      redirect({ url, baseUrl }) {
        return sameSitePath(url, baseUrl);
      },
      session({ session, user }) {
        const role = (user as unknown as { role: Role }).role;
        return { ...session, user: { ...session.user, id: user.id, role } };
      },
    },
    events: {
      async signIn({ user }) {
        if (user.email) await rememberBrowser(user.email);
        if (user.id && user.email && env.ADMIN_EMAILS.includes(user.email.toLowerCase())) {
          await applyRoleChange(db, { subjectId: user.id, toRole: 'ADMIN', actorId: null, via: 'admin-emails' });
        }
      },
    },
  };
});

/** The acting user of this request, read once per request; null when anonymous. */
export const getActor = cache(async (): Promise<Actor> => {
  // Who is reading is request data: everything after this renders per request (Auth.js draws
  // random values, which Next refuses in a page it might prerender).
  await connection();
  const session = await auth();
  if (!session?.user?.id) return null;
  const user = await db.user.findUnique({
    where: { id: session.user.id },
    select: { id: true, role: true, disabledAt: true },
  });
  return user ? { id: user.id, role: user.role, disabled: user.disabledAt !== null } : null;
});

/**
 * The reader of a page only a signed-in person may see: anyone else is sent to sign in, and a
 * reader without `permission` gets the 403 page. The data functions check again where data is
 * touched; this decides only what the page shows.
 */
export async function requirePageActor(
  locale: string,
  permission?: Permission,
  returnTo?: string,
): Promise<NonNullable<Actor>> {
  const actor = await getActor();
  // With `returnTo` (a path of this page, query included), signing in comes back to it.
  if (!actor) redirect(returnTo ? `/${locale}/sign-in?next=${encodeURIComponent(returnTo)}` : `/${locale}/sign-in`);
  if (permission && !can(actor, permission)) forbidden();
  return actor;
}

export function enabledProviders(): { email: boolean; emailToLog: boolean; github: boolean; google: boolean } {
  const mode = mailMode();
  return {
    email: mode !== 'off',
    emailToLog: mode === 'log',
    github: Boolean(env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET),
    google: Boolean(env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET),
  };
}

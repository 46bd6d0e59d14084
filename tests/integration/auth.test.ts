import { describe, expect, it } from 'vitest';
import { requestSignInLink } from '../../lib/accounts/sign-in';
import { setUserDisabled } from '../../lib/accounts/users';
import { mailsTo, signInLink, waitForMail } from '../support/mail';
import { requestLinkOverHttp, sessionCookie, sessionOf, signInOverHttp } from '../support/auth';
import { getPage, textOf } from '../support/http';
import { useFileDatabase } from '../support/database';
import { useSite } from '../support/site';

const site = useSite();

const prisma = useFileDatabase();
const unique = (name: string) => `${name}.${Date.now()}.${Math.random().toString(36).slice(2, 7)}@zvezda.test`;

describe('signing in by email link', () => {
  it('says on the page after asking for a link that a stranger can hold links to an address off for an hour', async () => {
    for (const locale of ['en', 'ru', 'tg'] as const) {
      const page = await getPage(`/${locale}/sign-in/check-email`);
      expect(page.status).toBe(200);
      const catalogue = (await import(`../../messages/${locale}.json`, { with: { type: 'json' } })) as {
        default: { account: { checkNoMail: string } };
      };
      expect(textOf(page.html)).toContain(catalogue.default.account.checkNoMail);
    }
  });

  it('mails a link that signs the user in; the session carries id and role', async () => {
    const email = unique('reader');
    const response = await requestLinkOverHttp(email);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/en/sign-in/check-email');
    const [mail] = await waitForMail(email);
    expect(mail!.raw).toMatch(/^Subject: /m);
    expect(mail!.raw).toContain('Follow this link to sign in to Zvezda');
    const link = signInLink(mail!);
    const followed = await fetch(link, { redirect: 'manual' });
    expect(followed.status).toBe(302);
    expect(followed.headers.get('location')).toBe('/en/account');
    const cookie = sessionCookie(followed)!;
    const session = await sessionOf(cookie);
    const user = await prisma.user.findUniqueOrThrow({ where: { email } });
    expect(session?.user).toMatchObject({ id: user.id, email, role: 'CONTRIBUTOR' });

    const account = await getPage('/en/account', { headers: { cookie } });
    expect(account.status).toBe(200);
    expect(textOf(account.html)).toContain(email);
    expect(textOf(account.html)).toContain('Contributor');

    // A contributor is refused the admin page with a real 403; an anonymous reader is sent to sign in.
    const admin = await getPage('/en/admin/users', { headers: { cookie } });
    expect(admin.status).toBe(403);
    expect(admin.html).toContain('Your role does not allow this page.');
    const anonymous = await getPage('/en/admin/users');
    expect(anonymous.status).toBe(307);
    expect(anonymous.headers.get('location')).toBe('/en/sign-in');
  });

  it('refuses a reused link and an expired one', async () => {
    const email = unique('twice');
    const { link } = await signInOverHttp(email);
    const again = await fetch(link, { redirect: 'manual' });
    expect(sessionCookie(again)).toBeNull();
    expect(again.headers.get('location')).toContain('error=Verification');
    expect(textOf((await getPage('/en/sign-in/error?error=Verification')).html)).toContain(
      'expired or was already used',
    );

    const late = unique('late');
    await requestLinkOverHttp(late);
    const [mail] = await waitForMail(late);
    await prisma.verificationToken.updateMany({
      where: { identifier: late },
      data: { expires: new Date(Date.now() - 1000) },
    });
    const expired = await fetch(signInLink(mail!), { redirect: 'manual' });
    expect(sessionCookie(expired)).toBeNull();
    expect(expired.headers.get('location')).toContain('error=Verification');
    expect(await prisma.user.count({ where: { email: late } })).toBe(0);
    // Auth.js logs each refused link as an error; these two, and nothing else, were expected.
    await site.expectServerErrors(/^\S*\[auth\]\[error\]\S* Verification/, 2);
  });

  it('answers unknown, malformed and over-limit addresses alike, and sends nothing for them', async () => {
    const email = unique('limited');
    const answers: string[] = [];
    for (let i = 0; i < 7; i += 1)
      answers.push(
        `${(await requestLinkOverHttp(email)).status} ${(await requestLinkOverHttp('not an address')).headers.get('location')}`,
      );
    expect(new Set(answers).size).toBe(1);
    await waitForMail(email, 5);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(mailsTo(email)).toHaveLength(5); // SIGN_IN_LIMIT_PER_ADDRESS
    expect(mailsTo('not an address')).toHaveLength(0);
  });

  it('limits requests per client across addresses, with the counters in PostgreSQL', async () => {
    let sent = 0;
    const client = `client-${Date.now()}`;
    const outcomes = [];
    for (let i = 0; i < 32; i += 1) {
      outcomes.push(await requestSignInLink({ email: unique(`c${i}`), client }, () => Promise.resolve((sent += 1))));
    }
    expect(sent).toBe(30); // SIGN_IN_LIMIT_PER_CLIENT default
    expect(outcomes.slice(30)).toEqual(['not-sent', 'not-sent']);
    const rows = await prisma.rateLimit.findMany({ where: { key: `signin-client:${client}` } });
    expect(rows[0]?.points).toBe(32);
  });

  it('blocks the Auth.js endpoint that would skip the limits', async () => {
    const response = await fetch(`${site.url}/api/auth/signin/nodemailer`, {
      method: 'POST',
      body: new URLSearchParams({ email: 'x@y.z' }),
    });
    expect(response.status).toBe(404);
  });

  it('makes ADMIN_EMAILS admins on sign-in and records it', async () => {
    const { cookie } = await signInOverHttp('first.admin@zvezda.test');
    expect((await sessionOf(cookie))?.user?.role).toBe('ADMIN');
    const user = await prisma.user.findUniqueOrThrow({
      where: { email: 'first.admin@zvezda.test' },
      include: { roleChanges: true },
    });
    expect(user.roleChanges).toEqual([
      expect.objectContaining({ fromRole: 'CONTRIBUTOR', toRole: 'ADMIN', via: 'admin-emails', actorId: null }),
    ]);
  });

  it('a disabled user loses their sessions and can no longer sign in', async () => {
    const email = unique('disabled');
    const { cookie } = await signInOverHttp(email);
    const user = await prisma.user.findUniqueOrThrow({ where: { email } });
    const admin = await prisma.user.create({ data: { email: unique('admin'), role: 'ADMIN' } });
    await setUserDisabled({ id: admin.id, role: 'ADMIN', disabled: false }, { userId: user.id, disabled: 'true' });
    expect(await sessionOf(cookie)).toBeNull();
    expect(await prisma.session.count({ where: { userId: user.id } })).toBe(0);
    const before = mailsTo(email).length;
    await requestLinkOverHttp(email);
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(mailsTo(email)).toHaveLength(before);
    expect((await getPage('/en/account', { headers: { cookie } })).status).toBe(307);
  });

  it('sign-out ends the session', async () => {
    const { cookie } = await signInOverHttp(unique('leaving'));
    const page = await (await fetch(`${site.url}/en/account`, { headers: { cookie } })).text();
    const actionField = /name="(\$ACTION_ID_[^"]+)"/.exec(page)![1]!;
    const form = new FormData();
    form.set(actionField, '');
    form.set('locale', 'en');
    const response = await fetch(`${site.url}/en/account`, {
      method: 'POST',
      body: form,
      headers: { cookie },
      redirect: 'manual',
    });
    expect(response.status).toBe(303);
    expect(await sessionOf(cookie)).toBeNull();
  });
});

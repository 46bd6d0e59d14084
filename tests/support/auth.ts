// Signing in over HTTP as a browser without JavaScript would: the sign-in form's server action,
// the emailed link, the session cookie.
import { inject } from 'vitest';
import { signInLink, waitForMail, mailsTo } from './mail';

/** The sign-in form's action field and its post, as a browser without JavaScript sends them. */
export async function signInForm(email: string, base: string = inject('baseUrl')): Promise<FormData> {
  const page = await (await fetch(`${base}/en/sign-in`)).text();
  const actionField = /name="(\$ACTION_ID_[^"]+)"/.exec(page)?.[1];
  if (!actionField) throw new Error('no server action field on the sign-in page');
  const form = new FormData();
  form.set(actionField, '');
  form.set('locale', 'en');
  form.set('email', email);
  return form;
}

export async function requestLinkOverHttp(email: string, headers: Record<string, string> = {}, base: string = inject('baseUrl')): Promise<Response> {
  const page = await (await fetch(`${base}/en/sign-in`, { headers })).text();
  const actionField = /name="(\$ACTION_ID_[^"]+)"/.exec(page)?.[1];
  if (!actionField) throw new Error('no server action field on the sign-in page');
  const form = new FormData();
  form.set(actionField, '');
  form.set('locale', 'en');
  form.set('email', email);
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
  if (!cookie) throw new Error(`following the link gave no session (status ${response.status}, to ${response.headers.get('location')})`);
  return { cookie, link };
}

export async function sessionOf(cookie: string): Promise<{ user?: { id: string; email: string; role: string } } | null> {
  const response = await fetch(`${inject('baseUrl')}/api/auth/session`, { headers: { cookie } });
  return (await response.json()) as { user?: { id: string; email: string; role: string } } | null;
}

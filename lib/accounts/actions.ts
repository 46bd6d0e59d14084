'use server';
// Server actions for accounts: thin, they parse the form, find the actor, call the data
// function (which checks permission) and revalidate or redirect.
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { toLocale } from '../../i18n/routing';
import { auth, getActor, signIn, signOut } from '../auth';
import { ValidationError, type ErrorKey } from '../errors';
import { actionLocale, describeError, translateError } from '../i18n/errors';
import { CLIENT_ADDRESS_HEADER } from '../security/client-address';
import { isKnownBrowser, knownBrowserCookie } from './known-browser';
import { safeReturnPath } from './return-to';
import { requestSignInLink } from './sign-in';
import { SignInRequestSchema } from './schemas';
import { changeUserRole, setDisplayName, setUserDisabled } from './users';
import { formText } from '../forms';

export type ActionState = { ok: boolean; message: string } | null;

/** The client as the site's own server resolved it; a client cannot set this header itself. */
async function clientKey(): Promise<string> {
  return (await headers()).get(CLIENT_ADDRESS_HEADER) ?? 'unresolved';
}

export async function requestSignInLinkAction(formData: FormData): Promise<void> {
  const parsed = SignInRequestSchema.safeParse({
    email: formData.get('email') ?? '',
    locale: formData.get('locale') ?? 'en',
  });
  const locale = parsed.success ? parsed.data.locale : toLocale(formData.get('locale'));
  const known = await knownBrowserCookie();
  const request = {
    email: parsed.success ? parsed.data.email : '',
    client: await clientKey(),
    knownBrowser: (email: string) => isKnownBrowser(known, email),
  };
  await requestSignInLink(request, (email) =>
    signIn('nodemailer', {
      email,
      redirect: false,
      redirectTo: safeReturnPath(formData.get('next'), locale) ?? `/${locale}/account`,
    }),
  );
  redirect(`/${locale}/sign-in/check-email`);
}

export async function signInWithProviderAction(formData: FormData): Promise<void> {
  const provider = formData.get('provider');
  const locale = toLocale(formData.get('locale'));
  if (provider !== 'github' && provider !== 'google') redirect(`/${locale}/sign-in`);
  await signIn(provider, { redirectTo: safeReturnPath(formData.get('next'), locale) ?? `/${locale}/account` });
}

export async function signOutAction(formData: FormData): Promise<void> {
  const locale = toLocale(formData.get('locale'));
  if (await auth()) await signOut({ redirect: false });
  redirect(`/${locale}`);
}

async function run(task: () => Promise<unknown>, okMessage: ErrorKey): Promise<ActionState> {
  const locale = await actionLocale();
  try {
    await task();
  } catch (error) {
    return { ok: false, message: await describeError(error, locale) };
  }
  revalidatePath('/[locale]/admin/users', 'page');
  return { ok: true, message: await translateError(locale, okMessage) };
}

export async function changeUserRoleAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await getActor();
  return run(
    () => changeUserRole(actor, { userId: formText(formData, 'userId'), role: formText(formData, 'role') as never }),
    'roleChanged',
  );
}

export async function setUserDisabledAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await getActor();
  return run(
    () =>
      setUserDisabled(actor, {
        userId: formText(formData, 'userId'),
        disabled: formText(formData, 'disabled') as never,
      }),
    'accountUpdated',
  );
}

export async function setDisplayNameAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const locale = await actionLocale(formData);
  const actor = await getActor();
  try {
    await setDisplayName(actor, { displayName: formText(formData, 'displayName') });
  } catch (error) {
    const key = error instanceof ValidationError ? error.fields.displayName : undefined;
    if (key) return { ok: false, message: await translateError(locale, key as ErrorKey) };
    return { ok: false, message: await describeError(error, locale) };
  }
  // The history pages name people by it.
  revalidatePath('/[locale]/heroes/[slug]/history', 'page');
  revalidatePath('/[locale]/account', 'page');
  return { ok: true, message: await translateError(locale, 'displayNameSaved') };
}

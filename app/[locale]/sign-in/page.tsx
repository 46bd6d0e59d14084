import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { enabledProviders } from '@/lib/auth';
import { requestSignInLinkAction, signInWithProviderAction } from '@/lib/accounts/actions';
import { safeReturnPath } from '@/lib/accounts/return-to';
import { openPage, metadataOf, type LocaleQueryProps } from '../../_components/page-frame';

// Rendered for each request: what it offers depends on this server's mail settings.
export const instant = false;

export const generateMetadata = metadataOf('signIn');

export default async function SignInPage({
  params,
  searchParams,
}: LocaleQueryProps<Record<string, string | string[] | undefined>>) {
  const locale = await openPage(params);
  const next = safeReturnPath((await searchParams).next, locale);
  await connection();
  const t = await getTranslations('account');
  const providers = enabledProviders();
  return (
    <article className="prose">
      <h1>{t('signInTitle')}</h1>
      <p>{t('signInIntro')}</p>
      {providers.email ? (
        <form action={requestSignInLinkAction} className="search-form">
          <input type="hidden" name="locale" value={locale} />
          {next && <input type="hidden" name="next" value={next} />}
          <label htmlFor="email">{t('email')}</label>
          <input id="email" name="email" type="email" required maxLength={254} autoComplete="email" />
          <button type="submit">{t('sendLink')}</button>
          {providers.emailToLog && (
            <p className="muted" data-testid="log-note">
              {t('linkToLog')}
            </p>
          )}
        </form>
      ) : (
        <p className="warning" role="note">
          {t('emailOff')}
        </p>
      )}
      {(providers.github || providers.google) && (
        <form action={signInWithProviderAction}>
          <input type="hidden" name="locale" value={locale} />
          {next && <input type="hidden" name="next" value={next} />}
          {providers.github && (
            <button type="submit" name="provider" value="github">
              {t('withGithub')}
            </button>
          )}{' '}
          {providers.google && (
            <button type="submit" name="provider" value="google">
              {t('withGoogle')}
            </button>
          )}
        </form>
      )}
    </article>
  );
}

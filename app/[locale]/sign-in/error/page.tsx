import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import { openPage, metadataOf, type LocaleQueryProps } from '../../../_components/page-frame';

// Rendered for each request: it depends on who is reading or on the query.
export const instant = false;

type Props = LocaleQueryProps<{ error?: string }>;

export const generateMetadata = metadataOf('signInError');

export default async function SignInErrorPage({ params, searchParams }: Props) {
  await openPage(params);
  const { error } = await searchParams;
  const t = await getTranslations('account');
  const message =
    error === 'Verification' ? t('errorVerification') : error === 'AccessDenied' ? t('errorDenied') : t('errorOther');
  return (
    <article className="prose">
      <h1>{t('errorTitle')}</h1>
      <p role="alert" data-testid="sign-in-error">
        {message}
      </p>
      <p>
        <Link href="/sign-in">{t('tryAgain')}</Link>
      </p>
    </article>
  );
}

import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/link';
import { pageMetadata } from '@/lib/i18n/metadata';

// Rendered for each request: it depends on who is reading or on the query.
export const instant = false;

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ error?: string }> };

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  return pageMetadata((await params).locale, 'signInError');
}

export default async function SignInErrorPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
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

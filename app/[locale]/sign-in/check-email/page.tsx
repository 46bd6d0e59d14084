import { connection } from 'next/server';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { enabledProviders } from '@/lib/auth';
import { pageMetadata } from '@/lib/i18n/metadata';

// Rendered for each request: what it offers depends on this server's mail settings.
export const instant = false;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  return pageMetadata((await params).locale, 'checkEmail');
}

export default async function CheckEmailPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await connection();
  const t = await getTranslations('account');
  return (
    <article className="prose">
      <h1>{t('checkTitle')}</h1>
      <p data-testid="check-email">{t('checkBody')}</p>
      <p data-testid="check-no-mail">{t('checkNoMail')}</p>
      {enabledProviders().emailToLog && <p className="warning">{t('linkToLog')}</p>}
    </article>
  );
}

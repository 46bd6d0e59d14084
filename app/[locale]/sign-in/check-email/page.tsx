import { getTranslations, setRequestLocale } from 'next-intl/server';
import { enabledProviders } from '@/lib/auth';

export default async function CheckEmailPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('account');
  return (
    <article className="prose">
      <h1>{t('checkTitle')}</h1>
      <p data-testid="check-email">{t('checkBody')}</p>
      {enabledProviders().emailToLog && <p className="warning">{t('linkToLog')}</p>}
    </article>
  );
}

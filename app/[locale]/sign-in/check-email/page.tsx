import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { enabledProviders } from '@/lib/auth';
import { openPage, metadataOf, type LocaleProps } from '../../../_components/page-frame';

// Rendered for each request: what it offers depends on this server's mail settings.
export const instant = false;

export const generateMetadata = metadataOf('checkEmail');

export default async function CheckEmailPage({ params }: LocaleProps) {
  await openPage(params);
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

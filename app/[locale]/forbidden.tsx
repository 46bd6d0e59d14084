import { getTranslations } from 'next-intl/server';

export default async function Forbidden() {
  const t = await getTranslations('account');
  return (
    <article className="prose">
      <h1>{t('forbiddenTitle')}</h1>
      <p role="alert" data-testid="forbidden">
        {t('forbiddenBody')}
      </p>
    </article>
  );
}

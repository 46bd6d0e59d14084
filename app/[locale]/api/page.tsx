import { getTranslations } from 'next-intl/server';
import { describeApi } from '@/lib/exports/api-page';
import { openPage, type LocaleProps } from '../../_components/page-frame';

export async function generateMetadata({ params }: LocaleProps) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'openData' });
  return { title: t('apiTitle') };
}

export default async function ApiPage({ params }: LocaleProps) {
  await openPage(params);
  const t = await getTranslations('openData');
  const endpoints = describeApi();
  return (
    <article className="prose">
      <h1>{t('apiTitle')}</h1>
      <p>
        {t('apiIntro')} <a href="/api/openapi.json">/api/openapi.json</a>
      </p>
      <h2>{t('apiEndpoints')}</h2>
      {endpoints.map((endpoint) => (
        <section key={endpoint.path} aria-labelledby={endpoint.id}>
          <h3 id={endpoint.id} lang="en">
            <code>{`GET ${endpoint.path}`}</code>
          </h3>
          <p lang="en">{endpoint.summary}</p>
          {endpoint.parameters.length > 0 && (
            <>
              <h4>{t('apiParameters')}</h4>
              <ul lang="en">
                {endpoint.parameters.map((parameter) => (
                  <li key={parameter.name}>
                    <code>{parameter.name}</code>
                    {parameter.detail && <span className="muted"> — {parameter.detail}</span>}
                  </li>
                ))}
              </ul>
            </>
          )}
          <p>
            {t('apiExample')}:{' '}
            <a href={endpoint.example}>
              <code>{endpoint.example}</code>
            </a>
          </p>
        </section>
      ))}
    </article>
  );
}

import { toLocale } from '@/lib/i18n/locale';
import { TextBook } from '@/lib/i18n/texts';
import { Localized } from '../../_components/localized';
import { getTranslations } from 'next-intl/server';
import { getCachedCollection } from '@/lib/heroes/cached';
import { LICENCE } from '@/lib/exports/licence';
import { metadataFrom, openPage, type LocaleProps } from '../../_components/page-frame';

// A miss is rendered once, whole, for the request (see staticSlugParams in lib/heroes/cached.ts).
export const ensureStatic = 'navigation';

export const generateMetadata = metadataFrom('about', { title: 'title', description: 'body1' }, '/about');

export default async function AboutPage({ params }: LocaleProps) {
  const locale = await openPage(params);
  const t = await getTranslations('about');
  const od = await getTranslations('openData');
  const summary = await getCachedCollection();
  const book = new TextBook(summary?.texts ?? []);
  return (
    <article className="prose">
      <h1>{t('title')}</h1>
      <p>{t('body1')}</p>
      <p>{t('body2')}</p>
      <p>{t('body3')}</p>
      {summary && summary.caveats.length > 0 && (
        <section>
          <h2>{t('caveats')}</h2>
          <ul>
            {summary.caveats.map((caveat, index) => (
              <li key={index}>
                <Localized
                  text={book.text(
                    { entity: 'Collection', entityId: summary.id, field: `caveats.${index}` },
                    caveat,
                    toLocale(locale),
                  )!}
                />
              </li>
            ))}
          </ul>
        </section>
      )}
      <section id="licence">
        <h2>{od('heading')}</h2>
        <p>
          {od('facts')} (
          <a href={LICENCE.facts.url} rel="license">
            CC0 1.0
          </a>
          )
        </p>
        <p>
          {od('texts')} (
          <a href={LICENCE.texts.url} rel="license">
            CC BY-SA 4.0
          </a>
          )
        </p>
        <p>{od('media')}</p>
        <p>
          {od('download')}: <a href="/api/export?format=json">JSON</a>, <a href="/api/export?format=csv">CSV</a>,{' '}
          <a href="/api/export?format=jsonld">JSON-LD</a>. {od('formats')}{' '}
          <a href={`/${locale}/api`}>{od('apiLink')}</a>
        </p>
      </section>
    </article>
  );
}

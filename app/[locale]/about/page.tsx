import { isLocale } from '@/i18n/routing';
import { languageAlternates } from '@/lib/i18n/locale';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getCachedCollectionSummary } from '@/lib/heroes/cached';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'about' });
  return { title: t('title'), description: t('body1'), alternates: languageAlternates('/about') };
}

export default async function AboutPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  // The build checks routes with a name that is not a locale; it must not reach the database.
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('about');
  const summary = await getCachedCollectionSummary();
  return (
    <article className="prose">
      <h1>{t('title')}</h1>
      <p>{t('body1')}</p>
      <p>{t('body2')}</p>
      <p>{t('body3')}</p>
      {summary && summary.caveats.length > 0 && (
        <section>
          <h2>{t('caveats')}</h2>
          <ul lang="en">
            {summary.caveats.map((caveat) => (
              <li key={caveat}>{caveat}</li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

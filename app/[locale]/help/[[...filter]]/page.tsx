import { isLocale } from '@/i18n/routing';
import { languageAlternates } from '@/lib/i18n/locale';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { listCachedOpenQuestions } from '@/lib/heroes/cached';
import { displayName } from '@/lib/heroes/names';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'help' });
  return { title: t('title'), alternates: languageAlternates('/help') };
}

export default async function HelpPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  // The build checks routes with a name that is not a locale; it must not reach the database.
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('help');
  const th = await getTranslations('hero');
  const tt = await getTranslations('translation');
  const records = await listCachedOpenQuestions();
  return (
    <article>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <p><Link href="/heroes/new">{t('newHero')}</Link> · <Link href="/translate">{tt('nav')}</Link></p>
      <ul data-testid="open-records">
        {records.map((record) => (
          <li key={record.slug}>
            <Link href={`/heroes/${record.slug}`}>{displayName(record, locale)}</Link>
            {record.completeness.isStub && <strong> — {th('stub')}</strong>}
            <div className="muted">{t('unknown')}: {record.completeness.missing.map((fact) => th(`facts.${fact}`)).join(', ')}</div>
            <Link href={`/heroes/${record.slug}/propose`}>{t('answer')}</Link>
          </li>
        ))}
      </ul>
    </article>
  );
}

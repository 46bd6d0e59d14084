import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import { getCachedCollection, getCachedHeroCounts } from '@/lib/heroes/cached';
import { languageAlternates, toLocale } from '@/lib/i18n/locale';
import { TextBook } from '@/lib/i18n/texts';
import { Localized } from '../_components/localized';
import { openPage, type LocaleProps } from '../_components/page-frame';

// A miss is rendered once, whole, for the request (see staticSlugParams in lib/heroes/cached.ts).
export const ensureStatic = 'navigation';

// The fact sheet breaks the count down by its own group names.
const BREAKDOWN = [
  ['tajik_ssr', 'TAJIK_SSR'],
  ['tajik_elsewhere', 'TAJIK_ELSEWHERE'],
  ['postwar_tajikistan', 'POSTWAR_TAJIKISTAN'],
  ['added_2018', 'ADDED_2018'],
] as const;

const WAYS_IN = [
  ['/search', 'search'],
  ['/heroes', 'browse'],
  ['/heroes/veniamin-nedoshivin', 'first'],
  ['/about', 'about'],
] as const;

export function generateMetadata() {
  return { alternates: languageAlternates('/') };
}

export default async function HomePage({ params }: LocaleProps) {
  const locale = await openPage(params);
  const t = await getTranslations('home');
  const [collection, counts] = await Promise.all([getCachedCollection(), getCachedHeroCounts()]);
  const summary = collection && { ...collection, ...counts };
  const reader = toLocale(locale);
  const book = new TextBook(summary?.texts ?? []);
  return (
    <article className="home">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      {summary && (
        <section aria-labelledby="count-heading" className="count">
          <h2 id="count-heading">{t('counted', { count: summary.counted })}</h2>
          <ul>
            <li data-testid="identified">{t('identified', { count: summary.identified })}</li>
            <li>
              <Link href="/unidentified">
                {t('notIdentified', { count: Math.max(summary.counted - summary.identified, 0) })}
              </Link>
            </li>
            <li>{t('stubs', { count: summary.stubs })}</li>
            {summary.linkedOutsideCount > 0 && <li>{t('outside', { count: summary.linkedOutsideCount })}</li>}
          </ul>
          <h3>{t('breakdownTitle')}</h3>
          <ul data-testid="breakdown">
            {BREAKDOWN.filter(([key]) => typeof summary.breakdown[key] === 'number').map(([key, group]) => (
              <li key={key}>{t(`breakdown.${group}`, { count: summary.breakdown[key]! })}</li>
            ))}
          </ul>
          <p className="source-note">
            {t('countedSource')}{' '}
            <Localized
              text={book.text(
                { entity: 'Collection', entityId: summary.id, field: 'countSource' },
                summary.countSource,
                reader,
              )!}
            />
          </p>
          <h3>{t('otherCounts')}</h3>
          <ul className="other-counts">
            {summary.otherCounts.map((claim) => (
              <li key={claim.id}>
                <strong>{claim.count}</strong> —{' '}
                <Localized
                  text={book.text({ entity: 'CountClaim', entityId: claim.id, field: 'source' }, claim.source, reader)!}
                />
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="ways-heading">
        <h2 id="ways-heading">{t('waysIn')}</h2>
        <ul className="ways">
          {WAYS_IN.map(([href, label]) => (
            <li key={href}>
              <Link href={href}>{t(label)}</Link>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}

import { isLocale } from '@/i18n/routing';
import { notFound } from 'next/navigation';
import { describeIssues } from '@/lib/i18n/errors';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/link';
import { firstValues } from '@/lib/heroes/schemas';
import { searchHeroesCached, searchPlacesCached } from '@/lib/search/cached';
import { PlaceResults } from './place-results';
import { GroupFilter, GroupLabel } from '../../_components/membership';
import { SearchQuerySchema, hasFilters } from '@/lib/search/schemas';
import { DateText } from '../../_components/partial-date';

// Rendered for each request: it depends on who is reading or on the query.
export const instant = false;

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'search' });
  return { title: t('title'), robots: { index: false } };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params;
  // The build checks routes with a name that is not a locale; it must not reach the database.
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('search');
  const raw = firstValues(await searchParams);
  const parsed = SearchQuerySchema.safeParse(raw);
  const query = parsed.success ? parsed.data : null;
  const outcome = query && (query.q || hasFilters(query)) ? await searchHeroesCached(query, locale) : null;
  const places = query?.q ? await searchPlacesCached(query.q, locale) : [];

  return (
    <article>
      <h1>{t('title')}</h1>
      <form method="get" role="search" className="search-form">
        <label htmlFor="search-q">{t('label')}</label>
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={raw.q ?? ''}
          maxLength={200}
          placeholder={t('placeholder')}
          autoComplete="off"
        />
        <details open={Boolean(query && hasFilters(query))}>
          <summary>{t('filters')}</summary>
          <div className="filters">
            <GroupFilter label={t('group')} value={raw.group} locale={locale} />
            <label>
              {t('region')} <input name="region" defaultValue={raw.region ?? ''} maxLength={100} />
            </label>
            <label>
              {t('unit')} <input name="unit" defaultValue={raw.unit ?? ''} maxLength={100} />
            </label>
            <label>
              {t('battle')} <input name="battle" defaultValue={raw.battle ?? ''} maxLength={100} />
            </label>
            <label>
              {t('decreeFrom')}{' '}
              <input name="decreeFrom" type="number" min={1934} max={1991} defaultValue={raw.decreeFrom ?? ''} />
            </label>
            <label>
              {t('decreeTo')}{' '}
              <input name="decreeTo" type="number" min={1934} max={1991} defaultValue={raw.decreeTo ?? ''} />
            </label>
            <label>
              {t('posthumous')}{' '}
              <select name="posthumous" defaultValue={raw.posthumous ?? ''}>
                <option value="">{t('any')}</option>
                <option value="yes">{t('yes')}</option>
                <option value="no">{t('no')}</option>
              </select>
            </label>
          </div>
        </details>
        <button type="submit">{t('submit')}</button>
      </form>

      {!parsed.success && (
        <p role="alert" className="warning">
          {await describeIssues(parsed.error.issues, locale)}
        </p>
      )}
      {query && !query.q && !hasFilters(query) && <p>{t('empty')}</p>}
      {places.length > 0 && <PlaceResults places={places} />}
      {outcome && (
        <section aria-live="polite">
          <p data-testid="search-total">{t('total', { total: outcome.total })}</p>
          {outcome.results.length === 0 ? (
            <p>{t('none')}</p>
          ) : (
            <ol className="results">
              {outcome.results.map((result) => (
                <li key={result.slug}>
                  <Link href={`/heroes/${result.slug}`} className="result-name">
                    {result.name}
                  </Link>{' '}
                  <span className="muted">
                    {locale === 'en' ? result.nameRu : result.name !== result.nameRu ? result.nameRu : result.nameEn}
                  </span>
                  <div className="muted">
                    {(result.birthDate || result.deathDate) && (
                      <span>
                        {result.birthDate ? <DateText text={result.birthDate} locale={locale} /> : '?'} –{' '}
                        {result.deathDate ? <DateText text={result.deathDate} locale={locale} /> : '?'} ·{' '}
                      </span>
                    )}
                    {result.birthPlace && <span lang={result.birthPlaceLang ?? undefined}>{result.birthPlace} · </span>}
                    {result.unit && <span lang={result.unitLang ?? undefined}>{result.unit} · </span>}
                    {result.decreeDate && (
                      <span>
                        {t('decree')} <DateText text={result.decreeDate} locale={locale} /> ·{' '}
                      </span>
                    )}
                    <span>
                      <GroupLabel hero={result} />
                    </span>
                  </div>
                  {result.matched.length > 0 && (
                    <div className="why" data-testid="why">
                      {t('why')}{' '}
                      {result.matched.map((m, index) => (
                        <span key={index}>
                          {index > 0 && '; '}
                          {m.how === 'initial'
                            ? t('matchInitial', { query: m.query })
                            : t(`match.${m.how}`, { query: m.query, term: m.term, field: t(`fields.${m.kind}`) })}
                        </span>
                      ))}
                    </div>
                  )}
                </li>
              ))}
            </ol>
          )}
        </section>
      )}
    </article>
  );
}

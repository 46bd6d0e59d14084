// The list of Heroes, one view of it: rendered by the cached view page (app/[locale]/list-views)
// and, for a query that is not one of the cached views, by the list page itself.
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import { toLocale } from '@/lib/i18n/locale';
import { isStub } from '@/lib/heroes/completeness';
import { listCachedHeroes } from '@/lib/heroes/cached';
import { listQueryString } from '@/lib/heroes/list-view';
import type { HeroListQuery } from '@/lib/heroes/schemas';
import { displayName, sortName } from '@/lib/heroes/names';
import { TextBook } from '@/lib/i18n/texts';
import { PartialDate } from '../../_components/partial-date';
import { GroupFilter, GroupLabel } from '../../_components/membership';
import { Localized } from '../../_components/localized';
import { TableHead } from '../../_components/table-head';

export async function HeroList({ locale, query }: { locale: string; query: HeroListQuery }) {
  const t = await getTranslations({ locale, namespace: 'list' });
  const { items, total, texts } = await listCachedHeroes(query, locale);
  const book = new TextBook(texts);
  // Where a Hero was born, in the reader's language: today's name if known, else the name of the time.
  const birthPlace = (place: (typeof items)[number]['birthPlace']) =>
    place
      ? place.nameToday
        ? book.text({ entity: 'Place', entityId: place.id, field: 'nameToday' }, place.nameToday, toLocale(locale))
        : book.text({ entity: 'Place', entityId: place.id, field: 'name' }, place.name, toLocale(locale))
      : null;
  const pages = Math.max(1, Math.ceil(total / query.limit));
  const page = Math.floor(query.offset / query.limit) + 1;
  // An address kept from a longer list (a bookmark, a search engine) can name a page past the end.
  const beyondEnd = items.length === 0 && total > 0;
  const pageLink = (offset: number) => ({ pathname: '/heroes' as const, query: listQueryString({ ...query, offset }) });

  return (
    <article>
      <h1>{t('title')}</h1>
      <form method="get" action={`/${locale}/heroes`} className="filters">
        <label>
          {t('sort')}{' '}
          <select name="sort" defaultValue={query.sort}>
            <option value="name">{t('sortName')}</option>
            <option value="decree">{t('sortDecree')}</option>
          </select>
        </label>
        <GroupFilter label={t('group')} value={query.group} locale={locale} />
        <button type="submit">{t('apply')}</button>
      </form>
      <p data-testid="total">{t('total', { total })}</p>
      {beyondEnd ? (
        <p data-testid="beyond-end">
          {t('beyondEnd', { page, pages })} <Link href={pageLink((pages - 1) * query.limit)}>{t('lastPage')}</Link>
        </p>
      ) : items.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <table className="hero-table">
          <TableHead columns={[t('name'), t('lifeDates'), t('birthPlace'), t('decree')]} />
          <tbody>
            {items.map((hero) => {
              const title = hero.awards[0];
              return (
                <tr key={hero.slug}>
                  <td data-label={t('name')}>
                    <Link href={`/heroes/${hero.slug}`}>{sortName(hero, locale)}</Link>
                    {isStub(hero) && <small className="stub-mark"> — {t('stub')}</small>}
                    <div className="muted">
                      <GroupLabel hero={hero} />
                    </div>
                    <span className="visually-hidden">{displayName(hero, locale)}</span>
                  </td>
                  <td data-label={t('lifeDates')}>
                    {hero.birthDate ? (
                      <PartialDate date={hero.birthDate} precision={hero.birthDatePrecision} locale={locale} />
                    ) : (
                      '?'
                    )}
                    {' – '}
                    {hero.deathDate ? (
                      <PartialDate date={hero.deathDate} precision={hero.deathDatePrecision} locale={locale} />
                    ) : (
                      '?'
                    )}
                  </td>
                  <td data-label={t('birthPlace')}>
                    {birthPlace(hero.birthPlace) ? <Localized text={birthPlace(hero.birthPlace)!} /> : '?'}
                  </td>
                  <td data-label={t('decree')}>
                    {title?.decreeDate ? (
                      <PartialDate date={title.decreeDate} precision={title.decreePrecision} locale={locale} />
                    ) : (
                      '?'
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {!beyondEnd && (
        <nav className="pager" aria-label={t('page', { page, pages })}>
          {query.offset > 0 && (
            <Link href={pageLink(Math.max(0, query.offset - query.limit))} rel="prev">
              {t('previous')}
            </Link>
          )}
          <span>{t('page', { page, pages })}</span>
          {query.offset + query.limit < total && (
            <Link href={pageLink(query.offset + query.limit)} rel="next">
              {t('next')}
            </Link>
          )}
        </nav>
      )}
    </article>
  );
}

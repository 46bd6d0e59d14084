// The collection's maps: where the Heroes came from (by district), where they fought and fell,
// where they rest. A view is a plain link (?view=…); the table is the content and the map, drawn
// on the server, shows where its rows are. Places not located stay in the table, marked so.
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import { displayName } from '@/lib/heroes/names';
import type { Locale } from '@/lib/i18n/locale';
import { TextBook } from '@/lib/i18n/texts';
import { renderMap } from '@/lib/maps/render';
import { getCachedGazetteer, listCachedCollectionPlaces } from '@/lib/places/cached';
import { buildCollectionView, MAP_VIEWS, VIEW_ROLES, type MapView } from '@/lib/places/collection';
import { nameNow, nameThen } from '@/lib/places/labels';
import { TableHead } from '../table-head';
import type { GazetteerEntry } from '@/lib/places/queries';
import { MapFigure } from './map-figure';
import { Label } from './place-label';

export async function CollectionMaps({ locale, view }: { locale: Locale; view: MapView }) {
  const [gazetteer, tied] = await Promise.all([getCachedGazetteer(), listCachedCollectionPlaces()]);
  const book = new TextBook(gazetteer.texts);
  const t = await getTranslations('collectionMaps');
  const data = buildCollectionView(view, gazetteer.places, tied);
  const map = renderMap({ points: data.points, labelledBy: 'collection-map-caption', locale, merge: 'sum' });
  const unlocated = data.rows.filter((row) => !row.located).length;
  const roles = VIEW_ROLES[view];
  // Today's name under the war years' one, when it differs (or is not recorded).
  // A place with no names through time and no "today" in its record has nothing to say here; its page says "not recorded".
  const today = (p: GazetteerEntry) => {
    if (p.names.length === 0 && !p.nameToday) return null;
    const now = nameNow(p, locale, book);
    if (now?.value === nameThen(p, locale, book).value) return null;
    return (
      <span className="today">
        {t('today')}: {now ? <Label label={now} /> : <span className="muted">{t('unknown')}</span>}
      </span>
    );
  };

  return (
    <article className="collection-maps" data-testid="collection-maps" data-view={view}>
      <h1>{t('title')}</h1>
      <p>
        {t('intro')} <Link href="/places">{t('places')}</Link>
      </p>
      <nav aria-label={t('viewsLabel')} className="map-views">
        <ul>
          {MAP_VIEWS.map((other) => (
            <li key={other}>
              <Link
                href={`/maps?view=${other}`}
                aria-current={other === view ? 'page' : undefined}
                data-view-link={other}
              >
                {t(`views.${other}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <h2 id="view">{t(`views.${view}`)}</h2>
      <p data-testid="summary" data-heroes={data.heroes} data-rows={data.rows.length} data-unlocated={unlocated}>
        {t('summary', { heroes: data.heroes, rows: data.rows.length, unlocated })}
      </p>
      {map ? (
        <MapFigure map={map} id="collection-map-caption" intro={`${t(`mapIntro.${view}`)} ${t('merged')}`} />
      ) : (
        <p className="muted">{t('noMap')}</p>
      )}
      <p className="muted">{t('namesNote')}</p>
      <table className="hero-table collection-table" data-testid="collection-table">
        <TableHead
          columns={[
            view === 'origin' ? t('districtThen') : t('placeThen'),
            t('regionThen'),
            ...roles.map((role) => t(`roles.${role}`)),
            t('heroes'),
          ]}
        />
        <tbody>
          {data.rows.map((row) => (
            <tr key={row.place.id} data-place={row.place.id} data-count={row.heroes.length}>
              <th scope="row">
                <Link href={`/places/${row.place.id}`}>
                  <Label label={nameThen(row.place, locale, book)} />
                </Link>
                {!row.located && <span className="muted"> ({t('notLocated')})</span>}
                {row.approximate && <span className="muted"> ({t('approximate')})</span>}
                {today(row.place)}
              </th>
              <td data-label={t('regionThen')}>
                {row.region ? (
                  <>
                    <Label label={nameThen(row.region, locale, book)} />
                    {today(row.region)}
                  </>
                ) : (
                  <span className="muted">{t('unknown')}</span>
                )}
              </td>
              {roles.map((role) => (
                <td key={role} data-label={t(`roles.${role}`)} data-role={role}>
                  {row.counts[role] ?? 0}
                </td>
              ))}
              <td data-label={t('heroes')}>
                {row.heroes.map(({ hero }, index) => (
                  <span key={hero.slug}>
                    {index > 0 && ', '}
                    <Link href={`/heroes/${hero.slug}`}>{displayName(hero, locale)}</Link>
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}

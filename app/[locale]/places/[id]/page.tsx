// A place's own page: its names through time with years and sources, where it lay in the war years
// and lies today, its point with how exact it is and where it comes from (or a way to help locate
// it), a locator map drawn on the server, and the Heroes tied to it. Cached under the place's tag.
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/link';
import { isLocale } from '@/i18n/routing';
import { IdSchema } from '@/lib/ids';
import { toLocale, type Locale } from '@/lib/i18n/locale';
import { TextBook } from '@/lib/i18n/texts';
import { notFoundMetadata, pageMetadata } from '@/lib/i18n/metadata';
import { displayName } from '@/lib/heroes/names';
import { isApproximate } from '@/lib/maps/hero-places';
import { renderMap } from '@/lib/maps/render';
import { getCachedGazetteer, getCachedPlace, listCachedCollectionPlaces } from '@/lib/places/cached';
import { listHeroesWithin } from '@/lib/places/collection';
import { nameNow, nameThen, type PlaceLabel } from '@/lib/places/labels';
import { locateThrough } from '@/lib/places/locate';
import type { GazetteerEntry, HeroPlaceRole, HeroRef } from '@/lib/places/queries';
import { Label } from '../../../_components/places/place-label';
import { PlaceNames } from './place-names';
import { PlacePoint } from './place-point';

export function generateStaticParams() {
  // Rendered on first request, never at build time (see staticSlugParams in lib/heroes/cached.ts).
  return [{ id: '-' }];
}

// A miss is rendered once, whole, for the request (see staticSlugParams in lib/heroes/cached.ts).
export const ensureStatic = 'navigation';

type Props = { params: Promise<{ locale: string; id: string }> };

async function load(locale: string, id: string) {
  // The build renders '-' and names that are not locales; neither may reach the database.
  if (!isLocale(locale) || !IdSchema.safeParse(id).success || !/^[A-Za-z0-9]/.test(id)) return null;
  const place = await getCachedPlace(id);
  if (!place) return null;
  const [gazetteer, tied] = await Promise.all([getCachedGazetteer(), listCachedCollectionPlaces()]);
  return {
    place,
    gazetteer,
    tied,
    book: new TextBook(gazetteer.texts),
    byId: new Map(gazetteer.places.map((p) => [p.id, p])),
  };
}

export async function generateMetadata({ params }: Props) {
  const { locale, id } = await params;
  const loaded = await load(locale, id);
  const entry = loaded?.byId.get(id);
  if (!loaded || !entry) return notFoundMetadata(locale);
  return pageMetadata(locale, 'place', { name: nameThen(entry, toLocale(locale), loaded.book).value });
}

const ROLES: HeroPlaceRole[] = ['BIRTH', 'CALL_UP', 'BATTLE', 'FEAT', 'DEATH', 'FIRST_BURIAL', 'BURIAL', 'MEMORIAL'];

export default async function PlacePage({ params }: Props) {
  const { locale: raw, id } = await params;
  const loaded = await load(raw, id);
  const entry = loaded?.byId.get(id);
  if (!loaded || !entry) notFound();
  setRequestLocale(raw);
  const { place, book, byId } = loaded;
  const within = listHeroesWithin(place.id, loaded.gazetteer.places, loaded.tied);
  const locale: Locale = toLocale(raw);
  const t = await getTranslations('placePage');
  const then = (p: GazetteerEntry) => nameThen(p, locale, book);
  const now = (p: GazetteerEntry) => nameNow(p, locale, book);
  const same = (a: PlaceLabel | null, b: PlaceLabel | null) => a !== null && b !== null && a.value === b.value;

  const title = then(entry);
  const today = now(entry);
  const record = book.text({ entity: 'Place', entityId: entry.id, field: 'name' }, entry.name, locale);
  const ancestors = place.ancestors.map((a) => byId.get(a.id)).filter((a): a is GazetteerEntry => Boolean(a));
  const todayChain = ancestors
    .map(now)
    .filter(
      (label, index, all): label is PlaceLabel =>
        label !== null && all.findIndex((l) => l?.value === label.value) === index,
    );
  const map = place.point
    ? renderMap({
        points: [
          {
            lat: place.point.latitude,
            lon: place.point.longitude,
            label: '',
            approximate: isApproximate(place.point.precision),
          },
        ],
        labelledBy: 'place-map-caption',
        locale,
      })
    : null;
  // The country its point lies in by today's borders, unless today's hierarchy already names it.
  const pointCountry = map?.panels[0]?.countries[0]?.name ?? null;
  const country = pointCountry && !todayChain.some((label) => label.value === pointCountry) ? pointCountry : null;

  // Each Hero once, with every tie to this place, in the order of a life.
  const heroes = new Map<string, { hero: HeroRef; roles: HeroPlaceRole[] }>();
  for (const role of ROLES)
    for (const hero of place.heroes[role]) {
      const found = heroes.get(hero.slug) ?? { hero, roles: [] };
      found.roles.push(role);
      heroes.set(hero.slug, found);
    }
  const roleLabel = (role: HeroPlaceRole, hero: HeroRef) =>
    t(`roles.${role === 'DEATH' && hero.killedInAction === true ? 'FELL' : role}`);
  const locate = locateThrough(place.heroes);

  return (
    <article className="place-page" data-testid="place">
      <p className="muted">
        <Link href="/places">{t('index')}</Link> · <Link href="/maps">{t('maps')}</Link>
      </p>
      <h1 data-testid="place-title">
        <Label label={title} />
      </h1>
      {today && !same(today, title) && (
        <p className="lead" data-testid="place-today">
          {t('now')}: <Label label={today} />
        </p>
      )}
      <dl className="facts">
        <dt>{t('kindLabel')}</dt>
        <dd>{t(`kinds.${place.kind ?? 'unknown'}`)}</dd>
        {record && record.value !== title.value && record.value !== today?.value && (
          <>
            <dt>{t('recordWording')}</dt>
            <dd lang={record.lang ?? undefined}>{record.value}</dd>
          </>
        )}
      </dl>

      <h2 id="hierarchy">{t('hierarchy')}</h2>
      <dl className="facts" data-testid="hierarchy">
        <dt>{t('then')}</dt>
        <dd data-testid="hierarchy-then">
          {ancestors.length === 0
            ? t('thenNone')
            : ancestors.map((a, index) => (
                <span key={a.id}>
                  {index > 0 && ' → '}
                  <Link href={`/places/${a.id}`}>
                    <Label label={then(a)} />
                  </Link>
                </span>
              ))}
        </dd>
        <dt>{t('now')}</dt>
        <dd data-testid="hierarchy-now">
          {todayChain.length === 0 && !country
            ? t('nowNone')
            : todayChain.map((label, index) => (
                <span key={label.value}>
                  {index > 0 && ' → '}
                  <Label label={label} />
                </span>
              ))}
          {country && (
            <>
              {' '}
              {todayChain.length > 0 && '· '}
              {t('countryByPoint', { country })}
            </>
          )}
        </dd>
      </dl>

      <PlacePoint point={place.point} map={map} locate={locate} locale={locale} />

      <PlaceNames names={place.names} />

      <h2 id="heroes">{t('heroes')}</h2>
      {heroes.size === 0 ? (
        <p className="muted">{t('noHeroes')}</p>
      ) : (
        <ul data-testid="place-heroes">
          {[...heroes.values()].map(({ hero, roles }) => (
            <li key={hero.slug} data-hero={hero.slug} data-roles={roles.join(' ')}>
              <Link href={`/heroes/${hero.slug}`}>{displayName(hero, locale)}</Link>
              {' — '}
              {roles.map((role) => roleLabel(role, hero)).join(', ')}
            </li>
          ))}
        </ul>
      )}

      {within.length > 0 && (
        <>
          <h2 id="heroes-within">{t('heroesWithin')}</h2>
          <ul data-testid="heroes-within">
            {within.map(({ hero, place: at, roles }) => (
              <li key={`${hero.slug}-${at.id}`} data-hero={hero.slug} data-roles={roles.join(' ')}>
                <Link href={`/heroes/${hero.slug}`}>{displayName(hero, locale)}</Link>
                {' — '}
                {roles
                  .map((role) => t(`rolesShort.${role === 'DEATH' && hero.killedInAction === true ? 'FELL' : role}`))
                  .join(', ')}
                {': '}
                <Link href={`/places/${at.id}`}>
                  <Label label={then(at)} />
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}

      {place.children.length > 0 && (
        <>
          <h2 id="within">{t('within')}</h2>
          <ul data-testid="place-children">
            {place.children.map((child) => {
              const childEntry = byId.get(child.id);
              return (
                <li key={child.id}>
                  <Link href={`/places/${child.id}`}>
                    {childEntry ? <Label label={then(childEntry)} /> : child.name}
                  </Link>
                  {!child.located && <span className="muted"> ({t('locatedNo')})</span>}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </article>
  );
}

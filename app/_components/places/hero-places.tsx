// The profile's "Places": a map beside the numbered list that is the real content. Each row is a
// place as named then and today, what happened there and when, how exact its point is in words,
// where the point comes from, and, for a place not yet on the map, a way to help locate it.
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import type { HeroProfile } from '@/lib/heroes/queries';
import type { Locale } from '@/lib/i18n/locale';
import type { TextBook } from '@/lib/i18n/texts';
import { heroPlaceStops, mapPointsOf, type PlaceEvent, type PlaceStop } from '@/lib/maps/hero-places';
import { placesOfGazetteer, placesOfProfile } from '@/lib/maps/profile-places';
import { listCachedHeroPlaces } from '@/lib/places/cached';
import { renderMap } from '@/lib/maps/render';
import { nameNow, nameThen, placeWording } from '@/lib/places/labels';
import { lifeDates } from '@/lib/heroes/life-in-time';
import { DateText } from '../partial-date';
import { Localized } from '../localized';
import { MapFigure } from './map-figure';
import { StopRow } from './stop-row';
import { SourceWords } from './source-words';
import { titleLanguage } from '@/lib/heroes/source-format';
import type { ReactNode } from 'react';

export async function HeroPlaces({ hero, locale, book }: { hero: HeroProfile; locale: Locale; book: TextBook }) {
  // The gazetteer's places with their points and precision; the record's own fields if it has none.
  const events = await listCachedHeroPlaces(hero.slug);
  const stops = heroPlaceStops(events ? placesOfGazetteer(events, hero) : placesOfProfile(hero));
  if (stops.length === 0) return null;
  const t = await getTranslations('places');
  const map = renderMap({ points: mapPointsOf(stops), labelledBy: 'places-map-caption', locale });
  const text = (ref: { entity: string; entityId: string; field: string }, english: string) =>
    book.text(ref, english, locale);
  const eventLabel = (event: PlaceEvent) =>
    event.kind === 'death' && hero.killedInAction === true ? t('events.fell') : t(`events.${event.kind}`);

  const row = (stop: PlaceStop) => {
    const { gazetteer } = stop.place;
    const named = gazetteer && stop.place.id ? { ...stop.place, id: stop.place.id, names: gazetteer.names } : null;
    const kind = gazetteer?.kind ?? null;
    const name = placeWording(
      text(stop.place.nameRef, stop.place.name),
      named && nameThen(named, locale, book),
      kind,
      locale,
    );
    const today =
      stop.place.nameToday && stop.place.nameTodayRef
        ? placeWording(
            text(stop.place.nameTodayRef, stop.place.nameToday),
            named && nameNow(named, locale, book),
            kind,
            locale,
          )
        : null;
    return (
      <StopRow key={stop.number} marker={stop.number} located={stop.located} approximate={stop.approximate}>
        <p className="place-name">
          {name && <Localized text={name} slug={hero.slug} />}
          {today && today.value !== name?.value && (
            <span className="muted">
              {' '}
              ({t('today')}: <Localized text={today} slug={hero.slug} />)
            </span>
          )}
        </p>
        <ul className="place-events">
          {stop.events.map((event, index) => {
            const detail = event.detail ? text(event.detail.ref, event.detail.text) : null;
            return (
              <li key={index} data-event={event.kind}>
                <strong>{eventLabel(event)}</strong>
                {detail && (
                  <>
                    : <Localized text={detail} slug={hero.slug} />
                  </>
                )}
                {event.date && (
                  <>
                    {' · '}
                    <When
                      date={event.date}
                      locale={locale}
                      words={(words) => <SourceWords text={words} hero={hero} book={book} locale={locale} />}
                    />
                  </>
                )}
              </li>
            );
          })}
        </ul>
        <p className="place-precision muted">
          {stop.located ? (
            <>
              {stop.place.precision ? t(`precision.${stop.place.precision}`) : t('precision.unrecorded')}
              {stop.place.coordSource && (
                <>
                  {' '}
                  · {t('pointFrom')}:{' '}
                  <span lang={titleLanguage(stop.place.coordSource) ?? undefined}>{stop.place.coordSource}</span>
                </>
              )}
            </>
          ) : (
            <>
              {t('notLocated')}{' '}
              <Link
                href={stop.place.slug ? `/places/${stop.place.slug}` : `/heroes/${hero.slug}/propose`}
                data-testid="help-locate"
              >
                {t('helpLocate')}
              </Link>
            </>
          )}
          {' · '}
          <a href="#sources">{t('sources')}</a>
        </p>
        {stop.place.slug && (
          <p>
            <Link href={`/places/${stop.place.slug}`}>{t('placePage')}</Link>
          </p>
        )}
      </StopRow>
    );
  };

  return (
    <section aria-labelledby="places" className="places-section" data-testid="places">
      <h2 id="places">{t('heading')}</h2>
      <div className={map ? 'places-layout' : undefined}>
        {map ? (
          <MapFigure map={map} id="places-map-caption" intro={t('map.intro')} />
        ) : (
          <p className="muted" data-testid="no-map">
            {t('noMap')}
          </p>
        )}
        <ol className="place-list" role="list">
          {stops.map(row)}
        </ol>
      </div>
    </section>
  );
}

/** A date, a range ("1941-09/1941-12") or the sources' words, each part as precise as given. */
function When({
  date,
  locale,
  words,
}: {
  date: { iso: string | null; text: string | null };
  locale: Locale;
  words: (text: string) => ReactNode;
}) {
  const parts = lifeDates(date.iso ?? date.text);
  if (!parts) return null;
  const one = (part: { iso: string | null; text: string | null }) =>
    part.text ? (
      part.iso ? (
        <time dateTime={part.iso}>{words(part.text)}</time>
      ) : (
        words(part.text)
      )
    ) : part.iso ? (
      <DateText text={part.iso} locale={locale} />
    ) : null;
  return (
    <>
      {one(parts.from)}
      {parts.to && <> – {one(parts.to)}</>}
    </>
  );
}

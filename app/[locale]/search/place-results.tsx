// The places a search names, above the Heroes: each a link to its page, named as it was in the war
// years and today in the reader's language, with the name the query found it by when that is
// another one (a Soviet-era name in another script).
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import type { PlaceSearchResult } from '@/lib/places/search';

export async function PlaceResults({ places }: { places: PlaceSearchResult[] }) {
  const t = await getTranslations('search');
  const count = await getTranslations('placeIndex');
  return (
    <section data-testid="search-places" aria-labelledby="search-places-title">
      <h2 id="search-places-title">{t('places')}</h2>
      <ul className="results">
        {places.map((place) => (
          <li key={place.id}>
            <Link href={`/places/${place.id}`} className="result-name">
              <span lang={place.nameLang}>{place.name}</span>
            </Link>
            {place.today && (
              <>
                {' '}
                <span className="muted">
                  {t.rich('placeToday', {
                    value: place.today,
                    name: (chunks) => <span lang={place.todayLang ?? undefined}>{chunks}</span>,
                  })}
                </span>
              </>
            )}
            {/* Heroes tied to the place itself; none said as nothing, for the list below may hold those of places within it. */}
            {(place.matched || place.heroes > 0) && (
              <div className="muted">
                {place.matched &&
                  t.rich('placeMatched', {
                    value: place.matched,
                    name: (chunks) => <span lang={place.matchedLang ?? undefined}>{chunks}</span>,
                  })}
                {place.matched && place.heroes > 0 && ' · '}
                {place.heroes > 0 && count('heroes', { count: place.heroes })}
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

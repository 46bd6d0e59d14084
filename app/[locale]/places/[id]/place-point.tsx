// Where a place lies: its coordinates with how exact they are and where they come from, beside a
// locator map; or, for a place not yet located, a way to help locate it.
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import type { Locale } from '@/lib/i18n/locale';
import { displayName } from '@/lib/heroes/names';
import { isApproximate } from '@/lib/maps/hero-places';
import type { renderMap } from '@/lib/maps/render';
import type { locateThrough } from '@/lib/places/locate';
import type { PlacePoint as Point } from '@/lib/places/queries';
import { MapFigure } from '../../../_components/places/map-figure';
import { SourceRef } from '../../../_components/places/place-label';

type Props = {
  point: Point | null;
  map: ReturnType<typeof renderMap>;
  locate: ReturnType<typeof locateThrough>;
  locale: Locale;
};

export async function PlacePoint({ point, map, locate, locale }: Props) {
  const t = await getTranslations('placePage');
  const tp = await getTranslations('places');
  return (
    <>
      <h2 id="point">{t('point')}</h2>
      {point ? (
        <div className={map ? 'places-layout' : undefined} data-testid="place-point">
          {map && (
            <MapFigure
              map={map}
              id="place-map-caption"
              intro={`${t('mapIntro')}${isApproximate(point.precision) ? ` ${t('mapApprox')}` : ''}`}
            />
          )}
          <dl className="point-facts">
            <dt>{t('coordinatesLabel')}</dt>
            <dd>
              <span data-testid="coordinates">
                {t('coordinates', { lat: String(point.latitude), lon: String(point.longitude) })}
              </span>
              <br />
              <span data-testid="precision">{tp(`precision.${point.precision}`)}</span>
            </dd>
            <dt>{t('pointSource')}</dt>
            <dd data-testid="point-source">{point.source ? <SourceRef source={point.source} /> : t('noSource')}</dd>
            {point.note && (
              <>
                <dt>{t('pointNote')}</dt>
                <dd lang="en">{point.note}</dd>
              </>
            )}
          </dl>
        </div>
      ) : (
        <div data-testid="not-located">
          <p>{t('notLocated')}</p>
          {locate ? (
            <p>
              <Link href={locate.href} data-testid="help-locate">
                {t('helpLocate')}
              </Link>{' '}
              <span className="muted">({t('helpLocateWith', { name: displayName(locate.hero, locale) })})</span>
            </p>
          ) : (
            <p className="muted">{t('noHeroToLocate')}</p>
          )}
        </div>
      )}
    </>
  );
}

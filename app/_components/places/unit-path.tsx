// A unit's path on its page: the numbered list of its documented stations (dates, place, source)
// and its Heroes' feats (lettered) is the content; the map beside it draws lines only between
// consecutive stations that both have a point.
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import { displayName } from '@/lib/heroes/names';
import type { Locale } from '@/lib/i18n/locale';
import type { TextBook } from '@/lib/i18n/texts';
import { buildUnitPathMap } from '@/lib/maps/unit-path';
import { renderMap } from '@/lib/maps/render';
import { getCachedUnitMap } from '@/lib/places/cached';
import { nameThen } from '@/lib/places/labels';
import { DateText } from '../partial-date';
import { MapFigure } from './map-figure';
import { Label, SourceRef } from './place-label';
import { StopRow } from './stop-row';

export async function UnitPath({ slug, locale, book }: { slug: string; locale: Locale; book: TextBook }) {
  const data = await getCachedUnitMap(slug);
  if (!data || (data.path.length === 0 && data.feats.length === 0)) return null;
  const t = await getTranslations('unitPath');
  const tp = await getTranslations('places');
  const built = buildUnitPathMap(data.path, data.feats);
  const map = renderMap({ points: built.points, routes: built.routes, labelledBy: 'unit-map-caption', locale });
  const when = (from: string | null, to: string | null) =>
    from || to ? (
      <>
        {from ? <DateText text={from} locale={locale} /> : '…'}
        {to && to !== from && (
          <>
            {' '}
            – <DateText text={to} locale={locale} />
          </>
        )}
      </>
    ) : (
      <span className="muted">{t('undated')}</span>
    );
  return (
    <section aria-labelledby="unit-path" className="places-section" data-testid="unit-path">
      <h2 id="unit-path">{t('heading')}</h2>
      <div className={map ? 'places-layout' : undefined}>
        {map ? (
          <MapFigure map={map} id="unit-map-caption" intro={t('mapIntro')} />
        ) : (
          <p className="muted">{t('noMap')}</p>
        )}
        <div>
          {built.stations.length > 0 ? (
            <ol className="place-list" role="list" data-testid="unit-stations">
              {built.stations.map((station) => (
                <StopRow key={station.number} marker={station.number} located={station.located}>
                  <p className="place-name">
                    <Link href={`/places/${station.place.id}`}>
                      <Label label={nameThen(station.place, locale, book)} />
                    </Link>
                  </p>
                  <p>{when(station.dateFrom, station.dateTo)}</p>
                  {station.note && <p lang="en">{station.note}</p>}
                  <p className="place-precision muted">
                    {station.located ? tp(`precision.${station.place.point!.precision}`) : tp('notLocated')} ·{' '}
                    {t('source')}: <SourceRef source={station.source} />
                  </p>
                </StopRow>
              ))}
            </ol>
          ) : (
            <p className="muted">{t('noStations')}</p>
          )}
          {built.feats.length > 0 && (
            <>
              <h3>{t('feats')}</h3>
              <ul className="place-list" role="list" data-testid="unit-feats">
                {built.feats.map((feat) => (
                  <StopRow key={feat.letter} marker={feat.letter} located={feat.located}>
                    <p className="place-name">
                      <Link href={`/heroes/${feat.hero.slug}`}>{displayName(feat.hero, locale)}</Link>
                    </p>
                    <p>
                      <Link href={`/places/${feat.place.id}`}>
                        <Label label={nameThen(feat.place, locale, book)} />
                      </Link>
                      {(feat.date || feat.dateText) && <> · {when(feat.date ?? feat.dateText, null)}</>}
                    </p>
                    {!feat.located && <p className="place-precision muted">{tp('notLocated')}</p>}
                  </StopRow>
                ))}
              </ul>
            </>
          )}
        </div>
      </div>
    </section>
  );
}

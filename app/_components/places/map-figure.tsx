// A map drawn by lib/maps/ on the server, placed as it is: a figure whose caption says what it
// shows (borders of today, the shaded former Soviet republics, what a hollow marker means) and
// names each panel's countries. The markup is built and escaped by lib/maps/render.ts.
import { getTranslations } from 'next-intl/server';
import type { RenderedMap } from '@/lib/maps/render';

export async function MapFigure({ map, id, intro }: { map: RenderedMap; id: string; intro: string }) {
  const t = await getTranslations('places.map');
  const many = map.panels.length > 1;
  return (
    <figure className={`map-figure${many ? ' map-panels' : ''}`} data-testid="map">
      {map.panels.map((panel, index) => (
        <div className="map-panel" key={index}>
          {many && (
            <p className="map-panel-title" id={`${id}-${index + 1}`}>
              {t('panel', {
                number: index + 1,
                countries: panel.countries.map((c) => c.name).join(', ') || '—',
                places: panel.labels.join(', '),
              })}
            </p>
          )}
          <div className="map-canvas" dangerouslySetInnerHTML={{ __html: panel.svg }} />
        </div>
      ))}
      <figcaption id={id} className="map-caption">
        {intro} {many && t('panels', { count: map.panels.length })} {t('borders')}{' '}
        {map.hasApproximate && t('approximate')} {map.hasRoute && t('route')}{' '}
        <span className="muted">{t('attribution')}</span>
      </figcaption>
    </figure>
  );
}

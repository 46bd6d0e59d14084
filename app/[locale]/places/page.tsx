// Every place the archive names, by the republic or country it lay in during the war years, each
// with its kind, whether it is located, and how many published Heroes are tied to it.
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/link';
import { toLocale } from '@/lib/i18n/locale';
import { TextBook } from '@/lib/i18n/texts';
import { isLocale } from '@/i18n/routing';
import { notFound } from 'next/navigation';
import { getCachedGazetteer, listCachedCollectionPlaces } from '@/lib/places/cached';
import { nameNow, nameThen } from '@/lib/places/labels';
import { groupPlaceIndex } from '@/lib/places/collection';
import { Label } from '../../_components/places/place-label';
import { metadataOf } from '../../_components/page-frame';

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = metadataOf('places', '/places');

// A miss is rendered once, whole, for the request (see staticSlugParams in lib/heroes/cached.ts).
export const ensureStatic = 'navigation';

export default async function PlacesPage({ params }: Props) {
  const { locale: raw } = await params;
  // The build checks routes with a name that is not a locale; it must not reach the database.
  if (!isLocale(raw)) notFound();
  setRequestLocale(raw);
  const locale = toLocale(raw);
  const [gazetteer, tied] = await Promise.all([getCachedGazetteer(), listCachedCollectionPlaces()]);
  const book = new TextBook(gazetteer.texts);
  const t = await getTranslations('placeIndex');
  const tk = await getTranslations('placePage');
  const groups = groupPlaceIndex(gazetteer.places, tied);
  return (
    <article>
      <h1>{t('title')}</h1>
      <p>
        {t('intro')} <Link href="/maps">{t('maps')}</Link>
      </p>
      {groups.map((group) => (
        <section key={group.top?.id ?? 'elsewhere'} aria-labelledby={`group-${group.top?.id ?? 'elsewhere'}`}>
          <h2 id={`group-${group.top?.id ?? 'elsewhere'}`}>
            {group.top ? (
              <Link href={`/places/${group.top.id}`}>
                <Label label={nameThen(group.top, locale, book)} />
              </Link>
            ) : (
              t('elsewhere')
            )}
            {group.top &&
              nameNow(group.top, locale, book) &&
              nameNow(group.top, locale, book)!.value !== nameThen(group.top, locale, book).value && (
                <span className="muted"> ({<Label label={nameNow(group.top, locale, book)!} />})</span>
              )}
          </h2>
          {group.places.length > 0 && (
            <ul data-testid="place-index">
              {group.places.map(({ place, heroes }) => {
                const today = nameNow(place, locale, book);
                const then = nameThen(place, locale, book);
                return (
                  <li key={place.id} data-located={place.point ? 'yes' : 'no'}>
                    <Link href={`/places/${place.id}`}>
                      <Label label={then} />
                    </Link>
                    {today && today.value !== then.value && (
                      <>
                        {' '}
                        (<Label label={today} />)
                      </>
                    )}
                    <span className="muted">
                      {' — '}
                      {tk(`kinds.${place.kind ?? 'unknown'}`)} · {place.point ? t('located') : t('notLocated')} ·{' '}
                      {t('heroes', { count: heroes })}
                    </span>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      ))}
    </article>
  );
}

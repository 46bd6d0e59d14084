// One view of the collection's maps as a cached page. Readers never see this address: proxy.ts
// rewrites /{locale}/maps?view=… here, so each view is served from cache like the list of Heroes.
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { isLocale } from '@/i18n/routing';
import { isMapView } from '@/lib/places/collection';
import { CollectionMaps } from '../../../_components/places/collection-maps';
import { metadataOf } from '../../../_components/page-frame';

export function generateStaticParams() {
  // Rendered on first request, never at build time (see staticSlugParams in lib/heroes/cached.ts).
  return [{ view: '-' }];
}

// A miss is rendered once, whole, for the request (see staticSlugParams in lib/heroes/cached.ts).
export const ensureStatic = 'navigation';

type Props = { params: Promise<{ locale: string; view: string }> };

export const generateMetadata = metadataOf('maps', '/maps');

export default async function MapView({ params }: Props) {
  const { locale, view } = await params;
  if (!isLocale(locale) || !isMapView(view)) notFound();
  setRequestLocale(locale);
  return <CollectionMaps locale={locale} view={view} />;
}

// The collection's maps, first view: where the Heroes came from. The other views (?view=…) are
// sent by proxy.ts to their cached pages under map-views/.
import { CollectionMaps } from '../../_components/places/collection-maps';
import { metadataOf, openPage, type LocaleProps } from '../../_components/page-frame';

export const generateMetadata = metadataOf('maps', '/maps');

// A miss is rendered once, whole, for the request (see staticSlugParams in lib/heroes/cached.ts).
export const ensureStatic = 'navigation';

export default async function MapsPage({ params }: LocaleProps) {
  const locale = await openPage(params);
  return <CollectionMaps locale={locale} view="origin" />;
}

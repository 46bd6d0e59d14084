// The collection's maps, first view: where the Heroes came from. The other views (?view=…) are
// sent by proxy.ts to their cached pages under map-views/.
import { languageAlternates } from '@/lib/i18n/locale';
import { pageMetadata } from '@/lib/i18n/metadata';
import { CollectionMaps } from '../../_components/places/collection-maps';
import { openPage, type LocaleProps } from '../../_components/page-frame';

export async function generateMetadata({ params }: LocaleProps) {
  const { locale } = await params;
  return { ...(await pageMetadata(locale, 'maps')), alternates: languageAlternates('/maps') };
}

// A miss is rendered once, whole, for the request (see staticSlugParams in lib/heroes/cached.ts).
export const ensureStatic = 'navigation';

export default async function MapsPage({ params }: LocaleProps) {
  const locale = await openPage(params);
  return <CollectionMaps locale={locale} view="origin" />;
}

// The collection's maps, first view: where the Heroes came from. The other views (?view=…) are
// sent by proxy.ts to their cached pages under map-views/.
import { setRequestLocale } from 'next-intl/server';
import { languageAlternates } from '@/lib/i18n/locale';
import { pageMetadata } from '@/lib/i18n/metadata';
import { isLocale } from '@/i18n/routing';
import { notFound } from 'next/navigation';
import { CollectionMaps } from '../../_components/places/collection-maps';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  return { ...(await pageMetadata(locale, 'maps')), alternates: languageAlternates('/maps') };
}

// A miss is rendered once, whole, for the request (see staticSlugParams in lib/heroes/cached.ts).
export const ensureStatic = 'navigation';

export default async function MapsPage({ params }: Props) {
  const { locale } = await params;
  // The build checks routes with a name that is not a locale; it must not reach the database.
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return <CollectionMaps locale={locale} view="origin" />;
}

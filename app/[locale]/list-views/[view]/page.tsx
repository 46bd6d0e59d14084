// The list of Heroes as a cached page, one per view ("name.all.25.0"). Readers never see this
// address: proxy.ts rewrites /{locale}/heroes?sort=… here, so the list is served from cache like
// a profile, and an approval invalidates it through the archive tag.
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { isLocale } from '@/i18n/routing';
import { languageAlternates } from '@/lib/i18n/locale';
import { parseListView } from '@/lib/heroes/list-view';
import { HeroList } from '../../heroes/hero-list';

export function generateStaticParams() {
  // Rendered on first request, never at build time (see staticSlugParams in lib/heroes/cached.ts).
  return [{ view: '-' }];
}

// A miss is rendered once, whole, for the request (see staticSlugParams in lib/heroes/cached.ts).
export const ensureStatic = 'navigation';

type Props = { params: Promise<{ locale: string; view: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'list' });
  return { title: t('title'), alternates: languageAlternates('/heroes') };
}

export default async function HeroListView({ params }: Props) {
  const { locale, view } = await params;
  const query = parseListView(view);
  if (!isLocale(locale) || !query) notFound();
  setRequestLocale(locale);
  return <HeroList locale={locale} query={query} />;
}

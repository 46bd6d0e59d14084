// A Hero's history as a cached page, one per page number. Readers never see this address:
// proxy.ts rewrites /{locale}/heroes/{slug}/history[?page=N] here (lib/revisions/history-view.ts),
// and the Hero's tag invalidates it with the profile.
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { isLocale } from '@/i18n/routing';
import { SlugSchema } from '@/lib/heroes/schemas';
import { staticSlugParams } from '@/lib/heroes/cached';
import { heroPageMetadata } from '@/lib/i18n/metadata';
import { parseHistoryPage } from '@/lib/revisions/history-view';
import { HistoryView } from '../../history/history-view';

export function generateStaticParams() {
  // Rendered on first request, never at build time (see staticSlugParams in lib/heroes/cached.ts).
  return staticSlugParams().map((params) => ({ ...params, page: '1' }));
}

// A miss is rendered once, whole, for the request (see staticSlugParams in lib/heroes/cached.ts).
export const ensureStatic = 'navigation';

type Props = { params: Promise<{ locale: string; slug: string; page: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale, slug } = await params;
  return heroPageMetadata(locale, slug, 'history');
}

export default async function CachedHistoryPage({ params }: Props) {
  const { locale, slug, page } = await params;
  const number = parseHistoryPage(page);
  if (!isLocale(locale) || !SlugSchema.safeParse(slug).success || number === null) notFound();
  setRequestLocale(locale);
  return <HistoryView locale={locale} slug={slug} page={number} query={{}} canRestore="moderators" />;
}

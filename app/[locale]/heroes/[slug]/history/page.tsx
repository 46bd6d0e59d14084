import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { getActor } from '@/lib/auth';
import { can } from '@/lib/permissions';
import { canReadHiddenText } from '@/lib/revisions/redaction';
import { SlugSchema } from '@/lib/heroes/schemas';
import { heroPageMetadata } from '@/lib/i18n/metadata';
import { pageOf } from '../../../../_components/pager';
import { HistoryView, type HistoryQuery } from './history-view';

// Rendered for each request: a comparison, a restore to confirm or its outcome. A plain history
// address (?page=N or none) is sent by proxy.ts to the cached page, history-pages/[page].
export const instant = false;

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<HistoryQuery & { page?: string }>;
};

export async function generateMetadata({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  return heroPageMetadata(locale, slug, 'history');
}

export default async function HistoryPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  if (!SlugSchema.safeParse(slug).success) notFound();
  const { page, ...query } = await searchParams;
  const actor = await getActor();
  const canRestore = can(actor, 'restore:revision:any');
  const redaction = {
    canHide: can(actor, 'hide:revision-text:any'),
    admin: actor && canReadHiddenText(actor) ? actor : null,
  };
  return (
    <HistoryView
      locale={locale}
      slug={slug}
      page={pageOf(page)}
      query={query}
      canRestore={canRestore}
      redaction={redaction}
    />
  );
}

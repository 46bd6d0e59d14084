import { notFound } from 'next/navigation';
import { notFoundMetadata } from '@/lib/i18n/metadata';

// Rendered for each request: it depends on who is reading or on the query.
export const instant = false;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  return notFoundMetadata((await params).locale);
}

// Any path under a locale that no page claims gets the localized 404 page.
export default function CatchAll() {
  notFound();
}

import { notFound } from 'next/navigation';

// Rendered for each request: it depends on who is reading or on the query.
export const instant = false;

// Any path under a locale that no page claims gets the localized 404 page.
export default function CatchAll() {
  notFound();
}

// Previous / next links under a long page (the list, the history, the queue, the users), as plain
// links so that they work without JavaScript.
import type { ComponentProps } from 'react';
import { Link } from '@/i18n/link';

type Href = ComponentProps<typeof Link>['href'];

export function Pager({
  pages,
  previous,
  next,
  labels,
}: {
  pages: number;
  previous: Href | null;
  next: Href | null;
  labels: { previous: string; next: string; page: string };
}) {
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label={labels.page}>
      {previous && (
        <Link href={previous} rel="prev">
          {labels.previous}
        </Link>
      )}
      <span>{labels.page}</span>
      {next && (
        <Link href={next} rel="next">
          {labels.next}
        </Link>
      )}
    </nav>
  );
}

/** Page numbers from a query value: 1 for anything that is not a whole number from 1 on. */
export function pageOf(value: string | undefined): number {
  return value && /^[1-9]\d{0,6}$/.test(value) ? Number(value) : 1;
}

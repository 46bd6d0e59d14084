'use client';
// A client component so that it needs nothing from the request: the locale and these few
// words come from the layout (page-labels.tsx), and pages around it can be prerendered.
import { Link } from '@/i18n/link';
import { usePageLabels } from '../_components/page-labels';

export default function NotFound() {
  const t = usePageLabels().notFound;
  return (
    <article className="prose">
      <h1>{t.title}</h1>
      <p>{t.body}</p>
      <p>
        <Link href="/heroes">{t.back}</Link>
      </p>
    </article>
  );
}

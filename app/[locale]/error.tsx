'use client';
import { usePageLabels } from '../_components/page-labels';

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = usePageLabels().error;
  return (
    <article className="prose" role="alert">
      <h1>{t.title}</h1>
      <p>{t.body}</p>
      <button type="button" onClick={reset}>
        {t.retry}
      </button>
    </article>
  );
}

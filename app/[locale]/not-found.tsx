'use client';
// A client component so that it needs nothing from the request: the locale and these few
// messages come from the layout's provider, and pages around it can be prerendered.
import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';

export default function NotFound() {
  const t = useTranslations('notFound');
  return (
    <article className="prose">
      <h1>{t('title')}</h1>
      <p>{t('body')}</p>
      <p>
        <Link href="/heroes">{t('back')}</Link>
      </p>
    </article>
  );
}

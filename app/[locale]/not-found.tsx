import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

export default async function NotFound() {
  const t = await getTranslations('notFound');
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

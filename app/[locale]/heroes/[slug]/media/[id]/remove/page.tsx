import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import { contributionPage } from '../../../contribution';
import { displayName } from '@/lib/heroes/names';
import { getRemovableMedia } from '@/lib/media/removal';
import { RemovalRequestForm } from '../../../../../../_components/media/removal-forms';
import { StoredImage } from '../../../../../../_components/media/stored-image';

// Rendered for each request: it depends on who is reading.
export const instant = false;

type Props = { params: Promise<{ locale: string; slug: string; id: string }> };

export default async function RemoveMediaPage({ params }: Props) {
  const { locale, id, hero } = await contributionPage(params);
  const item = await getRemovableMedia(id);
  if (!item || item.hero?.slug !== hero.slug) notFound();
  const t = await getTranslations('media');
  const thumb = item.files[0];
  return (
    <article>
      <h1>{t('removalTitle', { name: displayName(hero, locale) })}</h1>
      <figure>
        {thumb && <StoredImage file={thumb} caption={item.caption} captionLanguage={item.captionLanguage} />}
        <figcaption lang={item.captionLanguage}>{item.caption}</figcaption>
      </figure>
      <p>{t('removalIntro')}</p>
      <RemovalRequestForm
        mediaId={item.id}
        locale={locale}
        labels={{ reason: t('removalReason'), submit: t('removalSubmit'), done: t('removalDone') }}
      />
      <p>
        <Link href={`/heroes/${hero.slug}`}>{t('backToProfile')}</Link>
      </p>
    </article>
  );
}

import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { contributionPage } from '../../../contribution';
import { displayName } from '@/lib/heroes/names';
import { getOwnMediaToAmend } from '@/lib/media/amend';
import { heroPageMetadata } from '@/lib/i18n/metadata';
import { AmendMediaForm } from '../../../../../../_components/media/amend-media-form';
import { mediaFormText } from '../../../../../../_components/media/media-form-text';
import { ModeratorNote } from '../../../../../../_components/moderator-note';

// Rendered for each request: it depends on who is reading.
export const instant = false;

type Props = { params: Promise<{ locale: string; slug: string; id: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale, slug } = await params;
  return heroPageMetadata(locale, slug, 'amendPicture');
}

export default async function AmendMediaPage({ params }: Props) {
  const { locale, id, actor, hero } = await contributionPage(params);
  const item = await getOwnMediaToAmend(actor, id);
  if (!item || item.hero?.slug !== hero.slug) notFound();
  const t = await getTranslations('media');
  const form = await mediaFormText();
  return (
    <article>
      <h1>{t('amendTitle', { name: displayName(hero, locale) })}</h1>
      <ModeratorNote note={item.moderatorNote} warning />
      <p>{t('amendIntro')}</p>
      <AmendMediaForm
        {...form}
        mediaId={item.id}
        locale={locale}
        values={item.values}
        labels={{ ...form.labels, submit: t('resubmit'), done: t('resubmitted') }}
      />
    </article>
  );
}

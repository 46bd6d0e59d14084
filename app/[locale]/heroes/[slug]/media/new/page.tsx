import { getTranslations } from 'next-intl/server';
import { contributionPage } from '../../contribution';
import { displayName } from '@/lib/heroes/names';
import { MEDIA_KINDS } from '@/lib/media/schemas';
import { UploadForm } from '../../../../../_components/media/upload-form';
import { mediaFormText } from '../../../../../_components/media/media-form-text';

// Rendered for each request: it depends on who is reading.
export const instant = false;

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ kind?: string }> };

export default async function UploadPage({ params, searchParams }: Props) {
  const { locale, hero } = await contributionPage(params);
  const requested = (await searchParams).kind;
  const t = await getTranslations('media');
  return (
    <article>
      <h1>{t('uploadTitle', { name: displayName(hero, locale) })}</h1>
      <p>{t('uploadIntro')}</p>
      <UploadForm
        action={`/api/media/upload/${hero.slug}?locale=${locale}`}
        locale={locale}
        defaultKind={MEDIA_KINDS.find((k) => k === requested)}
        {...await mediaFormText()}
      />
    </article>
  );
}

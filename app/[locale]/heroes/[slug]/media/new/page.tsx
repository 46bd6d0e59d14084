import { getTranslations, setRequestLocale } from 'next-intl/server';
import { contributionPage } from '../../contribution';
import { displayName } from '@/lib/heroes/names';
import { CAPTION_LANGUAGES, LICENCES, MEDIA_KINDS, PROVENANCES } from '@/lib/media/schemas';
import { UploadForm } from '../../../../../_components/media/upload-form';

// Rendered for each request: it depends on who is reading.
export const instant = false;

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ kind?: string }> };

export default async function UploadPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const { hero } = await contributionPage(locale, slug);
  const requested = (await searchParams).kind;
  const t = await getTranslations('media');
  const te = await getTranslations('errors');
  const labels = {
    file: t('file'), kind: t('kind'), caption: t('caption'), captionLanguage: t('captionLanguage'), date: t('date'), place: t('place'),
    whoPictured: t('whoPictured'), provenance: t('provenance'), provenanceNote: t('provenanceNote'), archiveFond: t('archiveFond'),
    archiveOpis: t('archiveOpis'), archiveDelo: t('archiveDelo'), licence: t('licence'), rightsConfirmed: t('rightsConfirmed'),
    creditLine: t('creditLine'), choose: t('choose'), submit: t('submit'), uploading: t('uploading', { percent: '{percent}' }),
    processing: t('processing'), done: t('done'), failed: te('uploadFailed'),
  };
  return (
    <article>
      <h1>{t('uploadTitle', { name: displayName(hero, locale) })}</h1>
      <p>{t('uploadIntro')}</p>
      <UploadForm
        action={`/api/media/upload/${hero.slug}?locale=${locale}`}
        locale={locale}
        defaultKind={MEDIA_KINDS.find((k) => k === requested)}
        kinds={MEDIA_KINDS.map((value) => ({ value, label: t(`kinds.${value}`) }))}
        licences={LICENCES.map((value) => ({ value, label: t(`licences.${value}`) }))}
        provenances={PROVENANCES.map((value) => ({ value, label: t(`provenances.${value}`) }))}
        languages={CAPTION_LANGUAGES.map((value) => ({ value, label: t(`languages.${value}`) }))}
        labels={labels}
      />
    </article>
  );
}

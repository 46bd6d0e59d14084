// What the picture forms (an upload, an amendment) show: labels and choices in the reader's language.
import { getTranslations } from 'next-intl/server';
import { CAPTION_LANGUAGES, LICENCES, MEDIA_KINDS, PROVENANCES } from '@/lib/media/schemas';

export async function mediaFormText() {
  const t = await getTranslations('media');
  const te = await getTranslations('errors');
  return {
    labels: {
      file: t('file'),
      kind: t('kind'),
      caption: t('caption'),
      captionLanguage: t('captionLanguage'),
      date: t('date'),
      place: t('place'),
      whoPictured: t('whoPictured'),
      provenance: t('provenance'),
      provenanceNote: t('provenanceNote'),
      archiveFond: t('archiveFond'),
      archiveOpis: t('archiveOpis'),
      archiveDelo: t('archiveDelo'),
      licence: t('licence'),
      rightsConfirmed: t('rightsConfirmed'),
      creditLine: t('creditLine'),
      choose: t('choose'),
      submit: t('submit'),
      uploading: t('uploading', { percent: '{percent}' }),
      processing: t('processing'),
      done: t('done'),
      failed: te('uploadFailed'),
    },
    kinds: MEDIA_KINDS.map((value) => ({ value, label: t(`kinds.${value}`) })),
    licences: LICENCES.map((value) => ({ value, label: t(`licences.${value}`) })),
    provenances: PROVENANCES.map((value) => ({ value, label: t(`provenances.${value}`) })),
    languages: CAPTION_LANGUAGES.map((value) => ({ value, label: t(`languages.${value}`) })),
  };
}

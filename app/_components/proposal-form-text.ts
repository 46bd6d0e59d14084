// What both proposal forms (a correction, a new Hero) show: the editable fields, the evidence
// fields and the error messages, in the reader's language.
import { getTranslations } from 'next-intl/server';
import { EDITABLE_FIELDS, type Snapshot } from '@/lib/revisions/snapshot';
import type { FieldSpec } from './proposal-form';

/** `pictures`: the Hero's approved pictures, any of which may be the proposal's source. */
export async function proposalFormText(
  values: Partial<Snapshot> | null,
  pictures: { id: string; kind: string; caption: string }[] = [],
) {
  const t = await getTranslations('submission');
  const tm = await getTranslations('media');
  const td = await getTranslations('diff');
  const fields: FieldSpec[] = EDITABLE_FIELDS.map((name) => ({
    name,
    label: t(`fields.${name}`),
    value: values?.[name] ?? '',
    multiline: name.startsWith('biography') || name === 'postwar',
    // A biography runs to 1,500 characters: room to read it whole while correcting it.
    long: name.startsWith('biography'),
    hint: name.endsWith('Date') ? t('dateHint') : undefined,
  }));
  const evidence: FieldSpec[] = [
    { name: 'sourceUrl', label: t('sourceUrl'), value: '' },
    { name: 'sourceTitle', label: t('sourceTitle'), value: '' },
    { name: 'archiveRef', label: t('archiveRef'), value: '', hint: t('archiveHint') },
    // A plain select: choosing a document needs no script.
    ...(pictures.length > 0
      ? [
          {
            name: 'mediaId',
            label: t('mediaId'),
            value: '',
            hint: t('mediaHint'),
            options: [
              { value: '', label: t('mediaNone') },
              ...pictures.map((p) => ({ value: p.id, label: `${tm(`kinds.${p.kind}` as never)}: ${p.caption}` })),
            ],
          },
        ]
      : []),
    { name: 'note', label: t('note'), value: '', multiline: true },
  ];
  return {
    fields,
    evidence,
    labels: {
      submit: t('submit'),
      evidenceTitle: t('evidence'),
      fixErrors: t('fixErrors'),
      previewTitle: t('previewTitle'),
      previewNone: t('previewNone'),
      diff: { removed: td('removed'), added: td('added'), empty: td('empty') },
    },
  };
}

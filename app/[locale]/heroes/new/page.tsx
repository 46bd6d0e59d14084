import { redirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getActor } from '@/lib/auth';
import { HERO_GROUPS } from '@/lib/heroes/schemas';
import { EDITABLE_FIELDS } from '@/lib/revisions/snapshot';
import { CorrectionForm } from '../../../_components/correction-form';

export default async function NewHeroPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await getActor();
  if (!actor) redirect(`/${locale}/sign-in`);
  const t = await getTranslations('submission');
  const tg = await getTranslations('groups');
  const errorKeys = ['required', 'tooLong', 'badDate', 'badUrl', 'sourceRequired', 'noteTooShort', 'decreeRange', 'deathBeforeBirth', 'featBeforeBirth', 'featAfterDeath', 'decreeBeforeBirth', 'nothingChanged', 'reasonRequired'];
  return (
    <article>
      <h1>{t('newTitle')}</h1>
      <p>{t('newIntro')}</p>
      <CorrectionForm
        slug=""
        locale={locale}
        mode="new"
        fields={[
          { name: 'group', label: t('group'), value: '', options: [{ value: '', label: '—' }, ...HERO_GROUPS.map((g) => ({ value: g, label: tg(g) }))] },
          { name: 'countedIn64', label: t('countedIn64'), value: 'no', options: [{ value: 'no', label: t('countedNo') }, { value: 'yes', label: t('countedYes') }] },
          { name: 'membershipNote', label: t('membershipNote'), value: '', multiline: true },
          ...EDITABLE_FIELDS.map((name) => ({
            name,
            label: t(`fields.${name}`),
            value: '',
            multiline: name.startsWith('biography') || name === 'postwar',
            hint: name.endsWith('Date') ? t('dateHint') : undefined,
          })),
        ]}
        evidence={[
          { name: 'sourceUrl', label: t('sourceUrl'), value: '' },
          { name: 'sourceTitle', label: t('sourceTitle'), value: '' },
          { name: 'archiveRef', label: t('archiveRef'), value: '', hint: t('archiveHint') },
          { name: 'note', label: t('note'), value: '', multiline: true },
        ]}
        errors={Object.fromEntries(errorKeys.map((key) => [key, t(`errors.${key}`)]))}
        labels={{ submit: t('submit'), evidenceTitle: t('evidence'), fixErrors: t('fixErrors') }}
      />
    </article>
  );
}

import { notFound, redirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getActor } from '@/lib/auth';
import { getPublicHero } from '@/lib/heroes/queries';
import { displayName } from '@/lib/heroes/names';
import { SlugSchema } from '@/lib/heroes/schemas';
import { getCurrentValues } from '@/lib/submissions/current';
import { getOwnSubmissionForAmend } from '@/lib/submissions/submissions';
import { EDITABLE_FIELDS } from '@/lib/revisions/snapshot';
import { CorrectionForm } from '../../../../_components/correction-form';

export default async function ProposePage({ params, searchParams }: { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ amend?: string }> }) {
  const { locale, slug } = await params;
  const { amend } = await searchParams;
  setRequestLocale(locale);
  if (!SlugSchema.safeParse(slug).success) notFound();
  const actor = await getActor();
  if (!actor) redirect(`/${locale}/sign-in`);
  const hero = await getPublicHero(slug);
  if (!hero) notFound();
  const amending = amend ? await getOwnSubmissionForAmend(actor, amend) : null;
  if (amend && !amending) notFound();
  const values = amending?.values ?? (await getCurrentValues(slug));
  const t = await getTranslations('submission');
  const errorKeys = ['required', 'tooLong', 'badDate', 'badUrl', 'sourceRequired', 'noteTooShort', 'decreeRange', 'deathBeforeBirth', 'featBeforeBirth', 'featAfterDeath', 'decreeBeforeBirth', 'nothingChanged', 'reasonRequired'];
  return (
    <article>
      <h1>{t('proposeTitle', { name: displayName(hero, locale) })}</h1>
      <p>{t('proposeIntro')}</p>
      {amending?.moderatorNote && <p className="warning" role="note">{t('moderatorAsked', { note: amending.moderatorNote })}</p>}
      <CorrectionForm
        slug={slug}
        submissionId={amending?.id}
        locale={locale}
        fields={EDITABLE_FIELDS.map((name) => ({
          name,
          label: t(`fields.${name}`),
          value: values?.[name] ?? '',
          multiline: name.startsWith('biography') || name === 'postwar',
          hint: name.endsWith('Date') ? t('dateHint') : undefined,
        }))}
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

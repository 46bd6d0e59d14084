import { notFound, redirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getActor } from '@/lib/auth';
import { getPublicHero } from '@/lib/heroes/queries';
import { displayName } from '@/lib/heroes/names';
import { SlugSchema } from '@/lib/heroes/schemas';
import { getCurrentValues } from '@/lib/submissions/current';
import { getOwnSubmissionForAmend } from '@/lib/submissions/submissions';
import { ProposalForm } from '../../../../_components/proposal-form';
import { proposalFormText } from '../../../../_components/proposal-form-text';

// Rendered for each request: it depends on who is reading or on the query.
export const instant = false;

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
  const form = await proposalFormText(values);
  return (
    <article>
      <h1>{t('proposeTitle', { name: displayName(hero, locale) })}</h1>
      <p>{t('proposeIntro')}</p>
      {amending?.moderatorNote && <p className="warning" role="note">{t('moderatorAsked', { note: amending.moderatorNote })}</p>}
      <ProposalForm
        slug={slug}
        submissionId={amending?.id}
        locale={locale}
        {...form}
      />
    </article>
  );
}

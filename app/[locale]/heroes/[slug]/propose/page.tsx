import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { contributionPage } from '../contribution';
import { displayName } from '@/lib/heroes/names';
import { getCurrentValues } from '@/lib/submissions/current';
import { getOwnSubmissionForAmend } from '@/lib/submissions/submissions';
import { listCitableMedia } from '@/lib/media/public';
import { CORRECTION_FIELD_GROUPS, chosenCorrectionFields } from '@/lib/submissions/correction-fields';
import { ProposalForm } from '../../../../_components/proposal-form';
import { proposalFormText } from '../../../../_components/proposal-form-text';

// Rendered for each request: it depends on who is reading or on the query.
export const instant = false;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'submission' });
  return { title: t('proposeMetaTitle'), description: t('proposeMetaDescription'), robots: { index: false } };
}

type SearchParams = { amend?: string; field?: string | string[] };

// Two steps, both plain forms that work without JavaScript: first the contributor ticks what to
// correct (a GET form back to this page), then the form shows only those fields. The others are
// sent unchanged as hidden values, so a correction never blanks what it did not show.
export default async function ProposePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { locale, slug, actor, hero } = await contributionPage(params);
  const query = await searchParams;
  const amending = query.amend ? await getOwnSubmissionForAmend(actor, query.amend) : null;
  if (query.amend && !amending) notFound();
  const values = amending?.values ?? (await getCurrentValues(slug));
  const t = await getTranslations('submission');
  const form = await proposalFormText(values, await listCitableMedia(slug));
  const chosen = chosenCorrectionFields(query.field);
  const title = <h1>{t('proposeTitle', { name: displayName(hero, locale) })}</h1>;

  if (!amending && chosen.length === 0) {
    return (
      <article>
        {title}
        <form method="get" className="stacked-form" data-testid="choose-fields">
          <p>{t('chooseIntro')}</p>
          {query.field !== undefined && (
            <p className="warning" role="alert">
              {t('chooseNone')}
            </p>
          )}
          {CORRECTION_FIELD_GROUPS.map((group) => (
            <fieldset key={group.id}>
              <legend>{t(`groups.${group.id}`)}</legend>
              <div className="field-picker">
                {group.fields.map((name) => (
                  <label key={name}>
                    <input type="checkbox" name="field" value={name} />
                    {t(`fields.${name}`)}
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
          <button type="submit">{t('chooseSubmit')}</button>
        </form>
      </article>
    );
  }

  // Amending a proposal sent back shows every field, as the moderator may have asked about any.
  const shown = amending ? form.fields : form.fields.filter((field) => (chosen as string[]).includes(field.name));
  const kept = amending ? [] : form.fields.filter((field) => !(chosen as string[]).includes(field.name));
  return (
    <article>
      {title}
      <p>{t('proposeIntro')}</p>
      {!amending && (
        <p>
          <a href={`/${locale}/heroes/${slug}/propose`}>{t('chooseAgain')}</a>
        </p>
      )}
      {amending?.moderatorNote && (
        <p className="warning" role="note">
          {t('moderatorAsked', { note: amending.moderatorNote })}
        </p>
      )}
      <ProposalForm
        slug={slug}
        submissionId={amending?.id}
        locale={locale}
        {...form}
        fields={shown}
        hidden={Object.fromEntries(kept.map((field) => [field.name, field.value]))}
      />
    </article>
  );
}

import { getTranslations } from 'next-intl/server';
import { toLocale } from '@/lib/i18n/locale';
import { groupTerm } from '@/lib/i18n/glossary';
import { requirePageActor } from '@/lib/auth';
import { HERO_GROUPS } from '@/lib/heroes/schemas';
import { ProposalForm } from '../../../_components/proposal-form';
import { proposalFormText } from '../../../_components/proposal-form-text';
import { CandidateQuerySchema, getListedCandidate } from '@/lib/candidates/candidates';
import { openPage, metadataOf, type LocaleQueryProps } from '../../../_components/page-frame';

// Rendered for each request: it depends on who is reading or on the query.
export const instant = false;

export const generateMetadata = metadataOf('newHero');

export default async function NewHeroPage({
  params,
  searchParams,
}: LocaleQueryProps<Record<string, string | string[] | undefined>>) {
  const locale = await openPage(params);
  // Started from a name not yet identified (/unidentified): its name fills the form, and the
  // proposal records which name it came from. An unknown or ruled-out name starts an empty form.
  // A family signing in from that link comes back to the form started from the same name.
  const query = CandidateQuerySchema.safeParse(await searchParams);
  await requirePageActor(
    locale,
    undefined,
    query.success && query.data.candidate
      ? `/${locale}/heroes/new?candidate=${encodeURIComponent(query.data.candidate)}`
      : undefined,
  );
  const t = await getTranslations('submission');
  const tu = await getTranslations('unidentified');
  const asked = 'candidate' in (await searchParams);
  const candidate = query.success && query.data.candidate ? await getListedCandidate(query.data.candidate) : null;
  const form = await proposalFormText(candidate?.parts ?? null);
  return (
    <article>
      <h1>{t('newTitle')}</h1>
      <p>{t('newIntro')}</p>
      <p>{t('newPicturesHint')}</p>
      {candidate && (
        <p className="card" data-testid="candidate">
          {tu('fromCandidate')}{' '}
          {candidate.name ? <strong lang="ru">{candidate.name}</strong> : <strong>{tu('noName')}</strong>}.{' '}
          {tu('fromCandidateHint')}
        </p>
      )}
      {asked && !candidate && (
        <p role="status" className="warning" data-testid="candidate-unknown">
          {tu('candidateUnknown')}
        </p>
      )}
      <ProposalForm
        slug=""
        locale={locale}
        mode="new"
        hidden={candidate ? { candidateId: candidate.id } : undefined}
        fields={[
          {
            name: 'group',
            label: t('group'),
            value: '',
            options: [
              { value: '', label: '—' },
              ...HERO_GROUPS.map((g) => ({ value: g, label: groupTerm(g, toLocale(locale), 'many') })),
            ],
          },
          {
            name: 'countedIn64',
            label: t('countedIn64'),
            value: 'no',
            options: [
              { value: 'no', label: t('countedNo') },
              { value: 'yes', label: t('countedYes') },
            ],
          },
          { name: 'membershipNote', label: t('membershipNote'), value: '', multiline: true },
          ...form.fields,
        ]}
        evidence={form.evidence}

        labels={form.labels}
      />
    </article>
  );
}

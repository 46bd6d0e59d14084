import { getTranslations, setRequestLocale } from 'next-intl/server';
import { toLocale } from '@/lib/i18n/locale';
import { groupTerm } from '@/lib/i18n/glossary';
import { requirePageActor } from '@/lib/auth';
import { HERO_GROUPS } from '@/lib/heroes/schemas';
import { ProposalForm } from '../../../_components/proposal-form';
import { proposalFormText } from '../../../_components/proposal-form-text';
import { pageMetadata } from '@/lib/i18n/metadata';

// Rendered for each request: it depends on who is reading or on the query.
export const instant = false;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  return pageMetadata((await params).locale, 'newHero');
}

export default async function NewHeroPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePageActor(locale);
  const t = await getTranslations('submission');
  const form = await proposalFormText(null);
  return (
    <article>
      <h1>{t('newTitle')}</h1>
      <p>{t('newIntro')}</p>
      <p>{t('newPicturesHint')}</p>
      <ProposalForm
        slug=""
        locale={locale}
        mode="new"
        fields={[
          { name: 'group', label: t('group'), value: '', options: [{ value: '', label: '—' }, ...HERO_GROUPS.map((g) => ({ value: g, label: groupTerm(g, toLocale(locale), 'many') }))] },
          { name: 'countedIn64', label: t('countedIn64'), value: 'no', options: [{ value: 'no', label: t('countedNo') }, { value: 'yes', label: t('countedYes') }] },
          { name: 'membershipNote', label: t('membershipNote'), value: '', multiline: true },
          ...form.fields,
        ]}
        evidence={form.evidence}
       
        labels={form.labels}
      />
    </article>
  );
}

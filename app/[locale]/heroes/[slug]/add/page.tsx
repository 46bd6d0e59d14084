import { getTranslations, setRequestLocale } from 'next-intl/server';
import { toLocale } from '@/lib/i18n/locale';
import { awardTerm, unitLevelTerm } from '@/lib/i18n/glossary';
import { Link } from '@/i18n/link';
import { contributionPage } from '../contribution';
import { displayName } from '@/lib/heroes/names';
import { ADDITION_FIELDS, UNIT_LEVELS, type AdditionKind } from '@/lib/submissions/additions';
import { ProposalForm, type FieldSpec } from '../../../../_components/proposal-form';
import { proposalFormText } from '../../../../_components/proposal-form-text';
import { heroPageMetadata } from '@/lib/i18n/metadata';
import { listCitableMedia } from '@/lib/media/public';

// Rendered for each request: it depends on who is reading or on the query.
export const instant = false;

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ kind?: string }> };

export async function generateMetadata({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  return heroPageMetadata(locale, slug, 'add');
}

export default async function AddPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const { hero } = await contributionPage(locale, slug);
  const requested = (await searchParams).kind?.toUpperCase();
  const kind: AdditionKind = requested === 'BATTLE' || requested === 'AWARD' ? requested : 'UNIT';
  const t = await getTranslations('submission');
  const form = await proposalFormText(null, await listCitableMedia(slug));
  const levels = UNIT_LEVELS.map((level) => ({ value: level, label: unitLevelTerm(level, toLocale(locale)) }));
  const options: Record<string, FieldSpec['options']> = {
    level: levels,
    parentLevel: [{ value: '', label: '—' }, ...levels],
    awardKind: [{ value: 'ORDER_OF_LENIN', label: awardTerm('ORDER_OF_LENIN', toLocale(locale))! }, { value: 'OTHER', label: t('awardKinds.OTHER') }],
  };
  const fields: FieldSpec[] = ADDITION_FIELDS[kind].map((name) => ({
    name,
    label: t(`fields.${name}` as never),
    value: name === 'level' ? 'REGIMENT' : '',
    options: options[name],
    multiline: name === 'battleNote',
    hint: ['fromDate', 'toDate', 'decreeDate'].includes(name) ? t('dateHint') : undefined,
  }));
  return (
    <article>
      <h1>{t('addTitle', { name: displayName(hero, locale) })}</h1>
      <p>{t('addIntro')}</p>
      <p>
        <Link href={`/heroes/${slug}/add?kind=unit`}>{t('addUnit')}</Link> · <Link href={`/heroes/${slug}/add?kind=battle`}>{t('addBattle')}</Link> ·{' '}
        <Link href={`/heroes/${slug}/add?kind=award`}>{t('addAward')}</Link>
      </p>
      <h2>{t(`fields.${kind === 'UNIT' ? 'units' : kind === 'BATTLE' ? 'battles' : 'awards'}`)}</h2>
      <ProposalForm key={kind} slug={slug} locale={locale} mode="addition" hidden={{ kind }} fields={fields} evidence={form.evidence} labels={form.labels} />
    </article>
  );
}

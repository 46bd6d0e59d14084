import { getTranslations } from 'next-intl/server';
import { toLocale } from '@/lib/i18n/locale';
import { Link } from '@/i18n/link';
import { contributionPage } from '../contribution';
import { displayName } from '@/lib/heroes/names';
import { addForm, addKindOf, ADD_KINDS, DEFAULT_ADD_KIND } from '@/lib/submissions/kinds';
import { ProposalForm, type FieldSpec } from '../../../../_components/proposal-form';
import { proposalFormText } from '../../../../_components/proposal-form-text';
import { heroPageMetadata } from '@/lib/i18n/metadata';
import { listCitableMedia } from '@/lib/media/public';

// Rendered for each request: it depends on who is reading or on the query.
export const instant = false;

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  return heroPageMetadata(locale, slug, 'add');
}

export default async function AddPage({ params, searchParams }: Props) {
  const { locale, slug, hero } = await contributionPage(params);
  const query = await searchParams;
  const kind = addKindOf(typeof query.kind === 'string' ? query.kind : undefined) ?? DEFAULT_ADD_KIND;
  const spec = addForm(kind);
  const t = await getTranslations('submission');
  const form = await proposalFormText(null, await listCitableMedia(slug));
  const options = (await spec.options?.(toLocale(locale), (key) => t(key as never), slug)) ?? {};
  const fields: FieldSpec[] = spec.fields.map((name) => ({
    name,
    label: t(`fields.${name}` as never),
    // A link may preselect a choice (a place page's "help locate" names which of his places): only one of the field's own options.
    value: options[name]?.find((option) => option.value === query[name])?.value ?? spec.initial?.[name] ?? '',
    options: options[name],
    multiline: spec.multiline?.includes(name),
    hint: spec.dates?.includes(name) ? t('dateHint') : undefined,
  }));
  const evidence = spec.evidence === 'full' ? form.evidence : form.evidence.filter((field) => field.name === 'note');
  return (
    <article>
      <h1>{t('addTitle', { name: displayName(hero, locale) })}</h1>
      <p>{t('addIntro')}</p>
      <p>
        {ADD_KINDS.map((other, index) => (
          <span key={other}>
            {index > 0 && ' · '}
            <Link href={`/heroes/${slug}/add?kind=${addForm(other).query}`}>{t(addForm(other).link as never)}</Link>
          </span>
        ))}
      </p>
      <h2>{t(`fields.${spec.heading}` as never)}</h2>
      <ProposalForm
        key={kind}
        slug={slug}
        locale={locale}
        mode="addition"
        hidden={{ kind }}
        fields={fields}
        evidence={evidence}
        labels={form.labels}
      />
    </article>
  );
}

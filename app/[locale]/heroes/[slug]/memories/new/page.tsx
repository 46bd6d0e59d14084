import { getTranslations } from 'next-intl/server';
import { contributionPage } from '../../contribution';
import { displayName } from '@/lib/heroes/names';
import { MEMORY_LANGUAGES } from '@/lib/memories/memories';
import { MemoryForm } from '../../../../../_components/media/memory-form';

// Rendered for each request: it depends on who is reading.
export const instant = false;

type Props = { params: Promise<{ locale: string; slug: string }> };

export default async function MemoryPage({ params }: Props) {
  const { locale, hero } = await contributionPage(params);
  const t = await getTranslations('memories');
  return (
    <article>
      <h1>{t('writeTitle', { name: displayName(hero, locale) })}</h1>
      <p>{t('writeIntro')}</p>
      <MemoryForm
        slug={hero.slug}
        locale={locale}
        languages={MEMORY_LANGUAGES.map((value) => ({ value, label: t(`languages.${value}`) }))}
        labels={{
          text: t('text'),
          relation: t('relationLabel'),
          language: t('language'),
          submit: t('submit'),
          done: t('done'),
        }}
      />
    </article>
  );
}

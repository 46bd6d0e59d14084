import { getTranslations } from 'next-intl/server';
import { contributionPage } from '../../contribution';
import { displayName } from '@/lib/heroes/names';
import { MemoryForm } from '../../../../../_components/media/memory-form';
import { memoryFormText } from '../../../../../_components/media/memory-form-text';

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
      <MemoryForm slug={hero.slug} locale={locale} {...await memoryFormText({ amending: false })} />
    </article>
  );
}

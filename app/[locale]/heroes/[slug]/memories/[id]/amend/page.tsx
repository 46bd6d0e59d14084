import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { contributionPage } from '../../../contribution';
import { displayName } from '@/lib/heroes/names';
import { getOwnMemoryToAmend } from '@/lib/memories/memories';
import { MemoryForm } from '../../../../../../_components/media/memory-form';
import { memoryFormText } from '../../../../../../_components/media/memory-form-text';
import { ModeratorNote } from '../../../../../../_components/moderator-note';

// Rendered for each request: it depends on who is reading.
export const instant = false;

type Props = { params: Promise<{ locale: string; slug: string; id: string }> };

export default async function AmendMemoryPage({ params }: Props) {
  const { locale, id, actor, hero } = await contributionPage(params);
  const memory = await getOwnMemoryToAmend(actor, id);
  if (!memory || memory.hero.slug !== hero.slug) notFound();
  const t = await getTranslations('memories');
  return (
    <article>
      <h1>{t('amendTitle', { name: displayName(hero, locale) })}</h1>
      <ModeratorNote note={memory.moderatorNote} warning />
      <MemoryForm
        slug={hero.slug}
        locale={locale}
        amend={{ id: memory.id, text: memory.text, relation: memory.relation, language: memory.language }}
        {...await memoryFormText({ amending: true })}
      />
    </article>
  );
}

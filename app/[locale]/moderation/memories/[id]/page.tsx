import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import { getMemoryForReview } from '@/lib/memories/memories';
import { proposalName } from '@/lib/heroes/names';
import { openReview, ReviewDecision, type ReviewProps } from '../../../../_components/review-frame';

// Rendered for each request: it depends on who is reading.
export const instant = false;

export default async function MemoryReviewPage(props: ReviewProps) {
  const { locale, item: memory, secondLook } = await openReview(props, 'memories/', getMemoryForReview);
  const t = await getTranslations('memories');
  const tm = await getTranslations('moderation');
  const name = proposalName(memory, locale);
  return (
    <article>
      <h1>
        {t('reviewTitle', { name })}: <Link href={`/heroes/${memory.hero.slug}`}>{name}</Link>
      </h1>
      <p className="muted">
        {tm('status')}: {tm(`statuses.${memory.status}`)} · {tm('by')} {memory.author?.email ?? tm('removedAccount')} ·{' '}
        {t('relation', { relation: memory.relation })} · {t(`languages.${memory.language}` as never)}
      </p>
      <blockquote lang={memory.language === 'other' ? undefined : memory.language}>
        {memory.text.split('\n\n').map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </blockquote>
      <ReviewDecision
        decides="memory"
        status={memory.status}
        hidden={{ memoryId: memory.id, slug: memory.hero.slug, locale }}
        secondLook={secondLook}
      />
    </article>
  );
}

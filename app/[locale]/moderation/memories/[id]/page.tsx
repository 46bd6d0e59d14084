import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/link';
import { requirePageActor } from '@/lib/auth';
import { isAppError } from '@/lib/errors';
import { getMemoryForReview } from '@/lib/memories/memories';
import { proposalName } from '@/lib/heroes/names';
import { MediaDecisionForm } from '../../../../_components/media/decision';

// Rendered for each request: it depends on who is reading.
export const instant = false;

export default async function MemoryReviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ confirm?: string; note?: string }>;
}) {
  const { locale, id } = await params;
  const asked = await searchParams;
  const secondLook = {
    reviewPath: `/${locale}/moderation/memories/${id}`,
    confirming: asked.confirm === 'reject',
    note: asked.note ?? '',
  };
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, 'review:submission:any');
  const memory = await getMemoryForReview(actor, id).catch((error) => {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  });
  const t = await getTranslations('memories');
  const tm = await getTranslations('moderation');
  const confirmLabels = {
    confirmReject: tm('confirmReject'),
    confirmRejectButton: tm('confirmRejectButton'),
    cancel: tm('cancel'),
  };
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
      {/* After a decision the page re-renders without the form; this says what happened. */}
      <p
        role="status"
        className={memory.status === 'PENDING' ? undefined : 'confirmation'}
        data-testid="decision-outcome"
      >
        {memory.status === 'PENDING' ? '' : t(`outcomes.${memory.status}` as never)}
      </p>
      {memory.status === 'PENDING' && (
        <MediaDecisionForm
          secondLook={secondLook}
          kind="memory"
          id={memory.id}
          slug={memory.hero.slug}
          locale={locale}
          labels={{
            note: t('note'),
            approve: t('approve'),
            reject: t('reject'),
            changes: t('changes'),
            ...confirmLabels,
            done: t('decided'),
          }}
        />
      )}
    </article>
  );
}

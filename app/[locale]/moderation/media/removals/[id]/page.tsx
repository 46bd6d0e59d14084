import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import { proposalName } from '@/lib/heroes/names';
import { getRemovalForReview } from '@/lib/media/removal';
import { RemovalDecisionForm } from '../../../../../_components/media/removal-forms';
import { openReview, type ReviewProps } from '../../../../../_components/review-frame';
import { StoredImage } from '../../../../../_components/media/stored-image';

// Rendered for each request: it depends on who is reading.
export const instant = false;

export default async function RemovalReviewPage(props: ReviewProps) {
  const { locale, item: removal } = await openReview(props, 'media/removals/', getRemovalForReview);
  const t = await getTranslations('media');
  const tm = await getTranslations('moderation');
  const { media } = removal;
  const display = media.files.find((f) => f.variant === 'display.jpeg');
  const name = proposalName(media, locale);
  return (
    <article>
      <h1>
        {t('removalReviewTitle')}: {media.hero ? <Link href={`/heroes/${media.hero.slug}`}>{name}</Link> : name}
      </h1>
      <p className="muted" data-testid="status">
        {tm('status')}: {tm(`statuses.${removal.status}`)} · {tm('by')}{' '}
        {removal.requester?.email ?? tm('removedAccount')}
      </p>
      {display && <StoredImage file={display} caption={media.caption} captionLanguage={media.captionLanguage} />}
      <p lang={media.captionLanguage}>
        {media.caption} · {t(`kinds.${media.kind}`)} · {t('credit', { credit: media.credit })}
        {media.isPortrait && <> · {t('isPortrait')}</>}
      </p>
      <h2>{t('removalReason')}</h2>
      <blockquote data-testid="removal-reason">{removal.reason}</blockquote>
      <p>
        <Link href={`/moderation/media/${media.id}`}>{t('removalSeeItem')}</Link>
      </p>
      {/* After a decision the page re-renders without the form; this says what was decided. */}
      {removal.status === 'PENDING' ? (
        <RemovalDecisionForm
          removalId={removal.id}
          locale={locale}
          labels={{ note: t('note'), approve: t('removalApprove'), reject: t('removalReject'), done: t('decided') }}
        />
      ) : (
        <p role="status" className="confirmation" data-testid="decision-outcome">
          {tm(`statuses.${removal.status}`)}
          {removal.moderatorNote && <>: {removal.moderatorNote}</>}
        </p>
      )}
    </article>
  );
}

import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/link';
import { requirePageActor } from '@/lib/auth';
import { isAppError } from '@/lib/errors';
import { getMediaForReview } from '@/lib/media/media';
import { proposalName } from '@/lib/heroes/names';
import { formatIsoPartial } from '@/lib/partial-date';
import { MediaDecisionForm } from '../../../../_components/media/decision';

// Rendered for each request: it depends on who is reading.
export const instant = false;

export default async function MediaReviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ confirm?: string; note?: string }>;
}) {
  const { locale, id } = await params;
  const asked = await searchParams;
  const secondLook = {
    reviewPath: `/${locale}/moderation/media/${id}`,
    confirming: asked.confirm === 'reject',
    note: asked.note ?? '',
  };
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, 'review:submission:any');
  const review = await getMediaForReview(actor, id).catch((error) => {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  });
  const t = await getTranslations('media');
  const tm = await getTranslations('moderation');
  const confirmLabels = {
    confirmReject: tm('confirmReject'),
    confirmRejectButton: tm('confirmRejectButton'),
    cancel: tm('cancel'),
  };
  const { item } = review;
  const meta = item.originalMeta as {
    exif: boolean;
    gps: boolean;
    xmp: boolean;
    iptc: boolean;
    orientation: number | null;
  };
  const yes = (v: boolean) => (v ? t('yes') : t('no'));
  const name = proposalName(item, locale);
  return (
    <article>
      <h1>
        {t('reviewTitle', { name })}: {item.hero ? <Link href={`/heroes/${item.hero.slug}`}>{name}</Link> : name}
      </h1>
      {item.submissionId && !item.hero && (
        <p className="warning" role="note" data-testid="with-proposal">
          <Link href={`/moderation/${item.submissionId}`}>{t('withProposal')}</Link>
        </p>
      )}
      <p className="muted" data-testid="status">
        {tm('status')}: {tm(`statuses.${item.status}`)} · {tm('by')} {item.uploader?.email ?? tm('removedAccount')}
      </p>
      {review.display && (
        <a href={review.fileUrls['large.jpeg']}>
          <img
            src={review.fileUrls['display.jpeg']}
            width={review.display.width}
            height={review.display.height}
            alt={item.caption}
            style={{ maxWidth: '100%', height: 'auto' }}
          />
        </a>
      )}
      <h2>{t('metadata')}</h2>
      <dl className="facts" data-testid="media-metadata">
        <dt>{t('kind')}</dt>
        <dd>{t(`kinds.${item.kind}`)}</dd>
        <dt>{t('caption')}</dt>
        <dd lang={item.captionLanguage}>{item.caption}</dd>
        <dt>{t('date')}</dt>
        <dd>{item.date && item.datePrecision ? formatIsoPartial(item.date, item.datePrecision) : '—'}</dd>
        <dt>{t('place')}</dt>
        <dd>{item.place ?? '—'}</dd>
        <dt>{t('whoPictured')}</dt>
        <dd>{item.pictured ?? '—'}</dd>
        <dt>{t('provenance')}</dt>
        <dd>
          {t(`provenances.${item.provenance}`)} {item.provenanceNote}{' '}
          {item.archiveFond &&
            t('archiveRef', { fond: item.archiveFond, opis: item.archiveOpis ?? '—', delo: item.archiveDelo ?? '—' })}
        </dd>
        <dt>{t('licence')}</dt>
        <dd>{t(`licences.${item.licence}`)}</dd>
        <dt>{t('creditLine')}</dt>
        <dd>{item.credit}</dd>
      </dl>
      <h2>{t('original')}</h2>
      <p data-testid="original-details">
        <a href={review.originalUrl}>
          {t('originalDetails', {
            type: item.originalType,
            bytes: item.originalBytes,
            width: item.width,
            height: item.height,
            name: item.originalName,
          })}
        </a>
        <br />
        {t('originalMeta', {
          exif: yes(meta.exif),
          gps: yes(meta.gps),
          xmp: yes(meta.xmp),
          iptc: yes(meta.iptc),
          orientation: meta.orientation ?? '—',
        })}
      </p>
      <ul data-testid="look-alikes">
        {review.lookAlikes.length === 0 ? (
          <li>{t('noLookAlike')}</li>
        ) : (
          review.lookAlikes.map((other) => (
            <li key={other.id}>
              <Link href={`/moderation/media/${other.id}`}>
                {t('lookAlike', {
                  name: proposalName(other, locale),
                  caption: other.caption,
                  distance: other.distance,
                })}
              </Link>
            </li>
          ))
        )}
      </ul>
      {/* After a decision the page re-renders without the form; this says what happened. */}
      <p
        role="status"
        className={item.status === 'PENDING' ? undefined : 'confirmation'}
        data-testid="decision-outcome"
      >
        {item.status === 'PENDING' ? '' : t(`outcomes.${item.status}` as never)}
      </p>
      {item.status === 'PENDING' && item.hero && (
        <MediaDecisionForm
          secondLook={secondLook}
          kind="media"
          id={item.id}
          slug={item.hero.slug}
          locale={locale}
          portraitLabel={t('makePortrait')}
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

import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import { getMediaForReview } from '@/lib/media/media';
import { proposalName } from '@/lib/heroes/names';
import { formatIsoPartial } from '@/lib/partial-date';
import { openReview, ReviewDecision, type ReviewProps } from '../../../../_components/review-frame';

// Rendered for each request: it depends on who is reading.
export const instant = false;

export default async function MediaReviewPage(props: ReviewProps) {
  const { locale, item: review, secondLook } = await openReview(props, 'media/', getMediaForReview);
  const t = await getTranslations('media');
  const tm = await getTranslations('moderation');
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
      <ReviewDecision
        decides="media"
        status={item.status}
        open={Boolean(item.hero)}
        hidden={{ mediaId: item.id, slug: item.hero?.slug ?? '', locale }}
        secondLook={secondLook}
      >
        <label>
          <input type="checkbox" name="portrait" value="yes" /> {t('makePortrait')}
        </label>
      </ReviewDecision>
    </article>
  );
}

import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import { getSubmissionForReview } from '@/lib/moderation/moderation';
import { toLocale } from '@/lib/i18n/locale';
import { listProposalMedia } from '@/lib/media/media';
import { proposalName } from '@/lib/heroes/names';
import { EDITABLE_FIELDS } from '@/lib/revisions/snapshot';
import { openReview, ReviewDecision, type ReviewProps } from '../../../_components/review-frame';
import { WordDiff } from '../../../_components/word-diff';
import { Unknown } from '../../../_components/unknown';
import { metadataOf } from '../../../_components/page-frame';

// Rendered for each request: it depends on who is reading or on the query.
export const instant = false;

export const generateMetadata = metadataOf('review');

export default async function ReviewPage(props: ReviewProps) {
  const reader = toLocale((await props.params).locale);
  const load = (reviewer: Parameters<typeof getSubmissionForReview>[0], id: string) =>
    getSubmissionForReview(reviewer, id, reader);
  const { locale, actor, item: review, secondLook } = await openReview(props, '', load);
  const t = await getTranslations('moderation');
  const tu = await getTranslations('unidentified');
  const tf = await getTranslations('submission.fields');
  const { submission } = review;
  const evidence = submission.evidence as {
    url: string | null;
    title: string | null;
    archiveRef: string | null;
    mediaId?: string;
  }[];
  const tm = await getTranslations('media');
  const pictures = review.takesPictures ? await listProposalMedia(actor, submission.id) : [];
  const td = await getTranslations('diff');
  const diffLabels = { removed: td('removed'), added: td('added'), empty: td('empty') };
  return (
    <article>
      <h1>
        {t(`kinds.${submission.kind}`)}:{' '}
        {submission.hero ? (
          <Link href={`/heroes/${submission.hero.slug}`}>{proposalName(submission, locale)}</Link>
        ) : (
          proposalName(submission, locale)
        )}
      </h1>
      {review.candidate && (
        <p data-testid="from-candidate">
          {tu('moderationFrom')}{' '}
          <Link href="/unidentified">
            {review.candidate.name ? <span lang="ru">{review.candidate.name}</span> : tu('noName')}
          </Link>
        </p>
      )}
      {review.summary && <p data-testid={review.summary.testId}>{review.summary.text}</p>}
      <p className="muted" data-testid="status">
        {t('status')}: {t(`statuses.${submission.status}`)} · {t('by')}{' '}
        {submission.author?.email ?? t('removedAccount')} · {t('record')}:{' '}
        {Object.entries(review.authorRecord)
          .map(([s, n]) => `${t(`statuses.${s}`)} ${n}`)
          .join(', ')}
      </p>
      {submission.version > 1 && (
        <p className="muted" data-testid="submission-version">
          {t('amended', { version: submission.version })}
        </p>
      )}
      <p>{submission.note}</p>
      <table className="hero-table diff" data-testid="diff">
        <thead>
          <tr>
            <th scope="col">{t('field')}</th>
            {review.heroChangedSince && <th scope="col">{t('base')}</th>}
            <th scope="col">{t('proposedChange')}</th>
          </tr>
        </thead>
        <tbody>
          {review.rows.map((row) => (
            <tr key={row.field}>
              <th scope="row">{tf(row.field)}</th>
              {review.heroChangedSince && <td>{row.base ?? '—'}</td>}
              <td>
                {row.nowNotKnown && (
                  <>
                    <Unknown /> →{' '}
                  </>
                )}
                <WordDiff from={row.now} to={row.proposed} labels={diffLabels} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('evidence')}</h2>
      <ul>
        {evidence.map((e, index) => (
          <li key={index}>
            {e.url ? (
              <a href={e.url} rel="nofollow noopener">
                {e.url}
              </a>
            ) : null}{' '}
            {e.title} {e.archiveRef}
            {review.citedPictures
              .filter((picture) => picture.id === e.mediaId)
              .map((picture) => (
                <span key={picture.id} data-testid="cited-picture">
                  {' '}
                  <Link href={`/moderation/media/${picture.id}`}>
                    {tm(`kinds.${picture.kind}`)}: {picture.caption}
                  </Link>
                  {(picture.status !== 'APPROVED' || picture.removedAt) && (
                    <strong className="warning"> {tm('notOnProfile')}</strong>
                  )}
                </span>
              ))}
          </li>
        ))}
      </ul>
      {pictures.length > 0 && (
        <section aria-labelledby="proposal-pictures" data-testid="proposal-pictures">
          <h2 id="proposal-pictures">{tm('proposalPictures')}</h2>
          <p className="muted">{tm('proposalPicturesModerator')}</p>
          <ul className="gallery">
            {pictures.map((picture) => (
              <li key={picture.id}>
                <Link href={`/moderation/media/${picture.id}`}>
                  {picture.thumb && (
                    <img
                      src={picture.thumb.url}
                      width={picture.thumb.width}
                      height={picture.thumb.height}
                      alt={picture.caption}
                      style={{ maxWidth: '100%', height: 'auto' }}
                    />
                  )}
                  <span>
                    {tm(`kinds.${picture.kind}`)}: {picture.caption}
                  </span>
                </Link>{' '}
                · {t(`statuses.${picture.status}`)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {review.heroChangedSince && submission.status === 'PENDING' && (
        <p className="warning" role="note">
          {t('changedSince')}
        </p>
      )}
      <ReviewDecision
        decides="submission"
        status={submission.status}
        hidden={{
          submissionId: submission.id,
          submissionVersion: submission.version,
          slug: submission.hero?.slug ?? '',
        }}
        secondLook={secondLook}
      >
        {review.merge && (
          <fieldset>
            <legend>{t('mergeTitle')}</legend>
            <input type="hidden" name="merge" value="1" />
            <input type="hidden" name="expectedVersion" value={review.currentVersion} />
            {EDITABLE_FIELDS.map((name) => (
              <div className="field" key={name}>
                <label htmlFor={`m-${name}`}>{tf(name)}</label>
                <input id={`m-${name}`} name={name} defaultValue={review.merge![name] ?? ''} />
              </div>
            ))}
          </fieldset>
        )}
      </ReviewDecision>
    </article>
  );
}

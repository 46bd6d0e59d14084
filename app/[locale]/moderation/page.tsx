import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import { requirePageActor } from '@/lib/auth';
import { can } from '@/lib/permissions';
import { listQueue, QUEUE_PAGE_SIZE } from '@/lib/moderation/moderation';
import { SUBMISSION_KINDS } from '@/lib/submissions/kinds';
import { Pager, pageOf } from '../../_components/pager';
import { proposalName } from '@/lib/heroes/names';
import { listPendingMedia } from '@/lib/media/media';
import { listPendingRemovals } from '@/lib/media/removal';
import { listPendingMemories } from '@/lib/memories/memories';
import { openPage, metadataOf } from '../../_components/page-frame';

// Rendered for each request: it depends on who is reading or on the query.
export const instant = false;

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ kind?: string; hero?: string; page?: string }>;
};

export const generateMetadata = metadataOf('moderation');

export default async function QueuePage({ params, searchParams }: Props) {
  const locale = await openPage(params);
  const actor = await requirePageActor(locale, 'review:submission:any');
  const { kind, hero, page: pageParam } = await searchParams;
  const page = pageOf(pageParam);
  const { items: queue, total } = await listQueue(actor, {
    kind,
    heroSlug: hero,
    offset: (page - 1) * QUEUE_PAGE_SIZE,
  });
  const pages = Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE));
  const filters = { ...(kind ? { kind } : {}), ...(hero ? { hero } : {}) };
  const tl = await getTranslations('list');
  const t = await getTranslations('moderation');
  const tmedia = await getTranslations('media');
  const tmem = await getTranslations('memories');
  const media = await listPendingMedia(actor);
  const memories = await listPendingMemories(actor);
  const removals = await listPendingRemovals(actor);
  const tr = await getTranslations('languageReview');
  return (
    <article>
      <h1>{t('queueTitle')}</h1>
      {can(actor, 'grant:translation-review:any') && (
        <p>
          <Link href="/moderation/reviewers">{tr('nav')}</Link>
        </p>
      )}
      <form method="get" className="filters">
        <label>
          {t('kind')}{' '}
          <select name="kind" defaultValue={kind ?? ''}>
            <option value="">{t('anyKind')}</option>
            {SUBMISSION_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('hero')} <input name="hero" defaultValue={hero ?? ''} placeholder="veniamin-nedoshivin" />
        </label>
        <button type="submit">{t('filter')}</button>
      </form>
      {queue.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ol data-testid="queue">
          {queue.map((item) => (
            <li key={item.id}>
              <Link href={`/moderation/${item.id}`}>
                {t(`kinds.${item.kind}`)}: {proposalName(item, locale)}
              </Link>{' '}
              <span className="muted">
                {item.author?.email ?? t('removedAccount')} ·{' '}
                {item.createdAt.toISOString().slice(0, 16).replace('T', ' ')} UTC
              </span>
              <div>{item.note}</div>
            </li>
          ))}
        </ol>
      )}
      <Pager
        pages={pages}
        previous={page > 1 ? { pathname: '/moderation', query: { ...filters, page: String(page - 1) } } : null}
        next={page < pages ? { pathname: '/moderation', query: { ...filters, page: String(page + 1) } } : null}
        labels={{ previous: tl('previous'), next: tl('next'), page: tl('page', { page, pages }) }}
      />
      {media.length > 0 && (
        <>
          <h2>{tmedia('queueTitle')}</h2>
          <ol data-testid="media-queue">
            {media.map((item) => (
              <li key={item.id}>
                <Link href={`/moderation/media/${item.id}`}>
                  {tmedia(`kinds.${item.kind}`)}: {proposalName(item, locale)}
                </Link>{' '}
                <span className="muted">
                  {item.uploader?.email ?? t('removedAccount')} ·{' '}
                  {item.createdAt.toISOString().slice(0, 16).replace('T', ' ')} UTC
                </span>
                <div>{item.caption}</div>
              </li>
            ))}
          </ol>
        </>
      )}
      {removals.length > 0 && (
        <>
          <h2>{tmedia('removalQueueTitle')}</h2>
          <ol data-testid="removal-queue">
            {removals.map((removal) => (
              <li key={removal.id}>
                <Link href={`/moderation/media/removals/${removal.id}`}>
                  {tmedia(`kinds.${removal.media.kind}`)}: {proposalName(removal.media, locale)}
                </Link>{' '}
                <span className="muted">
                  {removal.requester?.email ?? t('removedAccount')} ·{' '}
                  {removal.createdAt.toISOString().slice(0, 16).replace('T', ' ')} UTC
                </span>
                <div>
                  {removal.media.caption}: {removal.reason.slice(0, 200)}
                </div>
              </li>
            ))}
          </ol>
        </>
      )}
      {memories.length > 0 && (
        <>
          <h2>{tmem('queueTitle')}</h2>
          <ol data-testid="memory-queue">
            {memories.map((memory) => (
              <li key={memory.id}>
                <Link href={`/moderation/memories/${memory.id}`}>
                  {proposalName(memory, locale)}: {memory.relation}
                </Link>{' '}
                <span className="muted">
                  {memory.author?.email ?? t('removedAccount')} ·{' '}
                  {memory.createdAt.toISOString().slice(0, 16).replace('T', ' ')} UTC
                </span>
                <div>{memory.text.slice(0, 200)}</div>
              </li>
            ))}
          </ol>
        </>
      )}
    </article>
  );
}

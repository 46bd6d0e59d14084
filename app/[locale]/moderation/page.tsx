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
        <QueueList
          testId="queue"
          removedAccount={t('removedAccount')}
          items={queue.map((item) => ({
            id: item.id,
            href: `/moderation/${item.id}`,
            title: `${t(`kinds.${item.kind}`)}: ${proposalName(item, locale)}`,
            by: item.author?.email,
            at: item.createdAt,
            text: item.note,
          }))}
        />
      )}
      <Pager
        pages={pages}
        previous={page > 1 ? { pathname: '/moderation', query: { ...filters, page: String(page - 1) } } : null}
        next={page < pages ? { pathname: '/moderation', query: { ...filters, page: String(page + 1) } } : null}
        labels={{ previous: tl('previous'), next: tl('next'), page: tl('page', { page, pages }) }}
      />
      <QueueSection
        title={tmedia('queueTitle')}
        testId="media-queue"
        removedAccount={t('removedAccount')}
        items={media.map((item) => ({
          id: item.id,
          href: `/moderation/media/${item.id}`,
          title: `${tmedia(`kinds.${item.kind}`)}: ${proposalName(item, locale)}`,
          by: item.uploader?.email,
          at: item.createdAt,
          text: item.caption,
        }))}
      />
      <QueueSection
        title={tmedia('removalQueueTitle')}
        testId="removal-queue"
        removedAccount={t('removedAccount')}
        items={removals.map((removal) => ({
          id: removal.id,
          href: `/moderation/media/removals/${removal.id}`,
          title: `${tmedia(`kinds.${removal.media.kind}`)}: ${proposalName(removal.media, locale)}`,
          by: removal.requester?.email,
          at: removal.createdAt,
          text: (
            <>
              {removal.media.caption}: {removal.reason.slice(0, 200)}
            </>
          ),
        }))}
      />
      <QueueSection
        title={tmem('queueTitle')}
        testId="memory-queue"
        removedAccount={t('removedAccount')}
        items={memories.map((memory) => ({
          id: memory.id,
          href: `/moderation/memories/${memory.id}`,
          title: `${proposalName(memory, locale)}: ${memory.relation}`,
          by: memory.author?.email,
          at: memory.createdAt,
          text: memory.text.slice(0, 200),
        }))}
      />
    </article>
  );
}

/** One waiting item of a queue: what it is, who sent it (or that the account is gone), when, and its start. */
type QueueRow = {
  id: string;
  href: string;
  title: string;
  by: string | null | undefined;
  at: Date;
  text: React.ReactNode;
};

type QueueProps = { testId: string; removedAccount: string; items: QueueRow[] };

/** A queue's waiting items, oldest first as lib/ lists them; the time is UTC, to the minute. */
function QueueList({ testId, removedAccount, items }: QueueProps) {
  return (
    <ol data-testid={testId}>
      {items.map((item) => (
        <li key={item.id}>
          <Link href={item.href}>{item.title}</Link>{' '}
          <span className="muted">
            {item.by ?? removedAccount} · {item.at.toISOString().slice(0, 16).replace('T', ' ')} UTC
          </span>
          <div>{item.text}</div>
        </li>
      ))}
    </ol>
  );
}

/** The queue of a moderated thing besides proposals, under its heading; nothing while none waits. */
function QueueSection({ title, ...list }: QueueProps & { title: string }) {
  if (list.items.length === 0) return null;
  return (
    <>
      <h2>{title}</h2>
      <QueueList {...list} />
    </>
  );
}

// The account page's list of the reader's own pictures, memories and requests to remove a
// picture, each with its state and the moderator's reason. Reads through lib (own rows only).
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import type { Actor } from '@/lib/permissions';
import { proposalName } from '@/lib/heroes/names';
import { listOwnMedia } from '@/lib/media/media';
import { listOwnRemovals } from '@/lib/media/removal';
import { listOwnMemories } from '@/lib/memories/memories';
import { ModeratorNote } from '../moderator-note';

export async function OwnContributions({ actor, locale }: { actor: NonNullable<Actor>; locale: string }) {
  const [media, memories, removals] = await Promise.all([
    listOwnMedia(actor),
    listOwnMemories(actor),
    listOwnRemovals(actor),
  ]);
  const t = await getTranslations('media');
  const tm = await getTranslations('moderation');
  const tmem = await getTranslations('memories');
  const day = (date: Date) => date.toISOString().slice(0, 10);
  // A picture sent with a proposal of a new Hero has no profile yet: the proposed name, unlinked.
  const hero = (item: Parameters<typeof proposalName>[0] & { hero: { slug: string } | null }) =>
    item.hero ? (
      <Link href={`/heroes/${item.hero.slug}`}>{proposalName(item, locale)}</Link>
    ) : (
      proposalName(item, locale)
    );
  return (
    <section aria-labelledby="my-media" data-testid="my-media">
      <h2 id="my-media">{t('myPictures')}</h2>
      {media.length === 0 ? (
        <p>{t('noOwnPictures')}</p>
      ) : (
        <ul>
          {media.map((item) => (
            <li key={item.id} data-status={item.removedAt ? 'REMOVED' : item.status}>
              {hero({ hero: item.hero, payload: item.submission?.payload })} · {t(`kinds.${item.kind}`)} ·{' '}
              <strong>{item.removedAt ? t('removedStatus') : tm(`statuses.${item.status}`)}</strong> ·{' '}
              {day(item.createdAt)}
              <div className="muted">{item.caption}</div>
              <ModeratorNote note={item.moderatorNote} />
              {item.status === 'NEEDS_CHANGES' && item.hero && (
                <Link href={`/heroes/${item.hero.slug}/media/${item.id}/amend`}>{t('amend')}</Link>
              )}
            </li>
          ))}
        </ul>
      )}
      <h2>{tmem('mine')}</h2>
      {memories.length === 0 ? (
        <p>{tmem('noneOwn')}</p>
      ) : (
        <ul data-testid="my-memories">
          {memories.map((memory) => (
            <li key={memory.id} data-status={memory.status}>
              {hero(memory)} · {memory.relation} · <strong>{tm(`statuses.${memory.status}`)}</strong> ·{' '}
              {day(memory.createdAt)}
              <div className="muted">{memory.text.slice(0, 200)}</div>
              <ModeratorNote note={memory.moderatorNote} />
              {memory.status === 'NEEDS_CHANGES' && (
                <Link href={`/heroes/${memory.hero.slug}/memories/${memory.id}/amend`}>{tmem('amend')}</Link>
              )}
            </li>
          ))}
        </ul>
      )}
      {removals.length > 0 && (
        <>
          <h2>{t('myRemovals')}</h2>
          <ul data-testid="my-removals">
            {removals.map((removal) => (
              <li key={removal.id} data-status={removal.status}>
                {hero(removal.media)} · {removal.media.caption} · <strong>{tm(`statuses.${removal.status}`)}</strong> ·{' '}
                {day(removal.createdAt)}
                <ModeratorNote note={removal.moderatorNote} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

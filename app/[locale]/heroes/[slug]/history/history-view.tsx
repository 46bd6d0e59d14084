// A Hero's history, as the cached page (history-pages/[page]) and the page rendered per request
// (a comparison, a restore to confirm, its outcome) both show it.
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import { getCachedHeroHeading, getCachedRevisionPair, getCachedRevisions, getCachedWordDiff } from '@/lib/heroes/cached';
import { HISTORY_PAGE_SIZE } from '@/lib/revisions/revisions';
import { displayName } from '@/lib/heroes/names';
import type { RevisionPerson } from '@/lib/revisions/revisions';
import { diffSnapshots, type SnapshotDiff } from '@/lib/revisions/snapshot';
import { Pager } from '../../../../_components/pager';
import { WordDiff } from '../../../../_components/word-diff';
import { RestoreForm } from '../../../../_components/restore-form';
import { ModeratorOnly } from '../../../../_components/moderator-only';
import { textFieldMessageKey } from '@/lib/i18n/record-texts';

export type HistoryQuery = { from?: string; to?: string; restore?: string; restored?: string };

type Props = {
  locale: string;
  slug: string;
  page: number;
  query: HistoryQuery;
  /** Whether this reader may restore, or 'moderators' on the cached page, where the browser shows the controls to moderators. */
  canRestore: boolean | 'moderators';
};

async function DiffTable({ diff, label, labels }: { diff: SnapshotDiff; label: (field: string) => string; labels: { removed: string; added: string; empty: string } }) {
  const entries = await Promise.all(
    Object.entries(diff).map(async ([field, change]) => [field, change, await getCachedWordDiff(change?.from ?? null, change?.to ?? null)] as const),
  );
  if (entries.length === 0) return null;
  return (
    <table className="hero-table diff">
      <tbody>
        {entries.map(([field, change, parts]) => (
          <tr key={field}>
            <th scope="row">{label(field)}</th>
            <td><WordDiff from={change?.from ?? null} to={change?.to ?? null} parts={parts} labels={labels} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Restore({ when, children }: { when: true | 'moderators'; children: React.ReactNode }) {
  return when === 'moderators' ? <ModeratorOnly>{children}</ModeratorOnly> : children;
}

export async function HistoryView({ locale, slug, page, query, canRestore }: Props) {
  const [hero, history] = await Promise.all([getCachedHeroHeading(slug), getCachedRevisions(slug, (page - 1) * HISTORY_PAGE_SIZE)]);
  if (!hero || !history) notFound();
  const revisions = history.items;
  const newest = history.total;
  const pages = Math.max(1, Math.ceil(history.total / HISTORY_PAGE_SIZE));
  const numbers = Array.from({ length: newest }, (_, i) => newest - i);
  const t = await getTranslations('history');
  const tf = await getTranslations('submission.fields');
  const tt = await getTranslations('translation');
  // A revision's line for a translation ("translation:tg:Hero:<id>:role[:status]") names the language and the text.
  const label = (field: string) => {
    const match = /^translation:(ru|tg):([A-Za-z]+):[^:]+:([A-Za-z]+)(?:\.\d+)?(:status)?$/.exec(field);
    if (!match) return tf(field as never);
    const [, language, entity, name, status] = match;
    return `${tt(`languages.${language}` as never)} · ${tt(textFieldMessageKey(entity!, name!) as never)}${status ? ` · ${tt('statusLabel')}` : ''}`;
  };
  const td = await getTranslations('diff');
  const diffLabels = { removed: td('removed'), added: td('added'), empty: td('empty') };
  const { from, to, restore, restored } = query;
  const tl = await getTranslations('list');
  const personName = (who: NonNullable<RevisionPerson>) => (who === 'removed' ? t('removedAccount') : who.displayName ?? t('contributorCode', { code: who.code }));
  const asNumber = (value: string | undefined) => (value && /^\d{1,7}$/.test(value) ? Number(value) : null);
  const [a, b] = [asNumber(from), asNumber(to)];
  const pair = a !== null && b !== null ? await getCachedRevisionPair(slug, a, b) : null;
  return (
    <article>
      <h1>{t('title', { name: displayName(hero, locale) })}</h1>
      <p><Link href={`/heroes/${slug}`}>{t('back')}</Link></p>
      {canRestore === 'moderators' && (
        // Without JavaScript the cached page cannot tell a moderator; this asks for the page rendered for them.
        <noscript>
          <p><Link href={{ pathname: `/heroes/${slug}/history`, query: { page: String(page), controls: '1' } }}>{t('restoreControls')}</Link></p>
        </noscript>
      )}
      <p role="status" className={restored ? 'confirmation' : undefined} data-testid="restore-outcome">
        {restored && /^\d+$/.test(restored) ? t('restoredAs', { number: restored }) : ''}
      </p>
      {newest === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <>
          <form method="get" className="filters">
            <label>{t('compare')} <select name="from" defaultValue={from ?? '1'}>{numbers.map((n) => <option key={n} value={n}>{n}</option>)}</select></label>
            <label>{t('with')} <select name="to" defaultValue={to ?? String(newest)}>{numbers.map((n) => <option key={n} value={n}>{n}</option>)}</select></label>
            <button type="submit">{t('show')}</button>
          </form>
          {pair && (
            <section data-testid="comparison">
              <h2>{t('between', { a: a!, b: b! })}</h2>
              <DiffTable diff={diffSnapshots(pair.from, pair.to)} label={label} labels={diffLabels} />
            </section>
          )}
          <ol className="revisions" reversed>
            {revisions.map((revision) => (
              <li key={revision.number} data-testid={`revision-${revision.number}`}>
                <h2>{t('revision', { number: revision.number })}</h2>
                <p className="muted">
                  {revision.createdAt.toISOString().slice(0, 16).replace('T', ' ')} UTC
                  {revision.proposedBy && <> · {t('proposedBy', { who: personName(revision.proposedBy) })}</>}
                  {revision.approvedBy && <> · {t('approvedBy', { who: personName(revision.approvedBy) })}</>}
                </p>
                <p>{revision.reason}</p>
                <DiffTable diff={revision.diff as SnapshotDiff} label={label} labels={diffLabels} />
                {canRestore && revision.number !== newest && (
                  <Restore when={canRestore}>
                  <RestoreForm
                    slug={slug}
                    locale={locale}
                    number={revision.number}
                    expectedVersion={hero.version}
                    historyPath={`/${locale}/heroes/${slug}/history`}
                    confirming={restore === String(revision.number)}
                    labels={{ restore: t('restore', { number: revision.number }), confirm: t('confirmRestore', { number: revision.number }), confirmButton: t('confirmRestoreButton'), cancel: t('cancel') }}
                  />
                  </Restore>
                )}
              </li>
            ))}
          </ol>
          <Pager
            pages={pages}
            previous={page > 1 ? { pathname: `/heroes/${slug}/history`, query: page > 2 ? { page: String(page - 1) } : {} } : null}
            next={page < pages ? { pathname: `/heroes/${slug}/history`, query: { page: String(page + 1) } } : null}
            labels={{ previous: tl('previous'), next: tl('next'), page: tl('page', { page, pages }) }}
          />
        </>
      )}
    </article>
  );
}

import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/link';
import { getActor } from '@/lib/auth';
import { can } from '@/lib/permissions';
import { getCachedHeroHeading, getCachedRevisionPair, getCachedRevisions } from '@/lib/heroes/cached';
import { HISTORY_PAGE_SIZE } from '@/lib/revisions/revisions';
import { displayName } from '@/lib/heroes/names';
import { SlugSchema } from '@/lib/heroes/schemas';
import type { RevisionPerson } from '@/lib/revisions/revisions';
import { diffSnapshots, type SnapshotDiff } from '@/lib/revisions/snapshot';
import { Pager, pageOf } from '../../../../_components/pager';
import { WordDiff } from '../../../../_components/word-diff';
import { RestoreForm } from '../../../../_components/restore-form';
import { heroPageMetadata } from '@/lib/i18n/metadata';

// Rendered for each request: it depends on who is reading or on the query.
export const instant = false;

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ from?: string; to?: string; restore?: string; restored?: string; page?: string }> };

function DiffTable({ diff, label, labels }: { diff: SnapshotDiff; label: (field: string) => string; labels: { removed: string; added: string; empty: string } }) {
  const entries = Object.entries(diff);
  if (entries.length === 0) return null;
  return (
    <table className="hero-table diff">
      <tbody>
        {entries.map(([field, change]) => (
          <tr key={field}>
            <th scope="row">{label(field)}</th>
            <td><WordDiff from={change?.from ?? null} to={change?.to ?? null} labels={labels} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  return heroPageMetadata(locale, slug, 'history');
}

export default async function HistoryPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  if (!SlugSchema.safeParse(slug).success) notFound();
  const query = await searchParams;
  const page = pageOf(query.page);
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
    return `${tt(`languages.${language}` as never)} · ${tt(`fields.${entity}_${name}` as never)}${status ? ` · ${tt('statusLabel')}` : ''}`;
  };
  const td = await getTranslations('diff');
  const diffLabels = { removed: td('removed'), added: td('added'), empty: td('empty') };
  const actor = await getActor();
  const canRestore = can(actor, 'restore:revision:any');
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
                  <RestoreForm
                    slug={slug}
                    locale={locale}
                    number={revision.number}
                    expectedVersion={hero.version}
                    historyPath={`/${locale}/heroes/${slug}/history`}
                    confirming={restore === String(revision.number)}
                    labels={{ restore: t('restore', { number: revision.number }), confirm: t('confirmRestore', { number: revision.number }), confirmButton: t('confirmRestoreButton'), cancel: t('cancel') }}
                  />
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

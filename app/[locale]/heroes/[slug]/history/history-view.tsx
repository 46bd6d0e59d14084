// A Hero's history, as the cached page (history-pages/[page]) and the page rendered per request
// (a comparison, a restore to confirm, its outcome) both show it.
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import { getCachedHeroHeading, getCachedRevisionPair, getCachedRevisions } from '@/lib/heroes/cached';
import {
  getRevisionPairWithHiddenText,
  HISTORY_PAGE_SIZE,
  listRevisionsWithHiddenText,
} from '@/lib/revisions/revisions';
import type { HiddenText } from '@/lib/revisions/redaction';
import type { Actor } from '@/lib/permissions';
import { displayName } from '@/lib/heroes/names';
import type { RevisionPerson } from '@/lib/revisions/revisions';
import { diffSnapshots, type SnapshotDiff } from '@/lib/revisions/snapshot';
import { Pager } from '../../../../_components/pager';
import { RestoreForm } from '../../../../_components/restore-form';
import { ModeratorOnly } from '../../../../_components/moderator-only';
import { HideTextForm, UndoHideForm } from '../../../../_components/redaction-forms';
import { textFieldMessageKey } from '@/lib/i18n/record-texts';
import { DiffTable, HiddenTexts, Restore } from './history-parts';

export type HistoryQuery = { from?: string; to?: string; restore?: string; restored?: string; redaction?: string };

type Props = {
  locale: string;
  slug: string;
  page: number;
  query: HistoryQuery;
  /** Whether this reader may restore, or 'moderators' on the cached page, where the browser shows the controls to moderators. */
  canRestore: boolean | 'moderators';
  /**
   * On the page rendered per request: whether this reader may hide texts (a moderator), and the
   * admin who reads hidden texts, marked (the cached page is everyone's, so hides them all).
   */
  redaction?: { canHide: boolean; admin: NonNullable<Actor> | null };
};

export async function HistoryView({ locale, slug, page, query, canRestore, redaction }: Props) {
  const admin = redaction?.admin ?? null;
  const offset = (page - 1) * HISTORY_PAGE_SIZE;
  const [hero, history] = await Promise.all([
    getCachedHeroHeading(slug),
    admin ? listRevisionsWithHiddenText(admin, slug, offset) : getCachedRevisions(slug, offset),
  ]);
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
  const personName = (who: NonNullable<RevisionPerson>) =>
    who === 'removed' ? t('removedAccount') : (who.displayName ?? t('contributorCode', { code: who.code }));
  const asNumber = (value: string | undefined) => (value && /^\d{1,7}$/.test(value) ? Number(value) : null);
  const [a, b] = [asNumber(from), asNumber(to)];
  const pair =
    a !== null && b !== null
      ? await (admin ? getRevisionPairWithHiddenText(admin, slug, a, b) : getCachedRevisionPair(slug, a, b))
      : null;
  const fieldLabel = (field: string) => (field === 'reason' ? t('reasonField') : label(field));
  const when = (date: Date) => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  const hiddenLine = (entry: HiddenText) =>
    admin
      ? `${fieldLabel(entry.field)}: ${t('hiddenMarked', { date: when(entry.hiddenAt), reason: entry.reason })}`
      : t('hiddenText', { field: fieldLabel(entry.field), date: when(entry.hiddenAt), reason: entry.reason });
  const undoForm = (entry: HiddenText & { redactionId?: string }) =>
    entry.redactionId ? (
      <UndoHideForm
        slug={slug}
        locale={locale}
        redactionId={entry.redactionId}
        labels={{ reason: t('undoReason'), button: t('undoButton') }}
      />
    ) : null;
  const revisionChoice = (label: string, name: string, chosen: string) => (
    <label>
      {label}{' '}
      <select name={name} defaultValue={chosen}>
        {numbers.map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
    </label>
  );
  // This page as rendered for a moderator, with the controls the cached page leaves out.
  const controlsLink = (label: string) => (
    <p>
      <Link href={{ pathname: `/heroes/${slug}/history`, query: { page: String(page), controls: '1' } }}>{label}</Link>
    </p>
  );
  return (
    <article>
      <h1>{t('title', { name: displayName(hero, locale) })}</h1>
      <p>
        <Link href={`/heroes/${slug}`}>{t('back')}</Link>
      </p>
      {canRestore === 'moderators' && (
        // Without JavaScript the cached page cannot tell a moderator; this asks for the page rendered for them.
        <noscript>{controlsLink(t('restoreControls'))}</noscript>
      )}
      {canRestore === 'moderators' && <ModeratorOnly>{controlsLink(t('hideControls'))}</ModeratorOnly>}
      <p role="status" className={restored ? 'confirmation' : undefined} data-testid="restore-outcome">
        {restored && /^\d+$/.test(restored) ? t('restoredAs', { number: restored }) : ''}
      </p>
      {(query.redaction === 'hidden' || query.redaction === 'shown') && (
        <p role="status" className="confirmation">
          {t(query.redaction)}
        </p>
      )}
      {newest === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <>
          <form method="get" className="filters">
            {revisionChoice(t('compare'), 'from', from ?? '1')}
            {revisionChoice(t('with'), 'to', to ?? String(newest))}
            <button type="submit">{t('show')}</button>
          </form>
          {pair && (
            <section data-testid="comparison">
              <h2>{t('between', { a: a!, b: b! })}</h2>
              <DiffTable
                diff={diffSnapshots(pair.from, pair.to)}
                label={label}
                labels={diffLabels}
                hidden={admin ? [] : pair.hidden}
              />
              {pair.hidden.length > 0 && (
                <p className={admin ? 'warning' : 'muted'}>
                  {pair.hidden.map(fieldLabel).join(', ')}: {t('hiddenInComparison')}
                </p>
              )}
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
                {revision.reason !== null && <p>{revision.reason}</p>}
                <DiffTable
                  diff={revision.diff as SnapshotDiff}
                  label={label}
                  labels={diffLabels}
                  hidden={admin ? [] : revision.hidden.map((h) => h.field)}
                />
                <HiddenTexts hidden={revision.hidden} admin={admin !== null} text={hiddenLine} undo={undoForm} />
                {redaction?.canHide && (
                  <HideTextForm
                    slug={slug}
                    locale={locale}
                    number={revision.number}
                    fields={['reason', ...Object.keys(revision.diff as SnapshotDiff)]
                      .filter((field) => !revision.hidden.some((h) => h.field === field && !h.previousText))
                      .map((field) => ({ value: field, label: fieldLabel(field) }))}
                    labels={{
                      title: t('hideTitle'),
                      field: t('hideField'),
                      reason: t('hideReason'),
                      button: t('hideButton'),
                    }}
                  />
                )}
                {canRestore && revision.number !== newest && (
                  <Restore when={canRestore}>
                    <RestoreForm
                      slug={slug}
                      locale={locale}
                      number={revision.number}
                      expectedVersion={hero.version}
                      historyPath={`/${locale}/heroes/${slug}/history`}
                      confirming={restore === String(revision.number)}
                      labels={{
                        restore: t('restore', { number: revision.number }),
                        confirm: t('confirmRestore', { number: revision.number }),
                        confirmButton: t('confirmRestoreButton'),
                        cancel: t('cancel'),
                      }}
                    />
                  </Restore>
                )}
              </li>
            ))}
          </ol>
          <Pager
            pages={pages}
            previous={
              page > 1
                ? { pathname: `/heroes/${slug}/history`, query: page > 2 ? { page: String(page - 1) } : {} }
                : null
            }
            next={page < pages ? { pathname: `/heroes/${slug}/history`, query: { page: String(page + 1) } } : null}
            labels={{ previous: tl('previous'), next: tl('next'), page: tl('page', { page, pages }) }}
          />
        </>
      )}
    </article>
  );
}

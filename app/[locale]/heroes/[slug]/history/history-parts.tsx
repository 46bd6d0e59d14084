// The pieces of a history entry: the word-by-word table of what changed, the restore control, and
// the list of texts hidden from the public (history-view.tsx lays them out).
import type { ReactNode } from 'react';
import { getCachedWordDiff } from '@/lib/heroes/cached';
import type { HiddenText } from '@/lib/revisions/redaction';
import type { SnapshotDiff } from '@/lib/revisions/snapshot';
import { WordDiff } from '../../../../_components/word-diff';
import { ModeratorOnly } from '../../../../_components/moderator-only';

export async function DiffTable({
  diff,
  label,
  labels,
  hidden = [],
}: {
  diff: SnapshotDiff;
  label: (field: string) => string;
  labels: { removed: string; added: string; empty: string };
  hidden?: readonly string[];
}) {
  // A hidden text's row is left out: the list of hidden texts beside the table says what was hidden.
  const entries = await Promise.all(
    Object.entries(diff)
      .filter(([field]) => !hidden.includes(field))
      .map(
        async ([field, change]) =>
          [field, change, await getCachedWordDiff(change?.from ?? null, change?.to ?? null)] as const,
      ),
  );
  if (entries.length === 0) return null;
  return (
    <table className="hero-table diff">
      <tbody>
        {entries.map(([field, change, parts]) => (
          <tr key={field}>
            <th scope="row">{label(field)}</th>
            <td>
              <WordDiff from={change?.from ?? null} to={change?.to ?? null} parts={parts} labels={labels} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function Restore({ when, children }: { when: true | 'moderators'; children: ReactNode }) {
  return when === 'moderators' ? <ModeratorOnly>{children}</ModeratorOnly> : children;
}

export function HiddenTexts({
  hidden,
  admin,
  text,
  undo,
}: {
  hidden: readonly HiddenText[];
  admin: boolean;
  text: (entry: HiddenText) => string;
  undo: (entry: HiddenText) => ReactNode;
}) {
  if (hidden.length === 0) return null;
  return (
    <ul className={admin ? 'hidden-texts warning' : 'hidden-texts muted'} data-testid="hidden-texts">
      {hidden.map((entry) => (
        <li key={`${entry.field}:${entry.previousText}`}>
          {text(entry)}
          {admin && undo(entry)}
        </li>
      ))}
    </ul>
  );
}

// One field's change shown inline: removed words struck through, added words marked, the rest
// as it was. Screen readers hear "removed"/"added" before each changed run.
import { wordDiff, type WordChange } from '@/lib/revisions/word-diff';

/** `parts` when they were worked out beforehand (a cached page may not run the diff itself: it reads the clock). */
export function WordDiff(props: {
  from: string | null;
  to: string | null;
  parts?: WordChange[];
  labels: { removed: string; added: string; empty: string };
}) {
  if (!props.from && !props.to) return <span className="muted">{props.labels.empty}</span>;
  return (
    <span className="word-diff" data-testid="word-diff">
      {(props.parts ?? wordDiff(props.from, props.to)).map((part, index) =>
        part.kind === 'same' ? (
          <span key={index}>{part.text}</span>
        ) : part.kind === 'removed' ? (
          <del key={index}>
            <span className="visually-hidden">[{props.labels.removed}: </span>
            {part.text}
            <span className="visually-hidden">]</span>
          </del>
        ) : (
          <ins key={index}>
            <span className="visually-hidden">[{props.labels.added}: </span>
            {part.text}
            <span className="visually-hidden">]</span>
          </ins>
        ),
      )}
    </span>
  );
}

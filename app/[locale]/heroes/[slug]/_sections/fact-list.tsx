// A section of facts: a heading and the known facts as a list of terms, or nothing at all when
// none is known and there is nothing else to show (the unknown ones are in "Not yet known").
import { Fragment, type ReactNode } from 'react';

export type FactRow = { key: string; label: string; value: ReactNode };

/** How each fact of a section is labelled and drawn; a value is drawn only when the fact is shown. */
export type FactRows<Key extends string> = Record<Key, { label: string; value: () => ReactNode }>;

/** The facts profileFacts shows, in its order: only those reach here, so each value exists. */
export function shownRows<Key extends string>(shown: readonly Key[], rows: FactRows<Key>): FactRow[] {
  return shown.map((key) => ({ key, label: rows[key].label, value: rows[key].value() }));
}

export function FactSection({
  id,
  heading,
  rows,
  extra,
}: {
  id: string;
  heading: string;
  rows: FactRow[];
  extra?: ReactNode;
}) {
  if (rows.length === 0 && !extra) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {rows.length > 0 && (
        <dl className="facts">
          {rows.map((row) => (
            <Fragment key={row.key}>
              <dt>{row.label}</dt>
              <dd data-fact={row.key}>{row.value}</dd>
            </Fragment>
          ))}
        </dl>
      )}
      {extra}
    </section>
  );
}

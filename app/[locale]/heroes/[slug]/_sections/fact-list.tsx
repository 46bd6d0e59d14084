// A section of facts: a heading and the known facts as a list of terms, or nothing at all when
// none is known and there is nothing else to show (the unknown ones are in "Not yet known").
import { Fragment, type ReactNode } from 'react';

export type FactRow = { key: string; label: string; value: ReactNode };

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

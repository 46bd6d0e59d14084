// One row of a numbered list of places beside a map (a profile's places, a unit's path): the
// number or letter its marker carries on the map, left out of what a screen reader says (the list
// is the content, the map only repeats it), and what the row says of the place.
import type { ReactNode } from 'react';

export function StopRow({
  marker,
  located,
  approximate = false,
  children,
}: {
  marker: ReactNode;
  located: boolean;
  approximate?: boolean;
  children: ReactNode;
}) {
  return (
    <li className="place-stop" data-located={located ? 'yes' : 'no'}>
      <span
        className={`place-number${located ? '' : ' place-number-none'}${approximate ? ' place-number-approx' : ''}`}
        aria-hidden="true"
      >
        {marker}
      </span>
      <div className="place-body">{children}</div>
    </li>
  );
}

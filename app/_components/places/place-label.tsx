// A place's name as lib/places/labels.ts chose it, marked with the language it is in; and a
// source of a name or a point, as a link where it has an address.
import type { PlaceLabel } from '@/lib/places/labels';
import type { PlaceSourceRef } from '@/lib/places/queries';

export function Label({ label }: { label: PlaceLabel }) {
  return <span lang={label.lang}>{label.value}</span>;
}

export function SourceRef({ source }: { source: PlaceSourceRef }) {
  const title = source.title ?? source.url ?? source.publisher ?? '';
  const rest = [source.title ? source.publisher : null, source.year].filter(Boolean).join(', ');
  return (
    <>
      {source.url ? <a href={source.url}>{title}</a> : title}
      {rest && <>, {rest}</>}
    </>
  );
}

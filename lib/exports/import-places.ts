// A row's links to the gazetteer (call-up place, the feat's place, first burial): each names a
// place the archive holds, by id or by any of its names; a place it does not hold, or a name two
// places share, refuses the row (lib/exports/import.ts, pass 1). Nothing here writes a place.
import type { Prisma } from '../generated/prisma/client';
import { placeRefKey, resolvePlaceRefs, type PlaceRef, type PlaceResolution } from '../places/resolve';
import type { ImportFormat, RowError } from './import-formats';
import { rowError } from './import-errors';
import type { ImportItem } from './import-match';
import type { ExportHero } from './schemas';

type Tx = Prisma.TransactionClient;

/** The record's field of each link, and the CSV column that gives it. */
const LINKS = [
  ['callUpPlace', 'call_up_place'],
  ['featPlaceRef', 'feat_place'],
  ['firstBurialPlace', 'first_burial_place'],
] as const;
export type PlaceLink = (typeof LINKS)[number][0];

const refOf = (place: ExportHero[PlaceLink]): PlaceRef | null =>
  place ? { name: place.name, nameToday: place.nameToday } : null;

/** Resolved references, kept for the whole import: the gazetteer does not change during it. */
export type PlaceLinks = Map<string, PlaceResolution>;

/** Resolves the links of a batch of rows into `links`; returns the rows' refusals. */
export async function checkPlaceLinks(
  tx: Tx,
  items: ImportItem[],
  format: ImportFormat,
  links: PlaceLinks,
): Promise<RowError[]> {
  const refs = items.flatMap(({ hero }) =>
    LINKS.map(([field]) => refOf(hero[field])).filter((ref): ref is PlaceRef => ref !== null),
  );
  const missing = refs.filter((ref) => !links.has(placeRefKey(ref)));
  for (const [key, resolution] of await resolvePlaceRefs(tx, missing)) links.set(key, resolution);
  return items.flatMap(({ line, hero }) =>
    LINKS.flatMap(([field, column]) => {
      const ref = refOf(hero[field]);
      const resolution = ref && links.get(placeRefKey(ref));
      if (!ref || !resolution || 'placeId' in resolution) return [];
      const where = format === 'csv' ? column : `${field}.name`;
      return [
        'ambiguous' in resolution
          ? rowError(line, where, 'importAmbiguousPlace', { place: ref.name, count: resolution.ambiguous })
          : rowError(line, where, 'importUnknownPlace', { place: ref.name }),
      ];
    }),
  );
}

/** The place a checked row links to, and its wording then and today for its search terms. */
export function linkedPlace(
  links: PlaceLinks,
  place: ExportHero[PlaceLink],
): { placeId: string; name: string; nameToday: string | null } | null {
  const ref = refOf(place);
  const resolution = ref && links.get(placeRefKey(ref));
  return resolution && 'placeId' in resolution ? resolution : null;
}

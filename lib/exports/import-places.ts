// A row's links to the gazetteer (call-up place, the feat's place, first burial): each names a
// place the archive holds, by id or by any of its names; a place it does not hold, or a name two
// places share, refuses the row (lib/exports/import.ts, pass 1). Nothing here writes a place.
// For a record the archive already holds, the row's places (its birth, death and resting place
// too) are what its links become (placeChangeOf).
import type { Prisma } from '../generated/prisma/client';
import { FACT_COLUMNS, type HeroPlaceChange, type PlaceFact } from '../places/hero-links';
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

const refOf = (place: { name: string; nameToday: string | null } | null): PlaceRef | null =>
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

/** The facts whose place a new record takes by its wording (import-insert.ts) and a record the archive holds only from the gazetteer. */
const WORDED = ['birthPlace', 'deathPlace', 'burialPlace'] as const;

/**
 * Finds in the gazetteer the birth, death and resting places of rows that name a record the
 * archive holds: its links are moved only to places the gazetteer holds, never to one made from a
 * row, and a wording the gazetteer does not hold, or holds twice, leaves the link as it is.
 */
export async function resolveRecordPlaces(tx: Tx, heroes: ExportHero[], links: PlaceLinks): Promise<void> {
  const refs = heroes.flatMap((hero) => WORDED.map((fact) => refOf(hero[fact])).filter((ref) => ref !== null));
  const missing = refs.filter((ref) => !links.has(placeRefKey(ref)));
  for (const [key, resolution] of await resolvePlaceRefs(tx, missing)) links.set(key, resolution);
}

type RecordLinks = Record<(typeof FACT_COLUMNS)[PlaceFact], string | null> & { callUpCommissariat: string | null };

/**
 * What a row changes in the links of a record the archive holds: each place it names that the
 * record does not, and a commissariat it gives that differs. An empty cell changes nothing.
 */
export function placeChangeOf(hero: ExportHero, links: PlaceLinks, now: RecordLinks): HeroPlaceChange {
  const places: HeroPlaceChange['places'] = {};
  for (const fact of Object.keys(FACT_COLUMNS) as PlaceFact[]) {
    const ref = refOf(hero[fact]);
    const resolution = ref && links.get(placeRefKey(ref));
    if (resolution && 'placeId' in resolution && resolution.placeId !== now[FACT_COLUMNS[fact]])
      places[fact] = resolution.placeId;
  }
  const commissariat = hero.callUpCommissariat;
  return commissariat && commissariat !== now.callUpCommissariat ? { places, commissariat } : { places };
}

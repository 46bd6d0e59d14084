// Which place of the gazetteer a text names, for a writer that links a fact to a place (the
// import): by the place's id, by its wording then and today, or by any of its names through time
// in any script (PlaceName, folded as search folds it). It only finds: a text naming no place, or
// more than one, is for the caller to refuse; no place is ever made from it.
import type { Prisma } from '../generated/prisma/client';
import { foldName } from '../search/normalize';

type Tx = Prisma.TransactionClient;

/** A place as a row names it: its id, or its wording (and, from the archive's own export, today's). */
export type PlaceRef = { id?: string | null; name: string; nameToday?: string | null };

export type PlaceResolution =
  { placeId: string; name: string; nameToday: string | null } | { unknown: true } | { ambiguous: number };

export const placeRefKey = (ref: PlaceRef) => JSON.stringify([ref.id ?? null, ref.name, ref.nameToday ?? null]);

/** Resolves many references at once (a batch of rows): a few queries, whatever the count. */
export async function resolvePlaceRefs(tx: Tx, refs: PlaceRef[]): Promise<Map<string, PlaceResolution>> {
  const unique = [...new Map(refs.map((ref) => [placeRefKey(ref), ref])).values()];
  const result = new Map<string, PlaceResolution>();
  if (unique.length === 0) return result;
  const texts = [...new Set(unique.flatMap((ref) => [ref.name.trim(), ...(ref.id ? [ref.id] : [])]))];
  const folded = [...new Set(unique.map((ref) => foldName(ref.name)).filter((f) => f.length > 0))];
  const select = { id: true, name: true, nameToday: true } as const;
  const [places, names] = await Promise.all([
    tx.place.findMany({
      where: { OR: [{ id: { in: texts } }, { name: { in: texts } }, { nameToday: { in: texts } }] },
      select,
    }),
    tx.placeName.findMany({ where: { normalized: { in: folded } }, select: { normalized: true, place: { select } } }),
  ]);
  const byId = new Map(places.map((p) => [p.id, p]));
  for (const ref of unique) {
    const text = ref.name.trim();
    const found = (ref.id && byId.get(ref.id)) || byId.get(text);
    const wording = places.filter((p) => p.name === text);
    const exact = wording.filter((p) => ref.nameToday !== undefined && p.nameToday === (ref.nameToday ?? null));
    const candidates = found
      ? [found]
      : exact.length === 1
        ? exact
        : wording.length === 1
          ? wording
          : [
              ...new Map(
                [
                  ...wording,
                  ...places.filter((p) => p.nameToday === text),
                  ...names.filter((n) => n.normalized === foldName(text)).map((n) => n.place),
                ].map((p) => [p.id, p]),
              ).values(),
            ];
    const [one] = candidates;
    result.set(
      placeRefKey(ref),
      candidates.length === 1 && one
        ? { placeId: one.id, name: one.name, nameToday: one.nameToday }
        : candidates.length === 0
          ? { unknown: true }
          : { ambiguous: candidates.length },
    );
  }
  return result;
}

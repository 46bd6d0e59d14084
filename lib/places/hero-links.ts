// A Hero's links to the gazetteer: where he was born, called up (with the commissariat as the
// source words it), performed his feat, died, was first buried and rests now. One writer for the
// columns, used by an approved proposal (lib/submissions/kinds/hero-place.ts) and by the import
// (lib/exports/import-apply.ts), which is why it takes the transaction and imports no client.
import type { Prisma } from '../generated/prisma/client';
import { CACHE_TAGS, invalidateTags } from '../cache';

type Tx = Prisma.TransactionClient;

// The relation of each fact, as the profile, the export and a place's coordinate proposal name it,
// and the column it is stored in.
export const FACT_COLUMNS = {
  birthPlace: 'birthPlaceId',
  callUpPlace: 'callUpPlaceId',
  featPlaceRef: 'featPlaceId',
  deathPlace: 'deathPlaceId',
  firstBurialPlace: 'firstBurialPlaceId',
  burialPlace: 'burialPlaceId',
} as const;
export type PlaceFact = keyof typeof FACT_COLUMNS;
export const PLACE_COLUMNS_SELECT = {
  birthPlaceId: true,
  callUpPlaceId: true,
  featPlaceId: true,
  deathPlaceId: true,
  firstBurialPlaceId: true,
  burialPlaceId: true,
  callUpCommissariat: true,
} as const;

/** The place as the archive names it, for the moderator and the history: its wording then and, where known, today. */
export async function placeAsNamed(client: Pick<Tx, 'place'>, placeId: string): Promise<string> {
  const place = await client.place.findUnique({ where: { id: placeId }, select: { name: true, nameToday: true } });
  if (!place) return placeId;
  return place.nameToday ? `${place.name} (${place.nameToday})` : place.name;
}

export type HeroPlaceChange = { places: Partial<Record<PlaceFact, string>>; commissariat?: string | null };

/**
 * The one writer of a Hero's links to the gazetteer (an approved proposal, the import): points his
 * facts at these places and sets the commissariat, at the version read or not at all (null), and
 * expires the pages of the places he leaves and joins (his profile is the caller's). Returns the
 * revision's lines, the places as the archive names them.
 */
export async function writeHeroPlaces(
  tx: Tx,
  heroId: string,
  expectedVersion: number,
  change: HeroPlaceChange,
): Promise<Record<string, { from: string | null; to: string | null }> | null> {
  const facts = Object.keys(change.places) as PlaceFact[];
  const before = await tx.hero.findUniqueOrThrow({ where: { id: heroId }, select: PLACE_COLUMNS_SELECT });
  const updated = await tx.hero.updateMany({
    where: { id: heroId, version: expectedVersion },
    data: {
      ...Object.fromEntries(facts.map((fact) => [FACT_COLUMNS[fact], change.places[fact]])),
      ...(change.commissariat !== undefined ? { callUpCommissariat: change.commissariat } : {}),
      version: { increment: 1 },
      editedAt: new Date(),
    },
  });
  if (updated.count !== 1) return null;
  const left = facts.map((fact) => before[FACT_COLUMNS[fact]]).filter((id): id is string => id !== null);
  // Both place pages list the Heroes tied to them.
  await invalidateTags(tx, [
    ...facts.map((fact) => CACHE_TAGS.place(change.places[fact]!)),
    ...left.map((id) => CACHE_TAGS.place(id)),
    CACHE_TAGS.places,
  ]);
  const named = async (id: string | null) => (id ? placeAsNamed(tx, id) : null);
  const diff: Record<string, { from: string | null; to: string | null }> = {};
  for (const fact of facts) {
    const from = before[FACT_COLUMNS[fact]];
    if (from !== change.places[fact]) diff[fact] = { from: await named(from), to: await named(change.places[fact]!) };
  }
  if (change.commissariat !== undefined && change.commissariat !== before.callUpCommissariat)
    diff.callUpCommissariat = { from: before.callUpCommissariat, to: change.commissariat };
  return diff;
}

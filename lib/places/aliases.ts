// The texts a Hero is searched by for his places: every name of each place he is tied to, and of
// its district and region. Written by the search index (lib/search/indexing.ts) and the import,
// both inside their own transactions: takes the client, imports none.
import type { PlaceKind, Prisma } from '../generated/prisma/client';
import { foldName } from '../search/normalize';

type Tx = Prisma.TransactionClient;

// Names worth expanding a free text by: a country's or a republic's would tie every record to it.
const ALIAS_KINDS: PlaceKind[] = ['SETTLEMENT', 'DISTRICT', 'REGION'];
// A folded name shorter than this ("ob") matches inside unrelated texts.
const MIN_ALIAS = 4;

/**
 * Reads the gazetteer's names once and returns a function giving, for a free text ("kishlak
 * Kistakuz", "Stalinabad"), every other name of the places it names: what the constant did.
 */
export async function loadPlaceAliases(tx: Tx): Promise<(text: string) => string[]> {
  const rows = await tx.placeName.findMany({
    where: { place: { kind: { in: ALIAS_KINDS } } },
    select: { placeId: true, value: true, normalized: true },
  });
  const groups = new Map<string, { values: string[]; keys: string[] }>();
  for (const row of rows) {
    const group = groups.get(row.placeId) ?? { values: [], keys: [] };
    group.values.push(row.value);
    if (row.normalized.length >= MIN_ALIAS) group.keys.push(` ${row.normalized} `);
    groups.set(row.placeId, group);
  }
  const list = [...groups.values()];
  return (text: string) => {
    const folded = ` ${foldName(text)} `;
    const found = new Set<string>();
    for (const group of list)
      if (group.keys.some((key) => folded.includes(key))) for (const value of group.values) found.add(value);
    return [...found];
  };
}

/** The texts a Hero's places are searched by: their wording, their names, their district's and region's names. */
export async function heroPlaceTexts(tx: Tx, heroId: string): Promise<string[]> {
  const select = { id: true, name: true, nameToday: true, parentId: true } as const;
  const hero = await tx.hero.findUniqueOrThrow({
    where: { id: heroId },
    select: {
      birthPlace: { select },
      callUpPlace: { select },
      featPlaceRef: { select },
      deathPlace: { select },
      firstBurialPlace: { select },
      burialPlace: { select },
    },
  });
  const places = [
    hero.birthPlace,
    hero.callUpPlace,
    hero.featPlaceRef,
    hero.deathPlace,
    hero.firstBurialPlace,
    hero.burialPlace,
  ].filter((p): p is NonNullable<typeof p> => Boolean(p));
  const texts = places.flatMap((p) => [p.name, p.nameToday].filter((v): v is string => Boolean(v)));
  const ids = new Set(places.map((p) => p.id));
  // Up the war-time hierarchy as far as the region: a village's district and region find him too.
  let frontier = places.map((p) => p.parentId).filter((id): id is string => Boolean(id));
  for (let depth = 0; depth < 4 && frontier.length > 0; depth++) {
    const parents = await tx.place.findMany({
      where: { id: { in: frontier }, kind: { in: ALIAS_KINDS } },
      select: { id: true, parentId: true },
    });
    frontier = [];
    for (const p of parents) {
      if (ids.has(p.id)) continue;
      ids.add(p.id);
      if (p.parentId) frontier.push(p.parentId);
    }
  }
  const names = await tx.placeName.findMany({ where: { placeId: { in: [...ids] } }, select: { value: true } });
  return [...new Set([...texts, ...names.map((n) => n.value)])];
}

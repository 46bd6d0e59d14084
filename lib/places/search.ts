// Places by any of their names, in any script: the gazetteer's PlaceName rows replace the list of
// aliases that search once kept in code. A Hero is indexed under every name of his places (and
// of the districts and regions they lay in), so "Сталинабад", "Stalinabad" and "Dushanbe" find him.
import { db } from '../db';
import { Prisma, type PlaceKind } from '../generated/prisma/client';
import { foldName } from '../search/normalize';

type Tx = Prisma.TransactionClient;

export type PlaceMatch = {
  id: string;
  name: string;
  nameToday: string | null;
  kind: PlaceKind | null;
  matched: string;
  heroes: number;
};

/**
 * Places whose name matches the query in any script (exact or prefix on the folded form, else
 * near by trigram), with how many published Heroes are tied to each; best first.
 */
export async function searchPlaces(query: string, limit = 10, tx: Tx = db): Promise<PlaceMatch[]> {
  const q = foldName(query);
  if (q.length < 2) return [];
  return tx.$queryRaw<PlaceMatch[]>(Prisma.sql`
    WITH hit AS (
      SELECT DISTINCT ON (n."placeId") n."placeId", n.value,
             CASE WHEN n.normalized = ${q} THEN 1 WHEN n.normalized LIKE ${q} || '%' THEN 0.8 ELSE similarity(n.normalized, ${q}) * 0.7 END AS score
        FROM "PlaceName" n
       WHERE n.normalized = ${q} OR n.normalized LIKE ${q} || '%' OR n.normalized % ${q}
       ORDER BY n."placeId", score DESC
    )
    SELECT p.id, p.name, p."nameToday", p.kind, hit.value AS matched,
           (SELECT count(*)::int FROM "Hero" h WHERE h.published AND p.id IN (h."birthPlaceId", h."callUpPlaceId", h."featPlaceId", h."deathPlaceId", h."firstBurialPlaceId", h."burialPlaceId")) AS heroes
      FROM hit JOIN "Place" p ON p.id = hit."placeId"
     ORDER BY hit.score DESC, heroes DESC, p.name
     LIMIT ${limit}`);
}

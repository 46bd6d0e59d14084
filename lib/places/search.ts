// Places by any of their names, in any script: the gazetteer's PlaceName rows replace the list of
// aliases that search once kept in code. A Hero is indexed under every name of his places (and
// of the districts and regions they lay in), so "Сталинабад", "Stalinabad" and "Dushanbe" find him.
import { db } from '../db';
import { Prisma, type PlaceKind } from '../generated/prisma/client';
import type { Locale } from '../i18n/locale';
import { readTranslations } from '../i18n/record-texts';
import { TextBook } from '../i18n/texts';
import { foldName } from '../search/normalize';
import { nameNow, nameThen } from './labels';
import { sortNames } from './queries';

type Tx = Prisma.TransactionClient;

export type PlaceMatch = {
  id: string;
  name: string;
  nameToday: string | null;
  kind: PlaceKind | null;
  matched: string;
  matchedLanguage: string;
  /** 1 for a name equal to the query, 0.8 for one it begins, less for a near one. */
  score: number;
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
      SELECT DISTINCT ON (n."placeId") n."placeId", n.value, n.language,
             CASE WHEN n.normalized = ${q} THEN 1 WHEN n.normalized LIKE ${q} || '%' THEN 0.8 ELSE similarity(n.normalized, ${q}) * 0.7 END AS score
        FROM "PlaceName" n
       WHERE n.normalized = ${q} OR n.normalized LIKE ${q} || '%' OR n.normalized % ${q}
       ORDER BY n."placeId", score DESC, starts_with(lower(n.value), lower(${query.trim()})) DESC
    )
    SELECT p.id, p.name, p."nameToday", p.kind, hit.value AS matched, hit.language AS "matchedLanguage", hit.score::float8 AS score,
           (SELECT count(*)::int FROM "Hero" h WHERE h.published AND p.id IN (h."birthPlaceId", h."callUpPlaceId", h."featPlaceId", h."deathPlaceId", h."firstBurialPlaceId", h."burialPlaceId")) AS heroes
      FROM hit JOIN "Place" p ON p.id = hit."placeId"
     ORDER BY hit.score DESC, heroes DESC, p.name
     LIMIT ${limit}`);
}

/** A place as the site's search shows it: named in the reader's language, with the name it was found by. */
export type PlaceSearchResult = {
  id: string;
  kind: PlaceKind | null;
  /** Its name in the war years, and today; each with the language it is written in. */
  name: string;
  nameLang: Locale;
  today: string | null;
  todayLang: Locale | null;
  /** The name the query matched, when it is neither of those ("Сталинобод" for a Russian reader). */
  matched: string | null;
  matchedLang: string | null;
  heroes: number;
};

/**
 * The places a search names by any of their names (equal, or begun by a query of three letters or
 * more; never a near name, which a surname would meet by chance), best first, for the search page
 * and GET /api/search.
 */
export async function searchPlacesForReader(
  query: string,
  locale: Locale,
  tx: Tx = db,
  limit = 5,
): Promise<PlaceSearchResult[]> {
  const folded = foldName(query);
  const matches = (await searchPlaces(query, limit, tx)).filter(
    (m) => m.score >= 1 || (m.score >= 0.8 && folded.length >= 3),
  );
  if (matches.length === 0) return [];
  const ids = matches.map((m) => m.id);
  const [names, texts] = await Promise.all([
    tx.placeName.findMany({
      where: { placeId: { in: ids } },
      select: { placeId: true, value: true, language: true, kind: true, validFrom: true, validTo: true },
    }),
    readTranslations(
      tx,
      ids.map((entityId) => ({ entity: 'Place', entityId })),
    ),
  ]);
  const book = new TextBook(texts);
  return matches.map((m) => {
    const place = {
      id: m.id,
      name: m.name,
      nameToday: m.nameToday,
      names: sortNames(
        names.filter((n) => n.placeId === m.id).map(({ placeId: _id, ...n }) => ({ ...n, source: null })),
      ),
    };
    const then = nameThen(place, locale, book);
    const now = nameNow(place, locale, book);
    const shown = m.matched === then.value || m.matched === now?.value;
    return {
      id: m.id,
      kind: m.kind,
      name: then.value,
      nameLang: then.lang,
      today: now && now.value !== then.value ? now.value : null,
      todayLang: now && now.value !== then.value ? now.lang : null,
      matched: shown ? null : m.matched,
      matchedLang: shown ? null : m.matchedLanguage,
      heroes: m.heroes,
    };
  });
}

// Name search on PostgreSQL alone. Each query word is folded like the index (normalize.ts), then:
//  1. candidate words come from SearchLexeme, the distinct folded words: exact, prefix, and the
//     nearest by trigram distance (GiST index), a bounded number per query word;
//  2. heroes come from SearchTerm by those exact words (B-tree), so the work follows the number
//     of matching words and heroes, not the size of the archive;
//  3. each hero scores per query word: exact 1, prefix 0.8, fuzzy below 0.7 by similarity; the
//     score is the mean over the words, so a hero matching every word outranks a partial match.
// This module takes the client as an argument so that scripts and benchmarks can call it.
import { Prisma, type PrismaClient } from '../generated/prisma/client';
import { foldName } from './normalize';
import { MAX_QUERY_WORDS, hasFilters, type SearchQuery } from './schemas';
import { EXTERNAL_ID_COLUMNS, parseExternalIdQuery } from '../exports/external-ids';

const CANDIDATE_WORDS = 12; // nearest lexemes per query word
const CANDIDATE_HEROES = 500; // heroes scored in full, after the cheap first pass

// Unit words as Russian speakers type them, folded, mapped to the English unit names the archive holds.
const UNIT_SYNONYMS: Record<string, string> = Object.fromEntries(
  [
    ['полк', 'regiment'],
    ['дивизия', 'division'],
    ['армия', 'army'],
    ['фронт', 'front'],
    ['батальон', 'battalion'],
    ['корпус', 'corps'],
    ['стрелковый', 'rifle'],
    ['стрелковая', 'rifle'],
    ['кавалерийский', 'cavalry'],
    ['кавалерийская', 'cavalry'],
    ['гвардейский', 'guards'],
    ['гвардейская', 'guards'],
    ['танковый', 'tank'],
    ['дивизион', 'battalion'],
  ].map(([ru, en]) => [foldName(ru!), foldName(en!)]),
);

export type QueryWord = { original: string; token: string };

/** Splits a query into folded words and initials; "Mirzoev T." -> words [mirzov], initials [t]. */
export function parseQuery(q: string): { words: QueryWord[]; initials: string[] } {
  const words: QueryWord[] = [];
  const initials: string[] = [];
  for (const original of q.split(/\s+/).filter(Boolean)) {
    // "В.Недошивин" and "T.Mirzoev" are one typed word holding an initial and a surname.
    for (const part of original.split(/(?<=^\p{L}{1,2}\.)/u)) {
      const folded = foldName(part);
      if (!folded) continue;
      for (const token of folded.split(' ')) {
        if (/^\p{L}{1,2}\.$/u.test(part.trim()) || (token.length === 1 && /[a-z]/.test(token)))
          initials.push(token.slice(0, 1));
        else words.push({ original: part.replace(/[.,;:]+$/, ''), token: UNIT_SYNONYMS[token] ?? token });
      }
    }
  }
  return { words: words.slice(0, MAX_QUERY_WORDS), initials: initials.slice(0, 3) };
}

export type SearchHit = {
  heroId: string;
  score: number;
  /** exact: the same word; spelling: the same word in another script or transliteration. */
  matched: { query: string; term: string; kind: string; how: 'exact' | 'spelling' | 'prefix' | 'fuzzy' | 'initial' }[];
};

type Row = {
  heroId: string;
  score: number;
  matched: SearchHit['matched'] | null;
  initialMatched: boolean;
  total: bigint;
};

function filterSql(query: SearchQuery): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`h.published`];
  const like = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  if (query.group) parts.push(Prisma.sql`h."group"::text = ${query.group}`);
  if (query.region) {
    parts.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "Place" p WHERE p.id = h."birthPlaceId" AND (p.name ILIKE ${like(query.region)} OR p."nameToday" ILIKE ${like(query.region)}))`,
    );
  }
  if (query.unit) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "Service" s JOIN "Unit" u ON u.id = s."unitId" LEFT JOIN "Unit" pu ON pu.id = u."parentId"
      WHERE s."heroId" = h.id AND (u.slug = ${query.unit} OR pu.slug = ${query.unit} OR u.name ILIKE ${like(query.unit)}))`);
  }
  if (query.battle) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "BattleParticipation" bp JOIN "Battle" b ON b.id = bp."battleId"
      WHERE bp."heroId" = h.id AND (b.slug = ${query.battle} OR b.name ILIKE ${like(query.battle)}))`);
  }
  if (query.decreeFrom || query.decreeTo || query.posthumous) {
    const from = query.decreeFrom ?? 1934;
    const to = query.decreeTo ?? 1991;
    const decree =
      query.decreeFrom || query.decreeTo
        ? Prisma.sql`AND a."decreeDate" >= make_date(${from}::int, 1, 1) AND a."decreeDate" < make_date(${to}::int + 1, 1, 1)`
        : Prisma.empty;
    const posthumous = query.posthumous ? Prisma.sql`AND a.posthumous = ${query.posthumous === 'yes'}` : Prisma.empty;
    parts.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "Award" a WHERE a."heroId" = h.id AND a.kind = 'HERO_OF_THE_SOVIET_UNION' ${decree} ${posthumous})`,
    );
  }
  return Prisma.join(parts, ' AND ');
}

/** A query that is an id in another archive ("Q12345", a warheroes.ru address) finds that Hero. */
async function searchByExternalId(client: PrismaClient, query: SearchQuery, filters: Prisma.Sql): Promise<SearchHit[]> {
  const candidates = parseExternalIdQuery(query.q);
  if (candidates.length === 0) return [];
  const byId = Prisma.join(
    candidates.map((c) => Prisma.sql`h.${Prisma.raw(`"${EXTERNAL_ID_COLUMNS[c.kind]}"`)} = ${c.id}`),
    ' OR ',
  );
  const rows = await client.$queryRaw<{ heroId: string; id: string }[]>`
    SELECT h.id AS "heroId", coalesce(h."wikidataId", h."warheroesId", h."pamyatNarodaId", h."podvigNarodaId") AS id
    FROM "Hero" h WHERE (${byId}) AND ${filters} ORDER BY h.slug LIMIT ${query.limit}`;
  return rows.map((row) => ({
    heroId: row.heroId,
    score: 1,
    matched: [{ query: query.q.trim(), term: candidates[0]!.id, kind: 'ID', how: 'exact' as const }],
  }));
}

export async function runSearch(
  client: PrismaClient,
  query: SearchQuery,
): Promise<{ hits: SearchHit[]; total: number }> {
  const { words, initials } = parseQuery(query.q);
  const filters = filterSql(query);
  const byExternalId = await searchByExternalId(client, query, filters);
  if (byExternalId.length > 0) return { hits: byExternalId, total: byExternalId.length };

  if (words.length === 0) {
    if (!hasFilters(query) && initials.length === 0) return { hits: [], total: 0 };
    // Filters alone (or only initials): the matching heroes by name.
    const rows = await client.$queryRaw<{ heroId: string; total: bigint }[]>`
      SELECT h.id AS "heroId", count(*) OVER () AS total FROM "Hero" h
      WHERE ${filters} ${initials.length ? Prisma.sql`AND EXISTS (SELECT 1 FROM "SearchTerm" g WHERE g."heroId" = h.id AND g.kind = 'GIVEN' AND left(g.normalized, 1) = ANY(${initials}))` : Prisma.empty}
      ORDER BY h."surnameEn", h."givenEn" NULLS FIRST LIMIT ${query.limit}`;
    return { hits: rows.map((r) => ({ heroId: r.heroId, score: 0, matched: [] })), total: Number(rows[0]?.total ?? 0) };
  }

  const tokens = words.map((w) => w.token);
  const originals = words.map((w) => w.original);
  const rows = await client.$queryRaw<Row[]>`
      WITH q AS (
        SELECT tok, orig, ord::int AS ord FROM unnest(${tokens}::text[], ${originals}::text[]) WITH ORDINALITY AS x(tok, orig, ord)
      ),
      lex AS (
        SELECT q.ord, q.orig, c.normalized,
          CASE WHEN c.normalized = q.tok THEN 1.0
               WHEN length(q.tok) >= 3 AND c.normalized LIKE q.tok || '%' THEN 0.8 + 0.1 * similarity(c.normalized, q.tok)
               ELSE 0.7 * similarity(c.normalized, q.tok) END AS score,
          CASE WHEN c.normalized = q.tok THEN 'exact' WHEN length(q.tok) >= 3 AND c.normalized LIKE q.tok || '%' THEN 'prefix' ELSE 'fuzzy' END AS how
        FROM q CROSS JOIN LATERAL (
          (SELECT l.normalized FROM "SearchLexeme" l WHERE l.normalized = q.tok)
          UNION
          (SELECT l.normalized FROM "SearchLexeme" l WHERE length(q.tok) >= 3 AND l.normalized LIKE q.tok || '%' ORDER BY length(l.normalized) LIMIT ${CANDIDATE_WORDS})
          UNION
          (SELECT l.normalized FROM "SearchLexeme" l ORDER BY l.normalized <-> q.tok LIMIT ${CANDIDATE_WORDS})
        ) c
        -- Nearest is not near enough below this similarity (two letters off in a long name pass).
        WHERE c.normalized = q.tok OR c.normalized LIKE q.tok || '%' OR similarity(c.normalized, q.tok) >= 0.25
      ),
      -- Best score of each hero for each query word: a hash aggregate, no sort, so a common
      -- word (a frequent given name) costs a scan of its heroes and little more.
      per_word AS (
        SELECT t."heroId", lex.ord, max(lex.score * CASE WHEN t.kind = 'NAME' THEN 1.0 ELSE 0.9 END) AS score
        FROM lex JOIN "SearchTerm" t ON t.normalized = lex.normalized AND t.kind <> 'GIVEN'
        GROUP BY t."heroId", lex.ord
      ),
      per_hero AS (
        SELECT "heroId", sum(score) / ${tokens.length}::float AS score
        FROM per_word GROUP BY "heroId"
        ORDER BY score DESC LIMIT ${CANDIDATE_HEROES}
      ),
      scored AS (
        SELECT p."heroId", p.score,
          ${initials.length}::int > 0 AND EXISTS (SELECT 1 FROM "SearchTerm" g WHERE g."heroId" = p."heroId" AND g.kind = 'GIVEN'
            AND left(g.normalized, 1) = ANY(${initials}::text[])) AS "initialMatched"
        FROM per_hero p JOIN "Hero" h ON h.id = p."heroId"
        WHERE ${filters}
      ),
      top AS (
        SELECT "heroId", (score + CASE WHEN ${initials.length}::int = 0 THEN 0 WHEN "initialMatched" THEN 0.25 ELSE -0.1 END)::float AS score,
          "initialMatched", count(*) OVER () AS total
        FROM scored ORDER BY score DESC, "heroId" LIMIT ${query.limit}
      )
      -- Why each shown result matched: only for the few heroes shown.
      SELECT top.*, (
        SELECT jsonb_agg(jsonb_build_object('query', w.orig, 'term', w.value, 'kind', w.kind, 'how', w.how) ORDER BY w.ord)
        FROM (
          SELECT DISTINCT ON (lex.ord) lex.ord, lex.orig, t.value, t.kind::text AS kind, lex.how
          FROM lex JOIN "SearchTerm" t ON t."heroId" = top."heroId" AND t.normalized = lex.normalized AND t.kind <> 'GIVEN'
          -- On a tie, show the form written in the same script as the query ("Hakimov" -> Khakimov).
          ORDER BY lex.ord, lex.score * CASE WHEN t.kind = 'NAME' THEN 1.0 ELSE 0.9 END DESC,
            (t.value ~ '[A-Za-z]') = (lex.orig ~ '[A-Za-z]') DESC, t.value
        ) w
      ) AS matched
      FROM top
      ORDER BY top.score DESC, top."heroId"`;
  return {
    hits: rows.map((row) => ({
      heroId: row.heroId,
      score: Math.round(row.score * 1000) / 1000,
      matched: [
        ...(row.matched ?? []).map((m) =>
          m.how === 'exact' && m.query.toLowerCase() !== m.term.toLowerCase() ? { ...m, how: 'spelling' as const } : m,
        ),
        ...(row.initialMatched
          ? [{ query: `${initials.join('. ').toUpperCase()}.`, term: '', kind: 'GIVEN', how: 'initial' as const }]
          : []),
      ],
    })),
    total: Number(rows[0]?.total ?? 0),
  };
}

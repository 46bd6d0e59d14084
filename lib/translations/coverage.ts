// How far each language has come: of every text the published records show, how many are the
// source's own wording, reviewed, drafts, or missing. One SQL statement, so the help page does not
// load every Hero's record to count: at 12,800 Heroes that is tens of thousands of texts.
//
// The statement reads the columns TEXT_FIELDS names (the list recordTexts reads, so the two cannot
// drift) and decides each text as TextBook.value (lib/i18n/texts.ts) does; the names not yet
// identified, a short list whose texts are worded in code (candidateTexts), are counted beside it.
// tests/integration/translation-review.test.ts holds the counts equal to recordTexts' and TextBook's.
import { db } from '../db';
import { Prisma } from '../generated/prisma/client';
import { isListedCandidate } from '../candidates/status';
import { candidateTexts, readTranslations, TEXT_FIELDS } from '../i18n/record-texts';
import { TextBook, type TextStatus } from '../i18n/texts';
import type { TranslatedLocale } from './translations';

/** `(field, alias."field"), …` for a LATERAL VALUES list of one kind of record's text columns. */
function columns(alias: string, fields: readonly string[]) {
  return Prisma.join(fields.map((field) => Prisma.sql`(${field}::text, ${Prisma.raw(`${alias}."${field}"`)})`));
}

export type TranslationCoverage = Record<TextStatus | 'MISSING', number>;

export async function countTranslationCoverage(locale: TranslatedLocale): Promise<TranslationCoverage> {
  const rows = await db.$queryRaw<{ status: keyof TranslationCoverage; texts: number }[]>`
    WITH RECURSIVE
      heroes AS (SELECT * FROM "Hero" WHERE "published"),
      -- A service's unit and its parents, as deep as recordTextsSelect reads them (four levels).
      units (id, name, "parentId", depth) AS (
        SELECT u."id", u."name", u."parentId", 1 FROM "Unit" u
         WHERE u."id" IN (SELECT s."unitId" FROM "Service" s JOIN heroes h ON h."id" = s."heroId")
        UNION ALL
        SELECT p."id", p."name", p."parentId", c.depth + 1 FROM units c JOIN "Unit" p ON p."id" = c."parentId" WHERE c.depth < 4
      ),
      candidates (entity, "entityId", field, english, own) AS (
        SELECT 'Hero', h."id", f.field, f.english, CASE WHEN f.field = 'biography' THEN h."biographyRu" END
          FROM heroes h CROSS JOIN LATERAL (VALUES ('biography', h."biographyEn"), ${columns('h', TEXT_FIELDS.Hero)}) AS f(field, english)
        UNION ALL
        SELECT 'Hero', h."id", 'featFacts.' || (fact.n - 1), fact.english, NULL
          FROM heroes h CROSS JOIN LATERAL unnest(h."featFacts") WITH ORDINALITY AS fact(english, n)
        UNION ALL
        SELECT 'Place', p."id", f.field, f.english, NULL
          FROM "Place" p CROSS JOIN LATERAL (VALUES ${columns('p', TEXT_FIELDS.Place)}) AS f(field, english)
         WHERE EXISTS (SELECT 1 FROM heroes h WHERE p."id" IN (h."birthPlaceId", h."deathPlaceId", h."burialPlaceId"))
        UNION ALL
        SELECT 'Service', s."id", f.field, f.english, NULL
          FROM "Service" s JOIN heroes h ON h."id" = s."heroId"
          CROSS JOIN LATERAL (VALUES ${columns('s', TEXT_FIELDS.Service)}) AS f(field, english)
        UNION ALL
        SELECT 'Unit', u.id, 'name', u.name, NULL FROM units u
        UNION ALL
        SELECT 'Battle', b."id", f.field, f.english, NULL
          FROM "Battle" b CROSS JOIN LATERAL (VALUES ${columns('b', TEXT_FIELDS.Battle)}) AS f(field, english)
         WHERE EXISTS (SELECT 1 FROM "BattleParticipation" bp JOIN heroes h ON h."id" = bp."heroId" WHERE bp."battleId" = b."id")
        UNION ALL
        SELECT 'BattleParticipation', bp."id", f.field, f.english, NULL
          FROM "BattleParticipation" bp JOIN heroes h ON h."id" = bp."heroId"
          CROSS JOIN LATERAL (VALUES ${columns('bp', TEXT_FIELDS.BattleParticipation)}) AS f(field, english)
        UNION ALL
        SELECT 'Award', a."id", 'name', a."name", NULL FROM "Award" a JOIN heroes h ON h."id" = a."heroId" WHERE a."kind" = 'OTHER'
        UNION ALL
        SELECT 'Citation', c."id", 'supports', c."supports", NULL FROM "Citation" c JOIN heroes h ON h."id" = c."heroId"
        UNION ALL
        -- A source's title and publisher; a picture's are its contributor's words, not listed.
        SELECT 'Source', so."id", f.field, f.english, NULL
          FROM "Source" so CROSS JOIN LATERAL (VALUES ${columns('so', TEXT_FIELDS.Source)}) AS f(field, english)
         WHERE so."mediaId" IS NULL AND EXISTS (SELECT 1 FROM "Citation" c JOIN heroes h ON h."id" = c."heroId" WHERE c."sourceId" = so."id")
        UNION ALL
        -- The sources a disagreement names, but a bare address or site name (isAddressOrSite).
        SELECT 'SourceConflict', sc."id", 'sources.' || (l.n - 1), l.english, NULL
          FROM "SourceConflict" sc JOIN heroes h ON h."id" = sc."heroId"
          CROSS JOIN LATERAL unnest(sc."sources") WITH ORDINALITY AS l(english, n)
         WHERE btrim(l.english) !~* '^(https?://[^[:space:]]+|[a-z0-9-]+([.][a-z0-9-]+)+(/[^[:space:]]*)?)$'
        UNION ALL
        SELECT 'SourceConflict', sc."id", f.field, f.english, NULL
          FROM "SourceConflict" sc JOIN heroes h ON h."id" = sc."heroId"
          CROSS JOIN LATERAL (VALUES ${columns('sc', TEXT_FIELDS.SourceConflict)}) AS f(field, english)
        UNION ALL
        SELECT 'SourceConflict', sc."id", 'values.' || (v.n - 1), v.english, NULL
          FROM "SourceConflict" sc JOIN heroes h ON h."id" = sc."heroId"
          CROSS JOIN LATERAL unnest(sc."values") WITH ORDINALITY AS v(english, n)
        UNION ALL
        SELECT 'Memorial', m."id", 'description', m."description", NULL FROM "Memorial" m JOIN heroes h ON h."id" = m."heroId"
      ),
      -- A text with no words (isLanguageNeutral: digits, dates, punctuation) is not translated;
      -- a place, unit or battle that several records show is one text.
      texts AS (
        SELECT DISTINCT ON (entity, "entityId", field) entity, "entityId", field, english, own
          FROM candidates
         WHERE english IS NOT NULL AND english !~ '^[0-9[:space:]–—/.,:;()?№#-]*$'
      )
    SELECT CASE
             WHEN coalesce(tr."value", CASE WHEN ${locale} = 'ru' THEN t.own END, '') = '' THEN 'MISSING'
             ELSE coalesce(tr."status"::text, 'SOURCE')
           END AS status,
           count(*)::int AS texts
      FROM texts t
      -- A value that translates other English than the record's today is stale: no translation.
      LEFT JOIN "Translation" tr
        ON tr."entity" = t.entity AND tr."entityId" = t."entityId" AND tr."field" = t.field AND tr."locale" = ${locale}
       AND (coalesce(tr."sourceText", '') = '' OR tr."sourceText" = t.english)
     GROUP BY 1`;
  const coverage: TranslationCoverage = { SOURCE: 0, REVIEWED: 0, DRAFT: 0, MISSING: 0 };
  for (const row of rows) coverage[row.status] = row.texts;
  // The names not yet identified that the public page lists: what is known, why it is not confirmed.
  const candidates = (
    await db.candidate.findMany({ select: { id: true, surnameRu: true, initial: true, evidence: true, status: true } })
  ).filter((c) => isListedCandidate(c.status));
  const refs = candidates.flatMap(candidateTexts);
  const book = new TextBook(await readTranslations(db, refs));
  for (const ref of refs) coverage[book.value(ref, ref.english, locale)?.status ?? 'MISSING'] += 1;
  return coverage;
}

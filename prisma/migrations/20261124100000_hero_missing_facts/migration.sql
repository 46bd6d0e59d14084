-- Which facts each Hero's record still lacks, kept by the database as the record is written: the
-- help page's order ("the least complete first") is read from an index and its counts from a
-- tally, instead of judging every published Hero on each render (about 340 ms at 100,000
-- Heroes, after every approval). Bit i of "missingFacts" is COMPLETENESS_FACTS[i] of
-- lib/heroes/completeness.ts: fullName, birthDate, deathDate, birthPlace, unit, deed,
-- decreeDate; "missingCount" is how many bits are set. What a page shows of a record is still
-- assessCompleteness, and tests/integration/open-questions.test.ts holds the two equal. (Prisma
-- ignores functions and triggers; this is not drift.)
ALTER TABLE "Hero" ADD COLUMN "missingFacts" SMALLINT NOT NULL DEFAULT 0,
                   ADD COLUMN "missingCount" SMALLINT NOT NULL DEFAULT 0;

-- The facts a record lacks, from the row and its services and titles.
CREATE FUNCTION "hero_missing_facts"(h "Hero") RETURNS smallint
LANGUAGE sql STABLE SET search_path = public AS $$
  SELECT ( ((h."givenRu" IS NULL AND h."givenEn" IS NULL)::int)
         | ((h."birthDate" IS NULL)::int << 1)
         | ((h."deathDate" IS NULL)::int << 2)
         | ((h."birthPlaceId" IS NULL)::int << 3)
         | ((NOT EXISTS (SELECT 1 FROM "Service" s WHERE s."heroId" = h.id))::int << 4)
         | ((h."featDate" IS NULL AND h."featDateText" IS NULL AND h."featPlace" IS NULL)::int << 5)
         | ((NOT EXISTS (SELECT 1 FROM "Award" a WHERE a."heroId" = h.id AND a."kind" = 'HERO_OF_THE_SOVIET_UNION'
                           AND a."decreeDate" IS NOT NULL))::int << 6) )::smallint
$$;

CREATE FUNCTION "hero_missing_count"(facts smallint) RETURNS smallint
LANGUAGE sql IMMUTABLE AS $$ SELECT bit_count(facts::int::bit(7))::smallint $$;

-- A Hero written with any of the facts' columns: his values are worked out before the row is
-- stored, whatever the statement wrote into them.
CREATE FUNCTION "hero_missing_facts_set"() RETURNS trigger
LANGUAGE plpgsql SET search_path = public AS $$
BEGIN
  NEW."missingFacts" := "hero_missing_facts"(NEW);
  NEW."missingCount" := "hero_missing_count"(NEW."missingFacts");
  RETURN NEW;
END;
$$;
CREATE TRIGGER "Hero_missing_facts" BEFORE INSERT OR UPDATE OF
  "givenRu", "givenEn", "birthDate", "deathDate", "birthPlaceId", "featDate", "featDateText", "featPlace", "missingFacts", "missingCount"
  ON "Hero" FOR EACH ROW EXECUTE FUNCTION "hero_missing_facts_set"();

-- A service or a title written: the Heroes it belonged to, before and after, are worked out
-- again, once per statement, and only those whose value changes are written (which runs the
-- trigger above).
CREATE FUNCTION "hero_missing_facts_refresh"() RETURNS trigger
LANGUAGE plpgsql SET search_path = public AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    UPDATE "Hero" h SET "missingFacts" = "hero_missing_facts"(h) WHERE h."missingFacts" <> "hero_missing_facts"(h);
    RETURN NULL;
  END IF;
  EXECUTE format($sql$
    UPDATE "Hero" h SET "missingFacts" = f."facts"
      FROM (SELECT h2.id, "hero_missing_facts"(h2) AS "facts" FROM "Hero" h2 WHERE h2.id IN (%s)) f
     WHERE h.id = f.id AND h."missingFacts" <> f."facts"$sql$,
    CASE TG_OP
      WHEN 'INSERT' THEN 'SELECT "heroId" FROM new_rows'
      WHEN 'DELETE' THEN 'SELECT "heroId" FROM old_rows'
      ELSE 'SELECT "heroId" FROM new_rows UNION SELECT "heroId" FROM old_rows'
    END);
  RETURN NULL;
END;
$$;

-- One trigger per event: PostgreSQL allows transition tables only on a trigger of one event.
CREATE TRIGGER "Service_missing_facts_insert" AFTER INSERT ON "Service"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "hero_missing_facts_refresh"();
CREATE TRIGGER "Service_missing_facts_update" AFTER UPDATE ON "Service"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "hero_missing_facts_refresh"();
CREATE TRIGGER "Service_missing_facts_delete" AFTER DELETE ON "Service"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "hero_missing_facts_refresh"();
CREATE TRIGGER "Service_missing_facts_truncate" AFTER TRUNCATE ON "Service"
  FOR EACH STATEMENT EXECUTE FUNCTION "hero_missing_facts_refresh"();
CREATE TRIGGER "Award_missing_facts_insert" AFTER INSERT ON "Award"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "hero_missing_facts_refresh"();
CREATE TRIGGER "Award_missing_facts_update" AFTER UPDATE ON "Award"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "hero_missing_facts_refresh"();
CREATE TRIGGER "Award_missing_facts_delete" AFTER DELETE ON "Award"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "hero_missing_facts_refresh"();
CREATE TRIGGER "Award_missing_facts_truncate" AFTER TRUNCATE ON "Award"
  FOR EACH STATEMENT EXECUTE FUNCTION "hero_missing_facts_refresh"();

-- Works every record out afresh, setting both columns itself: here, for the Heroes already
-- written, and after a restore, which loads tables with triggers switched off
-- (lib/exports/backup.ts).
CREATE FUNCTION "hero_missing_facts_recount"() RETURNS void
LANGUAGE sql SET search_path = public AS $$
  UPDATE "Hero" h SET "missingFacts" = f."facts", "missingCount" = "hero_missing_count"(f."facts")
    FROM (SELECT h2.id, "hero_missing_facts"(h2) AS "facts" FROM "Hero" h2) f
   WHERE h.id = f.id AND (h."missingFacts" <> f."facts" OR h."missingCount" <> "hero_missing_count"(f."facts"));
$$;

-- How many published Heroes lack each fact ("fact": its name in COMPLETENESS_FACTS), and how many
-- lack any ("any"): the help page's counts by kind and its number of pages, read instead of a pass
-- over every Hero. Statement triggers on "Hero" keep them from the rows each statement wrote, as
-- "HeroTally" does; SECURITY DEFINER, so the site's role reads them but cannot write them.
CREATE TABLE "OpenQuestionTally" (
    "fact" TEXT NOT NULL,
    "heroes" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "OpenQuestionTally_pkey" PRIMARY KEY ("fact")
);

-- The facts of a "missingFacts" value, by name, and "any" when it lacks one.
CREATE FUNCTION "hero_missing_fact_names"(facts smallint) RETURNS SETOF text
LANGUAGE sql IMMUTABLE AS $$
  SELECT n."fact" FROM unnest(ARRAY['fullName', 'birthDate', 'deathDate', 'birthPlace', 'unit', 'deed', 'decreeDate'])
         WITH ORDINALITY AS n("fact", "i")
   WHERE (facts & (1 << (n."i"::int - 1))) <> 0
  UNION ALL
  SELECT 'any' WHERE facts <> 0
$$;

CREATE FUNCTION "open_question_tally_apply"() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  written text;
  change record;
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    DELETE FROM "OpenQuestionTally";
    RETURN NULL;
  END IF;
  written := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT "missingFacts", 1 AS "sign" FROM new_rows WHERE "published"'
    WHEN 'DELETE' THEN 'SELECT "missingFacts", -1 AS "sign" FROM old_rows WHERE "published"'
    ELSE 'SELECT "missingFacts", 1 AS "sign" FROM new_rows WHERE "published"
          UNION ALL SELECT "missingFacts", -1 FROM old_rows WHERE "published"'
  END;
  -- Row by row in the facts' order, so two statements lock the rows in the same order.
  FOR change IN EXECUTE format($sql$
    SELECT f."fact", sum(w."sign")::int AS "heroes"
      FROM (%s) AS w CROSS JOIN LATERAL "hero_missing_fact_names"(w."missingFacts") AS f("fact")
     GROUP BY f."fact" HAVING sum(w."sign") <> 0 ORDER BY f."fact"$sql$, written)
  LOOP
    INSERT INTO "OpenQuestionTally" AS t ("fact", "heroes") VALUES (change."fact", change."heroes")
    ON CONFLICT ("fact") DO UPDATE SET "heroes" = t."heroes" + EXCLUDED."heroes";
  END LOOP;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Hero_open_questions_insert" AFTER INSERT ON "Hero"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "open_question_tally_apply"();
CREATE TRIGGER "Hero_open_questions_update" AFTER UPDATE ON "Hero"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "open_question_tally_apply"();
CREATE TRIGGER "Hero_open_questions_delete" AFTER DELETE ON "Hero"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "open_question_tally_apply"();
CREATE TRIGGER "Hero_open_questions_truncate" AFTER TRUNCATE ON "Hero"
  FOR EACH STATEMENT EXECUTE FUNCTION "open_question_tally_apply"();

-- Counts afresh: after the recount below, and after a restore (triggers off).
CREATE FUNCTION "open_question_tally_recount"() RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
  DELETE FROM "OpenQuestionTally";
  INSERT INTO "OpenQuestionTally" ("fact", "heroes")
  SELECT f."fact", count(*)::int FROM "Hero" h CROSS JOIN LATERAL "hero_missing_fact_names"(h."missingFacts") AS f("fact")
   WHERE h."published" GROUP BY f."fact";
$$;
REVOKE EXECUTE ON FUNCTION "open_question_tally_recount"() FROM PUBLIC;

-- The help page's order, read a page at a time. The facts and the id ride along, so a page of
-- one kind is picked out from the index alone: at worst, for a fact few records lack, a pass over
-- the index (about 23 ms at 100,000 Heroes), never over the rows.
CREATE INDEX "Hero_published_missingCount_surnameEn_slug_missingFacts_id_idx"
  ON "Hero"("published", "missingCount" DESC, "surnameEn", "slug", "missingFacts", "id");

SELECT "hero_missing_facts_recount"();
SELECT "open_question_tally_recount"();

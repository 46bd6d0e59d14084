-- How many published Heroes there are, in each group: what the home page and the list's page
-- count show. Counting them is a pass over every Hero (40-60 ms at 100,000), and it was paid by
-- every render of those pages after every approval. The database keeps these counts as Heroes
-- are written, whoever writes them (the site, the seed, an import, a script), and says when they
-- change: the cache tag "counts" (CACHE_TAGS.counts in lib/cache.ts), with its NOTIFY, in the
-- writing transaction. So only a write that changes a count re-renders the pages that show one.
-- (Prisma ignores functions and triggers; this is not drift.)
CREATE TABLE "HeroTally" (
    "group" "HeroGroup" NOT NULL,
    "heroes" INTEGER NOT NULL DEFAULT 0,
    "countedIn64" INTEGER NOT NULL DEFAULT 0,
    "stubs" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "HeroTally_pkey" PRIMARY KEY ("group")
);

-- Statement triggers with transition tables: a bulk load of 100,000 Heroes is one pass over the
-- rows it wrote, not 100,000 updates of the same few counters. SECURITY DEFINER: the site's role
-- may read the counts but not write them (scripts/support/site-role.ts).
CREATE FUNCTION "hero_tally_apply"() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  fields CONSTANT text := '"group", "published", "countedIn64", ("givenRu" IS NULL AND "givenEn" IS NULL) AS "stub"';
  written text;
  changed integer;
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    DELETE FROM "HeroTally";
    changed := 1;
  ELSE
    written := CASE TG_OP
      WHEN 'INSERT' THEN format('SELECT %s, 1 AS "sign" FROM new_rows', fields)
      WHEN 'DELETE' THEN format('SELECT %s, -1 AS "sign" FROM old_rows', fields)
      ELSE format('SELECT %s, 1 AS "sign" FROM new_rows UNION ALL SELECT %s, -1 FROM old_rows', fields, fields)
    END;
    EXECUTE format($sql$
      WITH "change" AS (
        SELECT "group",
               sum("sign")::int AS "heroes",
               coalesce(sum("sign") FILTER (WHERE "countedIn64"), 0)::int AS "countedIn64",
               coalesce(sum("sign") FILTER (WHERE "stub"), 0)::int AS "stubs"
          FROM (%s) AS "written"
         WHERE "published"
         GROUP BY "group"
      ), "applied" AS (
        INSERT INTO "HeroTally" AS "t" ("group", "heroes", "countedIn64", "stubs")
        SELECT "group", "heroes", "countedIn64", "stubs" FROM "change"
         WHERE "heroes" <> 0 OR "countedIn64" <> 0 OR "stubs" <> 0
        ON CONFLICT ("group") DO UPDATE SET
          "heroes" = "t"."heroes" + EXCLUDED."heroes",
          "countedIn64" = "t"."countedIn64" + EXCLUDED."countedIn64",
          "stubs" = "t"."stubs" + EXCLUDED."stubs"
        RETURNING 1
      )
      SELECT count(*)::int FROM "applied"$sql$, written) INTO changed;
  END IF;
  IF changed > 0 THEN
    INSERT INTO "CacheTag" ("tag", "expiredAt") VALUES ('counts', clock_timestamp())
    ON CONFLICT ("tag") DO UPDATE SET "expiredAt" = EXCLUDED."expiredAt", "seq" = nextval(pg_get_serial_sequence('"CacheTag"', 'seq'));
    PERFORM pg_notify('zvezda_cache_tags', '["counts"]');
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Hero_tally_insert" AFTER INSERT ON "Hero"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "hero_tally_apply"();
CREATE TRIGGER "Hero_tally_update" AFTER UPDATE ON "Hero"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "hero_tally_apply"();
CREATE TRIGGER "Hero_tally_delete" AFTER DELETE ON "Hero"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "hero_tally_apply"();
CREATE TRIGGER "Hero_tally_truncate" AFTER TRUNCATE ON "Hero"
  FOR EACH STATEMENT EXECUTE FUNCTION "hero_tally_apply"();

-- Counts the Heroes afresh: here, for the Heroes already written, and after a restore, which
-- loads tables with triggers switched off (lib/exports/backup.ts).
CREATE FUNCTION "hero_tally_recount"() RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
  DELETE FROM "HeroTally";
  INSERT INTO "HeroTally" ("group", "heroes", "countedIn64", "stubs")
  SELECT "group", count(*)::int, (count(*) FILTER (WHERE "countedIn64"))::int,
         (count(*) FILTER (WHERE "givenRu" IS NULL AND "givenEn" IS NULL))::int
    FROM "Hero" WHERE "published" GROUP BY "group";
$$;

SELECT "hero_tally_recount"();

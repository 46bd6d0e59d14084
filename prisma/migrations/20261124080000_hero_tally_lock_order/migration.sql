-- Two writes that change the counts of several groups at once (two imports) each lock the
-- groups' rows of "HeroTally" as they update them. In the order of a hash, two of them could each
-- hold a row the other waits for, and PostgreSQL would abort one. In the groups' order they
-- cannot: the first to lock a row goes on, the other waits for it.
CREATE OR REPLACE FUNCTION "hero_tally_apply"() RETURNS trigger
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
         ORDER BY "group"
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

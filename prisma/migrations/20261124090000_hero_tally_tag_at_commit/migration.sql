-- The "counts" cache tag is now moved when the writing transaction commits, not when it writes
-- a Hero. Instances learn of tags by their sequence number (lib/cache-handlers/tag-state.cjs:
-- rows numbered above the last one seen). A number taken at the Hero's write, early in a long
-- transaction (an approval, an import), could be passed by a tag another transaction committed
-- meanwhile; an instance that saw that one would never look below it again, and the home page
-- would keep its old counts. A deferred trigger on "HeroTally" takes the number at commit, as
-- lib/cache.ts does at the end of each write, and also moves the tag when the counts are
-- recounted. The recount is the owner's: the site's role may not run it.
CREATE OR REPLACE FUNCTION "hero_tally_apply"() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  fields CONSTANT text := '"group", "published", "countedIn64", ("givenRu" IS NULL AND "givenEn" IS NULL) AS "stub"';
  written text;
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    DELETE FROM "HeroTally";
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
      SELECT count(*)::int FROM "applied"$sql$, written);
  END IF;
  RETURN NULL;
END;
$$;

CREATE FUNCTION "hero_tally_counts_changed"() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  INSERT INTO "CacheTag" ("tag", "expiredAt") VALUES ('counts', clock_timestamp())
  ON CONFLICT ("tag") DO UPDATE SET "expiredAt" = EXCLUDED."expiredAt", "seq" = nextval(pg_get_serial_sequence('"CacheTag"', 'seq'));
  PERFORM pg_notify('zvezda_cache_tags', '["counts"]');
  RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER "HeroTally_counts_changed" AFTER INSERT OR UPDATE OR DELETE ON "HeroTally"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "hero_tally_counts_changed"();

REVOKE EXECUTE ON FUNCTION "hero_tally_recount"() FROM PUBLIC;

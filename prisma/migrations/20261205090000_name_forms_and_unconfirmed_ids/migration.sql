-- Where a Hero's Tajik name form comes from. A source's own Tajik spelling is shown as it is; a
-- form the archive wrote itself (no source gives one) is marked on the page as a transliteration
-- that a family may correct; a form a contributor proposed and a moderator approved says so.
CREATE TYPE "NameFormOrigin" AS ENUM ('SOURCE', 'TRANSLITERATION', 'PROPOSED');
ALTER TABLE "Hero" ADD COLUMN "fullNameTgOrigin" "NameFormOrigin";
UPDATE "Hero" SET "fullNameTgOrigin" = 'SOURCE' WHERE "fullNameTg" IS NOT NULL;

-- The kinds of external id (lib/exports/external-ids.ts) that are a possible match only: shown
-- as unconfirmed, left out of sameAs, and never a key an import matches a record by.
ALTER TABLE "Hero" ADD COLUMN "unconfirmedIds" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];

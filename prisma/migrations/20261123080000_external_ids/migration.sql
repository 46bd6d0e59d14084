-- A Hero's ids in the other archives (Wikidata, warheroes.ru, Pamyat Naroda, Podvig Naroda):
-- links on the profile, sameAs in JSON-LD, found by search, and the keys a bulk import matches
-- on. Each names at most one Hero: two records with one Wikidata id are the same person twice.
ALTER TABLE "Hero" ADD COLUMN "wikidataId" TEXT;
ALTER TABLE "Hero" ADD COLUMN "warheroesId" TEXT;
ALTER TABLE "Hero" ADD COLUMN "pamyatNarodaId" TEXT;
ALTER TABLE "Hero" ADD COLUMN "podvigNarodaId" TEXT;
CREATE UNIQUE INDEX "Hero_wikidataId_key" ON "Hero"("wikidataId");
CREATE UNIQUE INDEX "Hero_warheroesId_key" ON "Hero"("warheroesId");
CREATE UNIQUE INDEX "Hero_pamyatNarodaId_key" ON "Hero"("pamyatNarodaId");
CREATE UNIQUE INDEX "Hero_podvigNarodaId_key" ON "Hero"("podvigNarodaId");

-- Heroes brought in by a bulk import (Wikidata's list of all Heroes) are not linked to Tajikistan
-- by any source: they get this group, never one of the four that would state a link.
ALTER TYPE "HeroGroup" ADD VALUE 'OTHER';

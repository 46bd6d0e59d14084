-- The list of Heroes in its two name orders reads a page in index order instead of sorting every
-- published Hero (lib/heroes/queries.ts, listHeroPage).
CREATE INDEX "Hero_published_surnameEn_givenEn_slug_idx" ON "Hero"("published", "surnameEn", "givenEn", "slug");
CREATE INDEX "Hero_published_surnameRu_givenRu_slug_idx" ON "Hero"("published", "surnameRu", "givenRu", "slug");

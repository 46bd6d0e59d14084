-- The list by decree date reads Heroes' titles in date order and stops at the page's end,
-- instead of sorting every Hero (lib/heroes/queries.ts, decreeOrderPage).
CREATE INDEX "Award_kind_decreeDate_heroId_idx" ON "Award"("kind", "decreeDate", "heroId");

-- Search reads (heroId, kind) of every term with a given word; with both in the index the
-- read is index-only, which keeps common words (frequent given names) cheap at a million heroes.

-- DropIndex
DROP INDEX "SearchTerm_normalized_idx";

-- CreateIndex
CREATE INDEX "SearchTerm_normalized_heroId_kind_idx" ON "SearchTerm"("normalized", "heroId", "kind");

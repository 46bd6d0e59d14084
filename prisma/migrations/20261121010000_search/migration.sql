-- Trigram matching for search; shipped with PostgreSQL as a trusted extension.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "SearchTermKind" AS ENUM ('NAME', 'GIVEN', 'PLACE', 'UNIT', 'BATTLE');

-- CreateTable
CREATE TABLE "SearchTerm" (
    "id" TEXT NOT NULL,
    "heroId" TEXT NOT NULL,
    "kind" "SearchTermKind" NOT NULL,
    "value" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,

    CONSTRAINT "SearchTerm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SearchLexeme" (
    "normalized" TEXT NOT NULL,

    CONSTRAINT "SearchLexeme_pkey" PRIMARY KEY ("normalized")
);

-- CreateIndex
CREATE INDEX "SearchTerm_normalized_idx" ON "SearchTerm"("normalized");

-- CreateIndex
CREATE INDEX "SearchTerm_heroId_idx" ON "SearchTerm"("heroId");

-- CreateIndex
CREATE INDEX "SearchLexeme_normalized_trgm_idx" ON "SearchLexeme" USING GIST ("normalized" gist_trgm_ops);

-- AddForeignKey
ALTER TABLE "SearchTerm" ADD CONSTRAINT "SearchTerm_heroId_fkey" FOREIGN KEY ("heroId") REFERENCES "Hero"("id") ON DELETE CASCADE ON UPDATE CASCADE;

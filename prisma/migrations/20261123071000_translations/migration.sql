-- Every human-readable text of a record in Russian and Tajik, with what each value is (the
-- source's wording, a reviewed translation, a draft). English stays in the records' own columns.
CREATE TYPE "TextStatus" AS ENUM ('SOURCE', 'REVIEWED', 'DRAFT');

CREATE TABLE "Translation" (
    "id" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "value" TEXT,
    "sourceText" TEXT,
    "status" "TextStatus" NOT NULL,
    "heroId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Translation_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "Translation_entity_entityId_field_locale_key" ON "Translation"("entity", "entityId", "field", "locale");
CREATE INDEX "Translation_heroId_idx" ON "Translation"("heroId");
CREATE INDEX "Translation_locale_status_idx" ON "Translation"("locale", "status");

ALTER TABLE "Translation" ADD CONSTRAINT "Translation_heroId_fkey" FOREIGN KEY ("heroId") REFERENCES "Hero"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- CreateEnum
CREATE TYPE "HeroGroup" AS ENUM ('TAJIK_SSR', 'TAJIK_ELSEWHERE', 'POSTWAR_TAJIKISTAN', 'ADDED_2018');

-- CreateEnum
CREATE TYPE "Confidence" AS ENUM ('HIGH', 'MEDIUM', 'LOW');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'YEAR', 'ABOUT');

-- CreateEnum
CREATE TYPE "NameScript" AS ENUM ('RU', 'TG', 'LATIN');

-- CreateEnum
CREATE TYPE "UnitLevel" AS ENUM ('COMPANY', 'BATTALION', 'REGIMENT', 'BRIGADE', 'DIVISION', 'CORPS', 'ARMY', 'FRONT', 'PARTISAN');

-- CreateEnum
CREATE TYPE "AwardKind" AS ENUM ('HERO_OF_THE_SOVIET_UNION', 'ORDER_OF_LENIN', 'OTHER');

-- CreateTable
CREATE TABLE "Hero" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "surnameRu" TEXT NOT NULL,
    "givenRu" TEXT,
    "patronymicRu" TEXT,
    "givenInitialRu" TEXT,
    "patronymicInitialRu" TEXT,
    "surnameEn" TEXT NOT NULL,
    "givenEn" TEXT,
    "givenInitialEn" TEXT,
    "fullNameTg" TEXT,
    "group" "HeroGroup" NOT NULL,
    "countedIn64" BOOLEAN NOT NULL,
    "membershipNote" TEXT NOT NULL,
    "membershipConfidence" "Confidence",
    "identityNote" TEXT,
    "nationality" TEXT,
    "birthDate" DATE,
    "birthDatePrecision" "DatePrecision",
    "deathDate" DATE,
    "deathDatePrecision" "DatePrecision",
    "killedInAction" BOOLEAN,
    "birthPlaceId" TEXT,
    "deathPlaceId" TEXT,
    "burialPlaceId" TEXT,
    "rankAtFeat" TEXT,
    "role" TEXT,
    "featDate" DATE,
    "featDatePrecision" "DatePrecision",
    "featDateText" TEXT,
    "featPlace" TEXT,
    "featFacts" TEXT[],
    "postwar" TEXT,
    "notes" TEXT,
    "biographyEn" TEXT NOT NULL,
    "biographyRu" TEXT NOT NULL,
    "confidence" "Confidence" NOT NULL,
    "published" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "seedChecksum" TEXT,
    "editedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Hero_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HeroName" (
    "id" TEXT NOT NULL,
    "heroId" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "script" "NameScript" NOT NULL,
    "isPrimary" BOOLEAN NOT NULL DEFAULT false,
    "normalized" TEXT NOT NULL,

    CONSTRAINT "HeroName_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Place" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameToday" TEXT,
    "district" TEXT,
    "region" TEXT,
    "country" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,

    CONSTRAINT "Place_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Unit" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "level" "UnitLevel" NOT NULL,
    "parentId" TEXT,

    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Service" (
    "id" TEXT NOT NULL,
    "heroId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "role" TEXT,
    "rank" TEXT,
    "fromDate" TEXT,
    "toDate" TEXT,
    "note" TEXT,

    CONSTRAINT "Service_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Battle" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "dateText" TEXT,
    "place" TEXT,

    CONSTRAINT "Battle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BattleParticipation" (
    "id" TEXT NOT NULL,
    "heroId" TEXT NOT NULL,
    "battleId" TEXT NOT NULL,
    "dateText" TEXT,
    "place" TEXT,
    "note" TEXT,

    CONSTRAINT "BattleParticipation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Award" (
    "id" TEXT NOT NULL,
    "heroId" TEXT NOT NULL,
    "kind" "AwardKind" NOT NULL,
    "name" TEXT,
    "decreeDate" DATE,
    "decreePrecision" "DatePrecision",
    "posthumous" BOOLEAN,
    "goldStarNo" TEXT,
    "documentRef" TEXT,

    CONSTRAINT "Award_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL,
    "url" TEXT,
    "title" TEXT,
    "publisher" TEXT,
    "year" INTEGER,
    "archiveFond" TEXT,
    "archiveOpis" TEXT,
    "archiveDelo" TEXT,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Citation" (
    "id" TEXT NOT NULL,
    "heroId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "supports" TEXT NOT NULL,

    CONSTRAINT "Citation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SourceConflict" (
    "id" TEXT NOT NULL,
    "heroId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "values" TEXT[],
    "sources" TEXT[],
    "note" TEXT,

    CONSTRAINT "SourceConflict_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Memorial" (
    "id" TEXT NOT NULL,
    "heroId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "place" TEXT,

    CONSTRAINT "Memorial_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Collection" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "titleRu" TEXT NOT NULL,
    "counted" INTEGER NOT NULL,
    "countSource" TEXT NOT NULL,
    "breakdown" JSONB NOT NULL,
    "caveats" TEXT[],

    CONSTRAINT "Collection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CountClaim" (
    "id" TEXT NOT NULL,
    "collectionId" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "source" TEXT NOT NULL,

    CONSTRAINT "CountClaim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Candidate" (
    "id" TEXT NOT NULL,
    "surnameRu" TEXT NOT NULL,
    "initial" TEXT,
    "source" TEXT NOT NULL,
    "evidence" TEXT NOT NULL,
    "status" TEXT NOT NULL,

    CONSTRAINT "Candidate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Hero_slug_key" ON "Hero"("slug");

-- CreateIndex
CREATE INDEX "Hero_group_idx" ON "Hero"("group");

-- CreateIndex
CREATE INDEX "Hero_surnameEn_idx" ON "Hero"("surnameEn");

-- CreateIndex
CREATE INDEX "HeroName_heroId_idx" ON "HeroName"("heroId");

-- CreateIndex
CREATE UNIQUE INDEX "HeroName_heroId_value_key" ON "HeroName"("heroId", "value");

-- CreateIndex
CREATE UNIQUE INDEX "Place_name_nameToday_key" ON "Place"("name", "nameToday");

-- CreateIndex
CREATE UNIQUE INDEX "Unit_slug_key" ON "Unit"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Service_heroId_unitId_key" ON "Service"("heroId", "unitId");

-- CreateIndex
CREATE UNIQUE INDEX "Battle_slug_key" ON "Battle"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "BattleParticipation_heroId_battleId_key" ON "BattleParticipation"("heroId", "battleId");

-- CreateIndex
CREATE INDEX "Award_heroId_idx" ON "Award"("heroId");

-- CreateIndex
CREATE UNIQUE INDEX "Source_url_key" ON "Source"("url");

-- CreateIndex
CREATE UNIQUE INDEX "Citation_heroId_sourceId_key" ON "Citation"("heroId", "sourceId");

-- CreateIndex
CREATE INDEX "SourceConflict_heroId_idx" ON "SourceConflict"("heroId");

-- CreateIndex
CREATE INDEX "Memorial_heroId_idx" ON "Memorial"("heroId");

-- CreateIndex
CREATE UNIQUE INDEX "Collection_slug_key" ON "Collection"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "CountClaim_collectionId_count_source_key" ON "CountClaim"("collectionId", "count", "source");

-- CreateIndex
CREATE UNIQUE INDEX "Candidate_surnameRu_source_key" ON "Candidate"("surnameRu", "source");

-- AddForeignKey
ALTER TABLE "Hero" ADD CONSTRAINT "Hero_birthPlaceId_fkey" FOREIGN KEY ("birthPlaceId") REFERENCES "Place"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Hero" ADD CONSTRAINT "Hero_deathPlaceId_fkey" FOREIGN KEY ("deathPlaceId") REFERENCES "Place"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Hero" ADD CONSTRAINT "Hero_burialPlaceId_fkey" FOREIGN KEY ("burialPlaceId") REFERENCES "Place"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HeroName" ADD CONSTRAINT "HeroName_heroId_fkey" FOREIGN KEY ("heroId") REFERENCES "Hero"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Service" ADD CONSTRAINT "Service_heroId_fkey" FOREIGN KEY ("heroId") REFERENCES "Hero"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Service" ADD CONSTRAINT "Service_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BattleParticipation" ADD CONSTRAINT "BattleParticipation_heroId_fkey" FOREIGN KEY ("heroId") REFERENCES "Hero"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BattleParticipation" ADD CONSTRAINT "BattleParticipation_battleId_fkey" FOREIGN KEY ("battleId") REFERENCES "Battle"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Award" ADD CONSTRAINT "Award_heroId_fkey" FOREIGN KEY ("heroId") REFERENCES "Hero"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_heroId_fkey" FOREIGN KEY ("heroId") REFERENCES "Hero"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceConflict" ADD CONSTRAINT "SourceConflict_heroId_fkey" FOREIGN KEY ("heroId") REFERENCES "Hero"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Memorial" ADD CONSTRAINT "Memorial_heroId_fkey" FOREIGN KEY ("heroId") REFERENCES "Hero"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CountClaim" ADD CONSTRAINT "CountClaim_collectionId_fkey" FOREIGN KEY ("collectionId") REFERENCES "Collection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

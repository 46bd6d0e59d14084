-- The gazetteer (issue #25): places get a kind, a parent as of the war years, a coordinate with
-- its precision and source, and their names through time; facts point at places; units get
-- dated paths; GeoNames' cities500 is kept as suggestions. A coordinate is only ever set by a
-- person (the seed's reviewed file, an approved proposal), never from the candidates alone.
CREATE TYPE "PlaceKind" AS ENUM ('SETTLEMENT', 'DISTRICT', 'REGION', 'REPUBLIC', 'COUNTRY', 'HEIGHT', 'CROSSING', 'CEMETERY', 'MEMORIAL', 'AREA');
CREATE TYPE "CoordPrecision" AS ENUM ('EXACT', 'SETTLEMENT', 'DISTRICT_CENTRE', 'REGION', 'APPROXIMATE');
CREATE TYPE "PlaceNameKind" AS ENUM ('OFFICIAL', 'HISTORICAL', 'VARIANT', 'AS_IN_SOURCE', 'TRANSLITERATION');

ALTER TABLE "Place" ADD COLUMN "kind" "PlaceKind";
ALTER TABLE "Place" ADD COLUMN "parentId" TEXT;
ALTER TABLE "Place" ADD COLUMN "precision" "CoordPrecision";
ALTER TABLE "Place" ADD COLUMN "coordSourceId" TEXT;
ALTER TABLE "Place" ADD COLUMN "coordNote" TEXT;
ALTER TABLE "Place" ADD COLUMN "geonamesId" INTEGER;
ALTER TABLE "Place" ADD CONSTRAINT "Place_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Place"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Place" ADD CONSTRAINT "Place_coordSourceId_fkey" FOREIGN KEY ("coordSourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "Place_parentId_idx" ON "Place"("parentId");
-- A point is a pair with a precision: half a coordinate, or one that does not say how exact it is,
-- cannot be drawn honestly. (A coordinate from before this migration has no precision yet: the
-- seed's reviewed file sets it; the check applies to rows written from now on.)
ALTER TABLE "Place" ADD CONSTRAINT "Place_coordinate_check"
  CHECK (("latitude" IS NULL) = ("longitude" IS NULL)
     AND ("precision" IS NULL OR "latitude" IS NOT NULL)
     AND ("latitude" IS NULL OR "latitude" BETWEEN -90 AND 90)
     AND ("longitude" IS NULL OR "longitude" BETWEEN -180 AND 180)) NOT VALID;

CREATE TABLE "PlaceName" (
    "id" TEXT NOT NULL,
    "placeId" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "kind" "PlaceNameKind" NOT NULL,
    "validFrom" TEXT,
    "validTo" TEXT,
    "sourceId" TEXT,
    "normalized" TEXT NOT NULL,

    CONSTRAINT "PlaceName_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "PlaceName_placeId_value_language_kind_key" ON "PlaceName"("placeId", "value", "language", "kind");
CREATE INDEX "PlaceName_normalized_idx" ON "PlaceName"("normalized");
CREATE INDEX "PlaceName_normalized_trgm_idx" ON "PlaceName" USING GIST ("normalized" gist_trgm_ops);
ALTER TABLE "PlaceName" ADD CONSTRAINT "PlaceName_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "PlaceName" ADD CONSTRAINT "PlaceName_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "UnitPathPoint" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "placeId" TEXT NOT NULL,
    "dateFrom" TEXT,
    "dateTo" TEXT,
    "sourceId" TEXT NOT NULL,
    "note" TEXT,

    CONSTRAINT "UnitPathPoint_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "UnitPathPoint_unitId_dateFrom_idx" ON "UnitPathPoint"("unitId", "dateFrom");
CREATE INDEX "UnitPathPoint_placeId_idx" ON "UnitPathPoint"("placeId");
ALTER TABLE "UnitPathPoint" ADD CONSTRAINT "UnitPathPoint_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "UnitPathPoint" ADD CONSTRAINT "UnitPathPoint_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "UnitPathPoint" ADD CONSTRAINT "UnitPathPoint_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "GeoNamesCandidate" (
    "geonameId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "asciiName" TEXT NOT NULL,
    "alternateNames" TEXT[],
    "countryCode" TEXT NOT NULL,
    "admin1Code" TEXT,
    "featureCode" TEXT NOT NULL,
    "population" INTEGER NOT NULL,
    "latitude" DOUBLE PRECISION NOT NULL,
    "longitude" DOUBLE PRECISION NOT NULL,
    "normalized" TEXT NOT NULL,

    CONSTRAINT "GeoNamesCandidate_pkey" PRIMARY KEY ("geonameId")
);
CREATE INDEX "GeoNamesCandidate_normalized_trgm_idx" ON "GeoNamesCandidate" USING GIN ("normalized" gin_trgm_ops);

-- Facts point at places.
ALTER TABLE "Hero" ADD COLUMN "firstBurialPlaceId" TEXT;
ALTER TABLE "Hero" ADD COLUMN "callUpPlaceId" TEXT;
ALTER TABLE "Hero" ADD COLUMN "callUpCommissariat" TEXT;
ALTER TABLE "Hero" ADD COLUMN "featPlaceId" TEXT;
ALTER TABLE "Hero" ADD CONSTRAINT "Hero_firstBurialPlaceId_fkey" FOREIGN KEY ("firstBurialPlaceId") REFERENCES "Place"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Hero" ADD CONSTRAINT "Hero_callUpPlaceId_fkey" FOREIGN KEY ("callUpPlaceId") REFERENCES "Place"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Hero" ADD CONSTRAINT "Hero_featPlaceId_fkey" FOREIGN KEY ("featPlaceId") REFERENCES "Place"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "BattleParticipation" ADD COLUMN "placeId" TEXT;
ALTER TABLE "BattleParticipation" ADD CONSTRAINT "BattleParticipation_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "BattleParticipation_placeId_idx" ON "BattleParticipation"("placeId");

ALTER TABLE "Memorial" ADD COLUMN "placeId" TEXT;
ALTER TABLE "Memorial" ADD CONSTRAINT "Memorial_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "Memorial_placeId_idx" ON "Memorial"("placeId");

-- Images families bring (portraits, award sheets, letters) and their own memories. Both wait for a
-- moderator like proposals do (SubmissionStatus); nothing here is public before approval.
CREATE TYPE "MediaKind" AS ENUM ('PORTRAIT', 'PHOTOGRAPH', 'AWARD_DOCUMENT', 'DECREE', 'LETTER', 'PRESS_CLIPPING', 'GRAVE_OR_MEMORIAL', 'OTHER');
CREATE TYPE "MediaLicence" AS ENUM ('CC_BY_4', 'CC_BY_SA_4', 'FAMILY_PERMISSION');
CREATE TYPE "MediaProvenance" AS ENUM ('FAMILY', 'MUSEUM', 'ARCHIVE');

CREATE TABLE "MediaItem" (
    "id" TEXT NOT NULL,
    "heroId" TEXT NOT NULL,
    "uploaderId" TEXT,
    "status" "SubmissionStatus" NOT NULL DEFAULT 'PENDING',
    "kind" "MediaKind" NOT NULL,
    "caption" TEXT NOT NULL,
    "captionLanguage" TEXT NOT NULL,
    "date" DATE,
    "datePrecision" "DatePrecision",
    "place" TEXT,
    "pictured" TEXT,
    "provenance" "MediaProvenance" NOT NULL,
    "provenanceNote" TEXT,
    "archiveFond" TEXT,
    "archiveOpis" TEXT,
    "archiveDelo" TEXT,
    "licence" "MediaLicence" NOT NULL,
    "rightsConfirmed" BOOLEAN NOT NULL,
    "credit" TEXT NOT NULL,
    "originalType" TEXT NOT NULL,
    "originalBytes" INTEGER NOT NULL,
    "originalName" TEXT NOT NULL,
    "originalKey" TEXT NOT NULL,
    "originalMeta" JSONB NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "placeholder" TEXT NOT NULL,
    "dhash" TEXT NOT NULL,
    "isPortrait" BOOLEAN NOT NULL DEFAULT false,
    "moderatorNote" TEXT,
    "reviewerId" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "MediaItem_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "MediaItem_heroId_status_idx" ON "MediaItem"("heroId", "status");
CREATE INDEX "MediaItem_status_createdAt_idx" ON "MediaItem"("status", "createdAt");
CREATE INDEX "MediaItem_uploaderId_createdAt_idx" ON "MediaItem"("uploaderId", "createdAt");
ALTER TABLE "MediaItem" ADD CONSTRAINT "MediaItem_heroId_fkey" FOREIGN KEY ("heroId") REFERENCES "Hero"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "MediaItem" ADD CONSTRAINT "MediaItem_uploaderId_fkey" FOREIGN KEY ("uploaderId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "MediaItem" ADD CONSTRAINT "MediaItem_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
-- At most one portrait per Hero, whatever two moderators do at once.
CREATE UNIQUE INDEX "MediaItem_one_portrait" ON "MediaItem"("heroId") WHERE "isPortrait";

CREATE TABLE "MediaFile" (
    "mediaId" TEXT NOT NULL,
    "variant" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "bytes" INTEGER NOT NULL,
    CONSTRAINT "MediaFile_pkey" PRIMARY KEY ("mediaId", "variant")
);
CREATE INDEX "MediaFile_key_idx" ON "MediaFile"("key");
ALTER TABLE "MediaFile" ADD CONSTRAINT "MediaFile_mediaId_fkey" FOREIGN KEY ("mediaId") REFERENCES "MediaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "FamilyMemory" (
    "id" TEXT NOT NULL,
    "heroId" TEXT NOT NULL,
    "authorId" TEXT,
    "status" "SubmissionStatus" NOT NULL DEFAULT 'PENDING',
    "text" TEXT NOT NULL,
    "relation" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "moderatorNote" TEXT,
    "reviewerId" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "FamilyMemory_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "FamilyMemory_heroId_status_idx" ON "FamilyMemory"("heroId", "status");
CREATE INDEX "FamilyMemory_status_createdAt_idx" ON "FamilyMemory"("status", "createdAt");
CREATE INDEX "FamilyMemory_authorId_createdAt_idx" ON "FamilyMemory"("authorId", "createdAt");
ALTER TABLE "FamilyMemory" ADD CONSTRAINT "FamilyMemory_heroId_fkey" FOREIGN KEY ("heroId") REFERENCES "Hero"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "FamilyMemory" ADD CONSTRAINT "FamilyMemory_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "FamilyMemory" ADD CONSTRAINT "FamilyMemory_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

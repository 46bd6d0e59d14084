-- Taking an approved picture down is itself a moderated proposal (MediaRemoval); approval only
-- hides the item ("removedAt"), so no file or row is lost. The files of a rejected upload are
-- deleted 30 days after the decision; "filesPurgedAt" says so while the row keeps the audit trail.
ALTER TABLE "MediaItem" ADD COLUMN "removedAt" TIMESTAMP(3);
ALTER TABLE "MediaItem" ADD COLUMN "filesPurgedAt" TIMESTAMP(3);

CREATE TABLE "MediaRemoval" (
    "id" TEXT NOT NULL,
    "mediaId" TEXT NOT NULL,
    "requesterId" TEXT,
    "reason" TEXT NOT NULL,
    "status" "SubmissionStatus" NOT NULL DEFAULT 'PENDING',
    "moderatorNote" TEXT,
    "reviewerId" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MediaRemoval_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "MediaRemoval_status_createdAt_idx" ON "MediaRemoval"("status", "createdAt");
CREATE INDEX "MediaRemoval_mediaId_idx" ON "MediaRemoval"("mediaId");
ALTER TABLE "MediaRemoval" ADD CONSTRAINT "MediaRemoval_mediaId_fkey" FOREIGN KEY ("mediaId") REFERENCES "MediaItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "MediaRemoval" ADD CONSTRAINT "MediaRemoval_requesterId_fkey" FOREIGN KEY ("requesterId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "MediaRemoval" ADD CONSTRAINT "MediaRemoval_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
-- One open request per picture: a second would only duplicate the moderator's work.
CREATE UNIQUE INDEX "MediaRemoval_one_pending" ON "MediaRemoval"("mediaId") WHERE "status" = 'PENDING';

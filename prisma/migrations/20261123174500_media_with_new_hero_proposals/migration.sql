-- Pictures may come with a proposal of a new Hero: until the Hero exists they belong to the
-- proposal ("submissionId"), and on approval they join the new Hero ("heroId"). Every picture
-- belongs to one or the other.
ALTER TABLE "MediaItem" ALTER COLUMN "heroId" DROP NOT NULL;
ALTER TABLE "MediaItem" ADD COLUMN "submissionId" TEXT;
CREATE INDEX "MediaItem_submissionId_idx" ON "MediaItem"("submissionId");
ALTER TABLE "MediaItem" ADD CONSTRAINT "MediaItem_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "MediaItem" ADD CONSTRAINT "MediaItem_hero_or_proposal" CHECK ("heroId" IS NOT NULL OR "submissionId" IS NOT NULL);

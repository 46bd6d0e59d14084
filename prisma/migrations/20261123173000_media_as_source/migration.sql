-- An approved picture (an award sheet, a decree, a letter…) can be the source a fact cites: the
-- Source row names it, one source per picture. RESTRICT: a picture is never deleted (removal only
-- hides it), and a cited one must not silently lose its source.
ALTER TABLE "Source" ADD COLUMN "mediaId" TEXT;
CREATE UNIQUE INDEX "Source_mediaId_key" ON "Source"("mediaId");
ALTER TABLE "Source" ADD CONSTRAINT "Source_mediaId_fkey" FOREIGN KEY ("mediaId") REFERENCES "MediaItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

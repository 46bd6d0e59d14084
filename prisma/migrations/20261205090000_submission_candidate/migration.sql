-- A new-Hero proposal may start from a name not yet identified (the "Candidate" the fact sheet
-- lists): the proposal records which, so a moderator sees it and the name's page can later say that
-- a family came forward. Removing a candidate leaves the proposal, without the link.
ALTER TABLE "Submission" ADD COLUMN "candidateId" TEXT;

ALTER TABLE "Submission" ADD CONSTRAINT "Submission_candidateId_fkey"
  FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE INDEX "Submission_candidateId_idx" ON "Submission"("candidateId");

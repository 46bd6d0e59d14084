-- A proposal may be for a Hero the archive does not hold yet: no heroId until approved.

-- AlterEnum
ALTER TYPE "SubmissionKind" ADD VALUE 'NEW_HERO';

-- AlterTable
ALTER TABLE "Submission" ALTER COLUMN "heroId" DROP NOT NULL;

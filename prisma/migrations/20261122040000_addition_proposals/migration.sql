-- Proposals that add a unit served in, a battle or an award to an existing Hero.

-- AlterEnum
ALTER TYPE "SubmissionKind" ADD VALUE 'UNIT';

-- AlterEnum
ALTER TYPE "SubmissionKind" ADD VALUE 'BATTLE';

-- AlterEnum
ALTER TYPE "SubmissionKind" ADD VALUE 'AWARD';

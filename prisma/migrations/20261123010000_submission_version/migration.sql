-- A proposal's version moves when its author amends it, so a moderator's decision can say which
-- version it was made on and an amended proposal is never approved unseen.
ALTER TABLE "Submission" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;

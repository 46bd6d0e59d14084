-- Who may mark texts of one language as reviewed without being a moderator: a reader of that
-- language whom a moderator trusted with it. "LanguageReviewer" holds the rights as they are now
-- (revoking deletes the row); "LanguageReviewerChange" is their history, append-only like
-- "RoleChange": who gave or took which language from whom, and when.
CREATE TABLE "LanguageReviewer" (
    "userId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "grantedById" TEXT,
    "grantedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LanguageReviewer_pkey" PRIMARY KEY ("userId", "locale"),
    -- The languages that have translations; English is the records' own columns.
    CONSTRAINT "LanguageReviewer_locale_check" CHECK ("locale" IN ('ru', 'tg'))
);

CREATE TABLE "LanguageReviewerChange" (
    "id" TEXT NOT NULL,
    "actorId" TEXT,
    "subjectId" TEXT,
    "locale" TEXT NOT NULL,
    "granted" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LanguageReviewerChange_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "LanguageReviewerChange_subjectId_idx" ON "LanguageReviewerChange"("subjectId");

-- Removing an account ends its rights; the history stays, by "a removed account".
ALTER TABLE "LanguageReviewer" ADD CONSTRAINT "LanguageReviewer_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "LanguageReviewer" ADD CONSTRAINT "LanguageReviewer_grantedById_fkey" FOREIGN KEY ("grantedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "LanguageReviewerChange" ADD CONSTRAINT "LanguageReviewerChange_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "LanguageReviewerChange" ADD CONSTRAINT "LanguageReviewerChange_subjectId_fkey" FOREIGN KEY ("subjectId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TRIGGER "LanguageReviewerChange_append_only"
  BEFORE UPDATE OR DELETE ON "LanguageReviewerChange"
  FOR EACH ROW EXECUTE FUNCTION "history_is_append_only"('actorId', 'subjectId');
CREATE TRIGGER "LanguageReviewerChange_no_truncate"
  BEFORE TRUNCATE ON "LanguageReviewerChange"
  FOR EACH STATEMENT EXECUTE FUNCTION "history_is_append_only"();

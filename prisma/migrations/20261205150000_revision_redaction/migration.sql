-- Hiding a revision's text from the public, as MediaWiki's revision deletion does: "Revision"
-- stays as it was (append-only). Each hiding is a row here; an admin's undo is another row naming
-- the hiding it undoes ("undoesId"), so this table is append-only too, and a hiding is in force
-- while no row undoes it.
CREATE TABLE "RevisionRedaction" (
    "id" TEXT NOT NULL,
    "revisionId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "actorId" TEXT,
    "undoesId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RevisionRedaction_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "RevisionRedaction_revisionId_idx" ON "RevisionRedaction"("revisionId");
CREATE UNIQUE INDEX "RevisionRedaction_undoesId_key" ON "RevisionRedaction"("undoesId");

ALTER TABLE "RevisionRedaction" ADD CONSTRAINT "RevisionRedaction_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "Revision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
-- Removing the moderator's account keeps what they hid, by "a removed account".
ALTER TABLE "RevisionRedaction" ADD CONSTRAINT "RevisionRedaction_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "RevisionRedaction" ADD CONSTRAINT "RevisionRedaction_undoesId_fkey" FOREIGN KEY ("undoesId") REFERENCES "RevisionRedaction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TRIGGER "RevisionRedaction_append_only"
  BEFORE UPDATE OR DELETE ON "RevisionRedaction"
  FOR EACH ROW EXECUTE FUNCTION "history_is_append_only"('actorId');
CREATE TRIGGER "RevisionRedaction_no_truncate"
  BEFORE TRUNCATE ON "RevisionRedaction"
  FOR EACH STATEMENT EXECUTE FUNCTION "history_is_append_only"();

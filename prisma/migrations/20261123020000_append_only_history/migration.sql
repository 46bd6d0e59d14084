-- History (revisions, the audit log, role changes) is append-only for everyone, the owner included:
-- no UPDATE, no DELETE, no TRUNCATE. The one exception is removing a person: the foreign keys to
-- "User" set their columns to NULL, so an UPDATE that only nulls the user-reference columns named
-- in the trigger's arguments (and changes nothing else) is let through. The rest of the row, and
-- the fact that someone acted, stay. (Prisma ignores triggers; this is not drift.)
DROP TRIGGER "Revision_immutable" ON "Revision";
DROP FUNCTION "revision_is_immutable"();

CREATE FUNCTION "history_is_append_only"() RETURNS trigger AS $$
DECLARE
  old_row jsonb;
  new_row jsonb;
  reference text;
BEGIN
  IF TG_OP = 'UPDATE' THEN
    old_row := to_jsonb(OLD);
    new_row := to_jsonb(NEW);
    FOREACH reference IN ARRAY TG_ARGV LOOP
      -- Only towards NULL: pointing history at another person is rewriting it.
      IF new_row -> reference = 'null'::jsonb OR new_row -> reference = old_row -> reference THEN
        old_row := old_row - reference;
        new_row := new_row - reference;
      END IF;
    END LOOP;
    IF old_row = new_row THEN
      RETURN NEW;
    END IF;
  END IF;
  RAISE EXCEPTION '"%" is append-only (immutable): % is refused; append a new row instead', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Revision_append_only"
  BEFORE UPDATE OR DELETE ON "Revision"
  FOR EACH ROW EXECUTE FUNCTION "history_is_append_only"('proposedById', 'approvedById');
CREATE TRIGGER "Revision_no_truncate"
  BEFORE TRUNCATE ON "Revision"
  FOR EACH STATEMENT EXECUTE FUNCTION "history_is_append_only"();

CREATE TRIGGER "AuditEvent_append_only"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "history_is_append_only"('actorId');
CREATE TRIGGER "AuditEvent_no_truncate"
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "history_is_append_only"();

-- A role change outlives both people: removing its subject used to delete it (CASCADE).
ALTER TABLE "RoleChange" ALTER COLUMN "subjectId" DROP NOT NULL;
ALTER TABLE "RoleChange" DROP CONSTRAINT "RoleChange_subjectId_fkey";
ALTER TABLE "RoleChange" ADD CONSTRAINT "RoleChange_subjectId_fkey" FOREIGN KEY ("subjectId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TRIGGER "RoleChange_append_only"
  BEFORE UPDATE OR DELETE ON "RoleChange"
  FOR EACH ROW EXECUTE FUNCTION "history_is_append_only"('actorId', 'subjectId');
CREATE TRIGGER "RoleChange_no_truncate"
  BEFORE TRUNCATE ON "RoleChange"
  FOR EACH STATEMENT EXECUTE FUNCTION "history_is_append_only"();

-- A contributor who proposed something can be removed: the proposal (and the revision made from
-- it) stays, attributed to a removed account. RESTRICT made such a person impossible to remove.
ALTER TABLE "Submission" ALTER COLUMN "authorId" DROP NOT NULL;
ALTER TABLE "Submission" DROP CONSTRAINT "Submission_authorId_fkey";
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- History is never rewritten: the database itself refuses to change or delete a revision, so
-- no code path, script or mistake can lose one. (Prisma ignores triggers; this is not drift.)
CREATE FUNCTION "revision_is_immutable"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'Revisions are immutable: append a new revision instead';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Revision_immutable"
  BEFORE UPDATE OR DELETE ON "Revision"
  FOR EACH ROW EXECUTE FUNCTION "revision_is_immutable"();

-- Contributors propose a translation of a record's text (or a correction of one) like any other
-- change: a Submission of its own kind, approved along the one approval path.
ALTER TYPE "SubmissionKind" ADD VALUE 'TRANSLATION';

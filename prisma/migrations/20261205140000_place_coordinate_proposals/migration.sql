-- A contributor may propose the point of one of a Hero's places (issue #25), moderated like every
-- proposal (lib/submissions/kinds/place-coordinate.ts).
ALTER TYPE "SubmissionKind" ADD VALUE 'PLACE_COORDINATE';

-- A contributor may propose which place of the gazetteer a Hero's birth, call-up, feat, death,
-- first burial or resting place is (issue #25), moderated like every proposal
-- (lib/submissions/kinds/hero-place.ts).
ALTER TYPE "SubmissionKind" ADD VALUE 'HERO_PLACE';

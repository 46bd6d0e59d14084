-- A contributor may propose a station of the combat path of a unit a Hero served in (issue #25),
-- moderated like every proposal (lib/submissions/kinds/unit-station.ts).
ALTER TYPE "SubmissionKind" ADD VALUE 'UNIT_STATION';

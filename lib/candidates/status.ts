// What the fact sheet says about each name not yet identified, read for readers. The sheet's
// `status` is a code with an optional reason: "UNVERIFIED", "UNVERIFIED - one source; needs a
// second source…", "DOUBTFUL MEMBER - not seeded until a source ties him to Tajikistan",
// "CONTEXT - names needed", "EXCLUDED", "EXCLUDED (not an HSU)", "EXCLUDED (different person)".
// The page shows the kind in words (an interface string) and the reason as a record text,
// translated like every other.

export const CANDIDATE_KINDS = ['UNVERIFIED', 'DOUBTFUL', 'CONTEXT', 'EXCLUDED', 'OTHER'] as const;
type CandidateKind = (typeof CANDIDATE_KINDS)[number];

const CODES: readonly [RegExp, CandidateKind][] = [
  [/^UNVERIFIED\b/i, 'UNVERIFIED'],
  [/^DOUBTFUL( MEMBER)?\b/i, 'DOUBTFUL'],
  [/^CONTEXT\b/i, 'CONTEXT'],
  [/^EXCLUDED\b/i, 'EXCLUDED'],
];

// The sheet's words about its own work, said as a reader would understand them.
const FOR_READERS: readonly [RegExp, string][] = [[/\bnot seeded\b/g, 'not added to the archive']];

export type CandidateStatus = { kind: CandidateKind; reason: string | null };

export function readCandidateStatus(status: string): CandidateStatus {
  const text = status.trim();
  const match = CODES.find(([pattern]) => pattern.test(text));
  // A status the sheet may use one day and this code does not know: shown whole as its reason.
  if (!match) return { kind: 'OTHER', reason: text || null };
  const [pattern, kind] = match;
  const rest = text
    .replace(pattern, '')
    .replace(/^\s*MEMBER\b/i, '')
    .trim();
  const reason = (/^[-–—:]\s*(.+)$/.exec(rest)?.[1] ?? /^\((.+)\)$/.exec(rest)?.[1] ?? (rest || null))?.trim() || null;
  return { kind, reason: reason && FOR_READERS.reduce((out, [from, to]) => out.replace(from, to), reason) };
}

/**
 * Who the public page lists. Every value of the sheet (2026-12-05) starts with one of four codes:
 * EXCLUDED marks a person research has ruled out (not a Hero of the Soviet Union, another man of a
 * similar name, no Tajik link), and naming them beside the open cases would suggest a link the
 * research has disproved; they are not listed. UNVERIFIED, DOUBTFUL MEMBER and CONTEXT are open
 * questions a family may help answer: listed. "ruled out" in words counts as EXCLUDED too.
 */
export function isListedCandidate(status: string): boolean {
  return readCandidateStatus(status).kind !== 'EXCLUDED' && !/\bruled out\b/i.test(status);
}

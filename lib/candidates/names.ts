// A candidate's name as its source gives it. The sheet keeps the surname in Russian ("Ходов") and
// what follows it ("Константин Елизарович", "М.", or "С. (printed as Latin 'C.')", where the
// bracket is the sheet's English note on how the source printed it). One entry is not a name at
// all but a description in English ("(three natives of Kulob)"): it is translated, not marked Russian.

type Row = { id: string; surnameRu: string; initial: string | null };

export type CandidateName = {
  /** The name in Cyrillic, surname first, as the source gives it; null for a description. */
  name: string | null;
  /** The sheet's English note on how the source printed the initial. */
  initialNote: string | null;
  /** An entry that names no one, in English. */
  description: string | null;
  /** The parts a new-Hero proposal can start from: only whole words, never an initial. */
  parts: { surnameRu: string; givenRu: string; patronymicRu: string } | null;
};

const CYRILLIC = /\p{Script=Cyrillic}/u;

export function readCandidateName(row: Row): CandidateName {
  if (!CYRILLIC.test(row.surnameRu)) {
    return {
      name: null,
      initialNote: null,
      description: row.surnameRu.replace(/^\((.*)\)$/, '$1').trim(),
      parts: null,
    };
  }
  const initial = row.initial?.trim() ?? '';
  const note = /\(([^)]*)\)\s*$/.exec(initial);
  const given = (note ? initial.slice(0, note.index) : initial).trim();
  const words = given.split(/\s+/).filter(Boolean);
  const whole =
    words.length > 0 && words.length <= 2 && words.every((word) => !word.includes('.') && CYRILLIC.test(word));
  return {
    name: [row.surnameRu.trim(), given].filter(Boolean).join(' '),
    initialNote: note?.[1]?.trim() || null,
    description: null,
    parts: {
      surnameRu: row.surnameRu.trim(),
      givenRu: whole ? words[0]! : '',
      patronymicRu: whole ? (words[1] ?? '') : '',
    },
  };
}

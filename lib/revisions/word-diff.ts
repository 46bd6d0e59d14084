// Word-level differences between two values of a field, for the review page and the history:
// changing one word of a biography marks that word, not the whole text. Words are found by
// Intl.Segmenter, so Cyrillic and Tajik words are whole words (the library's own tokenizer
// splits them into letters).
import { diffWords } from 'diff';

export type WordChange = { kind: 'same' | 'removed' | 'added'; text: string };

const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

export function wordDiff(from: string | null, to: string | null): WordChange[] {
  return diffWords(from ?? '', to ?? '', { intlSegmenter: segmenter }).map((part) => ({
    kind: part.added ? 'added' : part.removed ? 'removed' : 'same',
    text: part.value,
  }));
}

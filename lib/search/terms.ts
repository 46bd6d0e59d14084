// What a hero can be found by: every word of every name form, his places (with their other
// names from the gazetteer, which the caller reads: lib/places/search.ts), units and battles. Pure, so the seed, moderation and the benchmark build
// the same terms.
import { foldName } from './normalize';

type SearchTermKind = 'NAME' | 'GIVEN' | 'PLACE' | 'UNIT' | 'BATTLE';
export type SearchTermInput = { kind: SearchTermKind; value: string; normalized: string };

// Words that tell nothing apart in unit, battle and place names.
const STOP_WORDS = new Set(
  [
    'of',
    'the',
    'on',
    'in',
    'at',
    'near',
    'and',
    'to',
    'for',
    'per',
    'seed',
    'village',
    'kishlak',
    'town',
    'city',
    'district',
    'region',
    'oblast',
    'rural',
    'council',
    'jamoat',
    'today',
    'now',
    'not',
    'given',
    'exact',
    'place',
    'area',
    'fighting',
    'separate',
    'battle',
    'operation',
    'defence',
    'crossing',
    'river',
    'republic',
    'ssr',
    'source',
    'sources',
  ].map(foldName),
);

export type TermSource = {
  names: string[];
  givenNames: string[];
  places: string[];
  units: string[];
  battles: string[];
};

function words(text: string): { value: string; normalized: string }[] {
  return text
    .split(/[\s,;:()/"«»]+/u)
    .map((value) => value.replace(/^[.'’-]+|[.'’-]+$/gu, ''))
    .filter(Boolean)
    .flatMap((value) => {
      const normalized = foldName(value).replace(/\s+/g, '');
      return normalized ? [{ value, normalized }] : [];
    });
}

export function buildSearchTerms(source: TermSource): SearchTermInput[] {
  const terms = new Map<string, SearchTermInput>();
  const add = (kind: SearchTermKind, value: string, normalized: string) => {
    // One row per word and script, so a result can show the form in the reader's script.
    const key = `${kind}:${normalized}:${/[A-Za-z]/.test(value) ? 'latin' : 'other'}`;
    if (!terms.has(key)) terms.set(key, { kind, value, normalized });
  };
  for (const name of source.names) for (const w of words(name)) add('NAME', w.value, w.normalized);
  for (const given of source.givenNames) for (const w of words(given)) add('GIVEN', w.value, w.normalized);
  for (const place of source.places) {
    for (const w of words(place))
      if (w.normalized.length >= 3 && !STOP_WORDS.has(w.normalized)) add('PLACE', w.value, w.normalized);
  }
  for (const unit of source.units) {
    for (const w of words(unit))
      if ((w.normalized.length >= 3 || /\d/.test(w.normalized)) && !STOP_WORDS.has(w.normalized))
        add('UNIT', w.value, w.normalized);
  }
  for (const battle of source.battles) {
    for (const w of words(battle))
      if (w.normalized.length >= 3 && !STOP_WORDS.has(w.normalized)) add('BATTLE', w.value, w.normalized);
  }
  return [...terms.values()];
}

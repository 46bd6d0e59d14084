// What a Hero is found by, and how a typed query is split: the two pure halves of search.
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../lib/search/query';
import { buildSearchTerms } from '../../lib/search/terms';

describe('buildSearchTerms', () => {
  it('indexes every word once per script, places with their other names, units and battles without filler words', () => {
    const terms = buildSearchTerms({
      names: ['Туйчи Эрджигитов', 'Tuychi Erdzhigitov'],
      givenNames: ['Туйчи'],
      // The other names of a place come from the gazetteer (lib/places/search.ts), read by the caller.
      places: ['Stalinabad', 'Dushanbe', 'Dyushambe', 'Сталинабад', 'Душанбе'],
      units: ['1064th Rifle Regiment', '281st Rifle Division'],
      battles: ['Battle of the Dnieper'],
    });
    expect(terms.map((t) => `${t.kind} ${t.value} ${t.normalized}`)).toEqual([
      'NAME Туйчи tuici',
      'NAME Эрджигитов erjigitov',
      'NAME Tuychi tuici',
      'NAME Erdzhigitov erjigitov',
      'GIVEN Туйчи tuici',
      'PLACE Stalinabad stalinabad',
      'PLACE Dushanbe dusanbe',
      'PLACE Dyushambe dusambe',
      'PLACE Сталинабад stalinabad',
      'PLACE Душанбе dusanbe',
      'UNIT 1064th 1064th',
      'UNIT Rifle rifle',
      'UNIT Regiment regiment',
      'UNIT 281st 281st',
      'UNIT Division divison',
      'BATTLE Dnieper dneper',
    ]);
  });

  it('keeps short unit numbers but drops short place and battle words; strips quotes and brackets', () => {
    const terms = buildSearchTerms({
      names: ['«Ali» (Alimov)'],
      givenNames: [],
      places: ['Ob'],
      units: ['5 Army'],
      battles: ['Kursk'],
    });
    expect(terms).toEqual([
      { kind: 'NAME', value: 'Ali', normalized: 'ali' },
      { kind: 'NAME', value: 'Alimov', normalized: 'alimov' },
      { kind: 'UNIT', value: '5', normalized: '5' },
      { kind: 'UNIT', value: 'Army', normalized: 'armi' }, // y and i fold alike
      { kind: 'BATTLE', value: 'Kursk', normalized: 'kursk' },
    ]);
  });

  it('gives nothing for nothing', () => {
    expect(buildSearchTerms({ names: ['', '  '], givenNames: [], places: [], units: [], battles: [] })).toEqual([]);
  });
});

describe('parseQuery', () => {
  it('splits an initial glued to a surname and maps Russian unit words to the archive’s English', () => {
    expect(parseQuery('В.Недошивин 281 полк')).toEqual({
      words: [
        { original: 'Недошивин', token: 'nedosivin' },
        { original: '281', token: '281' },
        { original: 'полк', token: 'regiment' },
      ],
      initials: ['v'],
    });
  });

  it('reads single letters as initials, at most three, and keeps at most eight words', () => {
    expect(parseQuery('a b c d e f g h i j k')).toEqual({ words: [], initials: ['a', 'b', 'c'] });
    const many = parseQuery('one two three four five six seven eight nine ten');
    expect(many.words.map((w) => w.original)).toEqual(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight']);
  });

  it('ignores punctuation-only input and trailing punctuation', () => {
    expect(parseQuery('  ,,, ')).toEqual({ words: [], initials: [] });
    expect(parseQuery('Mirzoev, T.')).toEqual({ words: [{ original: 'Mirzoev', token: 'mirzov' }], initials: ['t'] });
  });
});

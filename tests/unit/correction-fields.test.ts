import { describe, expect, it } from 'vitest';
import { CORRECTION_FIELD_GROUPS, chosenCorrectionFields } from '../../lib/submissions/correction-fields';
import { EDITABLE_FIELDS } from '../../lib/revisions/snapshot';
import { firstLines, lifeDates } from '../../lib/heroes/share';

describe('choosing what to correct', () => {
  it('offers every editable field exactly once', () => {
    const offered = CORRECTION_FIELD_GROUPS.flatMap((group) => group.fields);
    expect([...offered].sort()).toEqual([...EDITABLE_FIELDS].sort());
  });

  it('reads the choice from the query, in the form’s order, ignoring anything else', () => {
    expect(chosenCorrectionFields(['postwar', 'birthDate', 'published', 'id'])).toEqual(['birthDate', 'postwar']);
    expect(chosenCorrectionFields('biographyEn')).toEqual(['biographyEn']);
    expect(chosenCorrectionFields(undefined)).toEqual([]);
  });
});

describe('what a shared link says', () => {
  it('gives the dates only as the sources do, and nothing when neither is known', () => {
    const y1916 = { date: new Date(Date.UTC(1916, 0, 1)), precision: 'YEAR' as const };
    const jan1943 = { date: new Date(Date.UTC(1943, 0, 1)), precision: 'MONTH' as const };
    const none = { date: null, precision: null };
    expect(lifeDates(y1916, jan1943, 'en')).toBe('1916 – January 1943');
    expect(lifeDates(none, jan1943, 'en')).toBe('? – January 1943');
    expect(lifeDates(none, none, 'en')).toBeNull();
  });

  it('quotes the first paragraph, cut at a word', () => {
    expect(firstLines('Short.\n\nSecond.')).toBe('Short.');
    const long = `${'word '.repeat(80)}end`;
    const cut = firstLines(long, 50)!;
    expect(cut.endsWith('word…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(51);
    expect(firstLines(null)).toBeNull();
  });
});

// The schemas every proposal passes, and the pure checks beside them: what they accept, what they
// make of it, and which message key they give for what they refuse.
import { describe, expect, it } from 'vitest';
import { diffSnapshots, EDITABLE_FIELDS, type Snapshot } from '../../lib/revisions/snapshot';
import { ADDITION_SCHEMAS, parseAddition } from '../../lib/submissions/additions';
import {
  checkChronology,
  CORRECTION_FORM_FIELDS,
  EvidenceSchema,
  evidenceSchema,
  FieldValuesSchema,
} from '../../lib/submissions/schemas';
import { SourceSchema as SourceProposalSchema } from '../../lib/submissions/kinds/source';
import { UnitStationSchema } from '../../lib/submissions/kinds/unit-station';
import { HeroPlaceSchema } from '../../lib/submissions/kinds/hero-place';
import { completeInput, fieldErrors } from '../../lib/forms';
import { MembershipSchema } from '../../lib/submissions/new-hero';

const empty = Object.fromEntries(EDITABLE_FIELDS.map((f) => [f, ''])) as Record<string, string>;
const required = {
  surnameRu: 'Эрджигитов',
  surnameEn: 'Erdzhigitov',
  biographyEn: 'A biography.',
  biographyRu: 'Биография.',
};
const nulls = Object.fromEntries(EDITABLE_FIELDS.map((f) => [f, null])) as Snapshot;

function errorsOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return result.success ? {} : fieldErrors(result.error!.issues);
}

describe('FieldValuesSchema', () => {
  it('normalises: trims, composes (NFC), strips control characters, and turns empty into null', () => {
    const parsed = FieldValuesSchema.parse({
      ...empty,
      ...required,
      givenRu: '  Туи\u0306чи\u0000 ',
      role: '\tgun\u200b commander\n',
      birthDate: ' 1916 ',
    });
    expect(parsed).toEqual({ ...nulls, ...required, givenRu: 'Туйчи', role: 'gun commander', birthDate: '1916' });
    expect(parsed.givenRu).toBe('Туйчи'.normalize('NFC'));
  });

  it('keeps a line break inside a text', () => {
    expect(FieldValuesSchema.parse({ ...empty, ...required, postwar: 'first line\nsecond line' }).postwar).toBe(
      'first line\nsecond line',
    );
  });

  it('names each refused field with its message key', () => {
    const result = FieldValuesSchema.safeParse({
      ...empty,
      surnameRu: '  ',
      surnameEn: 'x'.repeat(101),
      biographyEn: 'b',
      biographyRu: 'b',
      birthDate: '1943-02-30',
      deathDate: 'spring 1944',
      titleDecreeDate: '1933',
      role: 'x'.repeat(301),
    });
    expect(errorsOf(result)).toEqual({
      surnameRu: 'required',
      surnameEn: 'tooLong',
      birthDate: 'badDate',
      deathDate: 'badDate',
      titleDecreeDate: 'decreeRange',
      role: 'tooLong',
    });
  });

  it('takes decree years 1934 to 1991 inclusive, and words for the deed’s date', () => {
    const decree = (value: string) =>
      FieldValuesSchema.safeParse({ ...empty, ...required, titleDecreeDate: value }).success;
    expect([decree('1934'), decree('1991-12-31'), decree('1933-12'), decree('1992')]).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect(FieldValuesSchema.parse({ ...empty, ...required, featDate: 'autumn 1943' }).featDate).toBe('autumn 1943');
  });

  it('refuses a field that is not a string with "required", so the form shows one of its own messages', () => {
    expect(errorsOf(FieldValuesSchema.safeParse({ ...required }))).toMatchObject({ givenRu: 'required' });
    expect(completeInput({ givenRu: 42, surnameRu: ' a\u0000' }, ['givenRu', 'surnameRu', 'role'])).toEqual({
      givenRu: '',
      surnameRu: ' a',
      role: '',
    });
    expect(CORRECTION_FORM_FIELDS).toEqual([
      ...EDITABLE_FIELDS,
      'sourceUrl',
      'sourceTitle',
      'archiveRef',
      'mediaId',
      'note',
    ]);
  });
});

describe('EvidenceSchema', () => {
  const evidence = { sourceUrl: '', sourceTitle: '', archiveRef: '', note: 'The award sheet says so.' };

  it('needs one of a web address, a title or an archive reference, and a note of ten characters', () => {
    expect(errorsOf(EvidenceSchema.safeParse(evidence))).toEqual({ sourceUrl: 'sourceRequired' });
    expect(EvidenceSchema.parse({ ...evidence, archiveRef: ' TsAMO f. 33 ' })).toEqual({
      ...evidence,
      archiveRef: 'TsAMO f. 33',
      mediaId: '',
    });
    expect(errorsOf(EvidenceSchema.safeParse({ ...evidence, sourceTitle: 'Book', note: ' too short ' }))).toEqual({
      note: 'noteTooShort',
    });
  });

  it("takes one of the Hero's approved pictures as the source, and no other", () => {
    const schema = evidenceSchema(['cm1approvedpicture0000001']);
    expect(schema.parse({ ...evidence, mediaId: 'cm1approvedpicture0000001' })).toEqual({
      ...evidence,
      mediaId: 'cm1approvedpicture0000001',
    });
    expect(errorsOf(schema.safeParse({ ...evidence, mediaId: 'cm1someoneelsespicture001' }))).toEqual({
      mediaId: 'documentNotCitable',
    });
    // Without a list (a new Hero has no pictures yet) every picture is refused.
    expect(
      errorsOf(EvidenceSchema.safeParse({ ...evidence, sourceTitle: 'Book', mediaId: 'cm1approvedpicture0000001' })),
    ).toEqual({ mediaId: 'documentNotCitable' });
  });

  it('accepts only http(s) addresses with a host name', () => {
    const url = (sourceUrl: string) => errorsOf(EvidenceSchema.safeParse({ ...evidence, sourceUrl })).sourceUrl ?? 'ok';
    expect(
      [
        'https://example.org/a',
        ' http://warheroes.ru/hero/hero.asp?Hero_id=1 ',
        'javascript:alert(1)',
        'http://',
        'https://localhost',
        'ftp://x.org/y',
        'https://a b.org/',
      ].map(url),
    ).toEqual(['ok', 'ok', 'badUrl', 'badUrl', 'badUrl', 'badUrl', 'badUrl']);
    expect(url(`https://example.org/${'x'.repeat(2000)}`)).toBe('tooLong');
  });
});

describe('SourceProposalSchema and MembershipSchema', () => {
  it('a source says what it supports; a new Hero says why he belongs', () => {
    const source = {
      sourceUrl: 'https://example.org/s',
      sourceTitle: '',
      sourcePublisher: '',
      sourceYear: '',
      archiveRef: '',
      supports: ' x ',
      note: 'Found in the archive.',
    };
    expect(errorsOf(SourceProposalSchema.safeParse(source))).toEqual({ supports: 'required' });
    expect(SourceProposalSchema.parse({ ...source, supports: ' the decree date ' }).supports).toBe('the decree date');
    expect(
      errorsOf(MembershipSchema.safeParse({ group: 'NOWHERE', membershipNote: 'short', countedIn64: 'maybe' })),
    ).toEqual({ group: 'required', membershipNote: 'noteTooShort', countedIn64: 'required' });
    expect(
      MembershipSchema.parse({ group: 'TAJIK_SSR', membershipNote: ' Born in Stalinabad. ', countedIn64: 'no' }),
    ).toEqual({ group: 'TAJIK_SSR', membershipNote: 'Born in Stalinabad.', countedIn64: 'no' });
  });
});

describe('the addition schemas', () => {
  it('a unit: its name and level required, the parent optional, dates real', () => {
    expect(
      parseAddition('UNIT', {
        unitName: ' 1064th Rifle Regiment ',
        level: 'REGIMENT',
        parentName: '281st Rifle Division',
        parentLevel: 'DIVISION',
        fromDate: '1943-05',
      }).data,
    ).toEqual({
      unitName: '1064th Rifle Regiment',
      level: 'REGIMENT',
      parentName: '281st Rifle Division',
      parentLevel: 'DIVISION',
      serviceRole: null,
      serviceRank: null,
      fromDate: '1943-05',
      toDate: null,
    });
    expect(
      errorsOf(parseAddition('UNIT', { unitName: ' ', level: 'SQUAD', parentLevel: 'TEAM', toDate: '1943-13' })),
    ).toEqual({ unitName: 'required', level: 'required', parentLevel: expect.any(String), toDate: 'badDate' });
  });

  it('a battle: its name required, the rest free text', () => {
    expect(parseAddition('BATTLE', { battleName: 'Battle of Kursk', battleDate: 'July 1943' }).data).toEqual({
      battleName: 'Battle of Kursk',
      battleDate: 'July 1943',
      battlePlace: null,
      battlePlaceId: null,
      battleNote: null,
    });
    expect(errorsOf(parseAddition('BATTLE', { battleName: 'x'.repeat(301) }))).toEqual({ battleName: 'tooLong' });
  });

  it("a unit's station: a unit and a place chosen, dated in the war years, the end not before the start", () => {
    const station = (dates: Record<string, string>) =>
      UnitStationSchema.safeParse(
        completeInput({ stationUnit: 'u1', stationPlace: 'p1', ...dates }, Object.keys(UnitStationSchema.shape)),
      );
    expect(station({ stationFrom: '1943', stationTo: '1943-05' }).data).toEqual({
      stationUnit: 'u1',
      stationPlace: 'p1',
      stationFrom: '1943',
      stationTo: '1943-05',
      stationNote: null,
    });
    expect(errorsOf(station({ stationFrom: '1943-06', stationTo: '1943-05-31' }))).toEqual({
      stationTo: 'stationDatesOrder',
    });
    expect(errorsOf(station({ stationFrom: '1938-12', stationTo: '1946' }))).toEqual({
      stationFrom: 'stationWarYears',
      stationTo: 'stationWarYears',
    });
    expect(errorsOf(station({ stationFrom: '' }))).toEqual({ stationFrom: 'required' });
  });

  it("one of a Hero's places: a fact of the list, a place chosen, a commissariat only with the call-up", () => {
    const place = (input: Record<string, string>) =>
      HeroPlaceSchema.safeParse(completeInput(input, Object.keys(HeroPlaceSchema.shape)));
    expect(place({ placeFact: 'callUpPlace', factPlace: 'p1', commissariat: ' Ura-Tyube district ' }).data).toEqual({
      placeFact: 'callUpPlace',
      factPlace: 'p1',
      commissariat: 'Ura-Tyube district',
    });
    expect(place({ placeFact: 'burialPlace', factPlace: 'p1' }).data).toEqual({
      placeFact: 'burialPlace',
      factPlace: 'p1',
      commissariat: null,
    });
    expect(errorsOf(place({ placeFact: 'nationality', factPlace: 'p1' }))).toEqual({ placeFact: 'unknownPlaceFact' });
    expect(errorsOf(place({ placeFact: '', factPlace: '' }))).toEqual({ placeFact: 'required', factPlace: 'required' });
    expect(errorsOf(place({ placeFact: 'featPlaceRef', factPlace: 'x'.repeat(65) }))).toEqual({
      factPlace: 'unknownPlace',
    });
    expect(errorsOf(place({ placeFact: 'birthPlace', factPlace: 'p1', commissariat: 'Asht' }))).toEqual({
      commissariat: 'commissariatOnlyForCallUp',
    });
  });

  it('an award: the Order of Lenin needs no name, any other does; decrees 1918 to 1991', () => {
    expect(parseAddition('AWARD', { awardKind: 'ORDER_OF_LENIN', decreeDate: '1918' }).data).toEqual({
      awardKind: 'ORDER_OF_LENIN',
      awardName: null,
      decreeDate: '1918',
      documentRef: null,
    });
    expect(errorsOf(parseAddition('AWARD', { awardKind: 'OTHER' }))).toEqual({ awardName: 'required' });
    expect(errorsOf(parseAddition('AWARD', { awardKind: 'ORDER_OF_LENIN', decreeDate: '1917-12' }))).toEqual({
      decreeDate: 'awardRange',
    });
    expect(errorsOf(parseAddition('AWARD', { awardKind: 'MEDAL', decreeDate: '1992' }))).toEqual({
      awardKind: 'required',
      decreeDate: 'awardRange',
    });
    expect(Object.keys(ADDITION_SCHEMAS)).toEqual(['UNIT', 'BATTLE', 'AWARD']);
  });
});

describe('checkChronology', () => {
  const dates = (values: Partial<Snapshot>) => checkChronology({ ...nulls, ...values });

  it('passes dates in order and dates it cannot read', () => {
    expect(
      dates({ birthDate: '1916', featDate: '1944-01-27', titleDecreeDate: '1944-06', deathDate: '1944-01-27' }),
    ).toEqual([]);
    expect(dates({ birthDate: '1916', featDate: 'autumn 1943', deathDate: '1990' })).toEqual([]);
    expect(dates({})).toEqual([]);
  });

  it('names each date out of order with its message key', () => {
    expect(dates({ birthDate: '1944', deathDate: '1943', featDate: '1942', titleDecreeDate: '1940' })).toEqual([
      { field: 'deathDate', message: 'deathBeforeBirth' },
      { field: 'featDate', message: 'featBeforeBirth' },
      { field: 'titleDecreeDate', message: 'decreeBeforeBirth' },
    ]);
    expect(dates({ featDate: '1944-02', deathDate: '1944-01-31' })).toEqual([
      { field: 'featDate', message: 'featAfterDeath' },
    ]);
    // A birth and death in the same year, given to the year only, cannot be told apart: refused.
    expect(dates({ birthDate: '1920', deathDate: '1920' })).toEqual([
      { field: 'deathDate', message: 'deathBeforeBirth' },
    ]);
  });
});

describe('diffSnapshots', () => {
  it('lists exactly the fields that differ, null and missing alike', () => {
    const from = { ...nulls, surnameEn: 'Khakimov', role: 'gunner', units: 'A' } as Snapshot;
    const to = { ...nulls, surnameEn: 'Khakimov', role: 'gun commander', givenEn: 'Ali' } as Snapshot;
    expect(diffSnapshots(from, to)).toEqual({
      role: { from: 'gunner', to: 'gun commander' },
      givenEn: { from: null, to: 'Ali' },
      units: { from: 'A', to: null },
    });
    expect(diffSnapshots(from, to, ['surnameEn', 'role'])).toEqual({ role: { from: 'gunner', to: 'gun commander' } });
    expect(diffSnapshots(from, { ...from })).toEqual({});
  });
});

import { describe, expect, it } from 'vitest';
import { assessCompleteness, COMPLETENESS_FACTS } from '../../lib/heroes/completeness';

const empty = {
  givenRu: null,
  givenEn: null,
  birthDate: null,
  deathDate: null,
  birthPlaceId: null,
  featDate: null,
  featDateText: null,
  featPlace: null,
  serviceCount: 0,
  titleDecreeDate: null,
};

describe('completeness', () => {
  it('calls a record with no given name a stub and lists every missing fact', () => {
    const result = assessCompleteness(empty);
    expect(result).toEqual({ known: [], missing: [...COMPLETENESS_FACTS], isStub: true, percent: 0 });
  });

  it('counts each known fact once', () => {
    const result = assessCompleteness({
      ...empty,
      givenRu: 'Туйчи',
      birthDate: new Date(),
      featPlace: 'x',
      serviceCount: 4,
    });
    expect(result.known).toEqual(['fullName', 'birthDate', 'unit', 'deed']);
    expect(result.isStub).toBe(false);
    expect(result.percent).toBe(57);
  });

  it('takes the deed from its date, its words or its place, and a full name from either language', () => {
    expect(assessCompleteness({ ...empty, givenEn: 'Tuychi', featDateText: 'autumn 1943' })).toEqual({
      known: ['fullName', 'deed'],
      missing: ['birthDate', 'deathDate', 'birthPlace', 'unit', 'decreeDate'],
      isStub: false,
      percent: 29,
    });
    expect(assessCompleteness({ ...empty, featDateText: '' }).known).toEqual([]);
  });

  it('a record with every fact is complete', () => {
    const day = new Date('1944-01-27');
    const full = {
      givenRu: 'Т',
      givenEn: null,
      birthDate: day,
      deathDate: day,
      birthPlaceId: 'p',
      featDate: day,
      featDateText: null,
      featPlace: null,
      serviceCount: 1,
      titleDecreeDate: day,
    };
    expect(assessCompleteness(full)).toEqual({
      known: [...COMPLETENESS_FACTS],
      missing: [],
      isStub: false,
      percent: 100,
    });
  });
});

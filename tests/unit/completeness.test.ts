import { describe, expect, it } from 'vitest';
import { assessCompleteness, COMPLETENESS_FACTS } from '../../lib/heroes/completeness';

const empty = { givenRu: null, givenEn: null, birthDate: null, deathDate: null, birthPlaceId: null, featDate: null, featDateText: null, featPlace: null, serviceCount: 0, titleDecreeDate: null };

describe('completeness', () => {
  it('calls a record with no given name a stub and lists every missing fact', () => {
    const result = assessCompleteness(empty);
    expect(result).toEqual({ known: [], missing: [...COMPLETENESS_FACTS], isStub: true, percent: 0 });
  });

  it('counts each known fact once', () => {
    const result = assessCompleteness({ ...empty, givenRu: 'Туйчи', birthDate: new Date(), featPlace: 'x', serviceCount: 4 });
    expect(result.known).toEqual(['fullName', 'birthDate', 'unit', 'deed']);
    expect(result.isStub).toBe(false);
    expect(result.percent).toBe(57);
  });
});

import { describe, expect, it } from 'vitest';
import { PROFILE_FACTS, profileFacts, type ProfileFactsInput } from '../../lib/heroes/profile-facts';

const noTexts = {
  biography: null,
  nationality: null,
  rankAtFeat: null,
  role: null,
  featDateText: null,
  featPlace: null,
};
const empty: ProfileFactsInput = {
  isStub: true,
  birthDate: null,
  deathDate: null,
  killedInAction: null,
  birthPlace: null,
  deathPlace: null,
  burialPlace: null,
  featDate: null,
  serviceCount: 0,
  battleCount: 0,
  title: null,
  texts: noTexts,
};
const day = new Date('1944-01-27');

describe('profile facts', () => {
  it('names every fact of an empty record as not yet known, once, in the order of the page', () => {
    const facts = profileFacts(empty);
    expect(facts.shown).toEqual({ life: [], service: [], deed: [], award: [] });
    expect(facts.notYetKnown).toEqual([
      'fullName',
      'biography',
      ...PROFILE_FACTS.life,
      ...PROFILE_FACTS.service,
      ...PROFILE_FACTS.deed,
      ...PROFILE_FACTS.award,
    ]);
  });

  it('shows a known fact in its section and leaves it out of "not yet known"', () => {
    const facts = profileFacts({
      ...empty,
      isStub: false,
      birthPlace: { id: 'p' },
      serviceCount: 2,
      title: { decreeDate: day, posthumous: null, goldStarNo: null },
      texts: { ...noTexts, biography: 'Born in…', role: 'machine gunner', featPlace: 'Gatchina' },
    });
    expect(facts.shown).toEqual({
      life: ['birthPlace'],
      service: ['role', 'units'],
      deed: ['featPlace'],
      award: ['decreeDate'],
    });
    expect(facts.notYetKnown).toEqual([
      'birthDate',
      'deathDate',
      'deathPlace',
      'burialPlace',
      'nationality',
      'rank',
      'battles',
      'featDate',
      'posthumous',
      'goldStar',
    ]);
  });

  it('knows how he died from "killed in action" without a date, and the deed date from words', () => {
    const facts = profileFacts({ ...empty, killedInAction: true, texts: { ...noTexts, featDateText: 'autumn 1943' } });
    expect(facts.shown.life).toEqual(['deathDate']);
    expect(facts.shown.deed).toEqual(['featDate']);
    expect(profileFacts({ ...empty, killedInAction: false }).notYetKnown).toContain('deathDate');
  });

  it('takes "not posthumous" as a fact and only a missing answer as unknown', () => {
    const award = (posthumous: boolean | null) =>
      profileFacts({ ...empty, title: { decreeDate: null, posthumous, goldStarNo: '1234' } }).shown.award;
    expect(award(false)).toEqual(['posthumous', 'goldStar']);
    expect(award(true)).toEqual(['posthumous', 'goldStar']);
    expect(award(null)).toEqual(['goldStar']);
  });

  it('a record with every fact has nothing not yet known', () => {
    const full = profileFacts({
      isStub: false,
      birthDate: day,
      deathDate: day,
      killedInAction: null,
      birthPlace: {},
      deathPlace: {},
      burialPlace: {},
      featDate: day,
      serviceCount: 1,
      battleCount: 1,
      title: { decreeDate: day, posthumous: false, goldStarNo: '1' },
      texts: {
        biography: 'b',
        nationality: 'Tajik',
        rankAtFeat: 'sergeant',
        role: 'r',
        featDateText: null,
        featPlace: 'p',
      },
    });
    expect(full.notYetKnown).toEqual([]);
    expect(full.shown).toEqual(PROFILE_FACTS);
  });
});

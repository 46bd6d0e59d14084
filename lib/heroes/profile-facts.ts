// What a profile shows of a record, and what it names as "not yet known": each fact the profile
// has a row for is either shown (the sources give it) or listed once, with the others the sources
// do not give, in the profile's "Not yet known". Never a blank row, never an invented value.
//
// Three related words, one idea each:
// - "not yet known" (this file): the facts a profile has a row for that its record does not give;
// - "completeness" (./completeness.ts): the seven key facts, known or missing, that the help page
//   orders records by and the profile counts ("5 of 7 key facts known");
// - "open questions" (./open-questions.ts, the help page): the published records with a missing
//   key fact, each listing the key facts it lacks under the same heading, "Not yet known".
//
// Pure: it takes the record's facts as plain values (texts already resolved for the reader, null
// when no language has them), so a unit test holds the rules with plain objects.

/** The rows of the profile's fact lists, by section, in the order they are shown. */
export const PROFILE_FACTS = {
  life: ['birthDate', 'birthPlace', 'deathDate', 'deathPlace', 'burialPlace', 'nationality'],
  service: ['rank', 'role', 'units', 'battles'],
  deed: ['featDate', 'featPlace'],
  award: ['decreeDate', 'posthumous', 'goldStar'],
} as const;

type ProfileFactGroup = keyof typeof PROFILE_FACTS;
type ProfileFact = (typeof PROFILE_FACTS)[ProfileFactGroup][number];
/** What "Not yet known" can name: every fact row, and the full name and the biography. */
export type NotYetKnownFact = 'fullName' | 'biography' | ProfileFact;

export type ProfileFactsInput = {
  /** Known only by surname and initial (completeness.isStub). */
  isStub: boolean;
  birthDate: Date | null;
  deathDate: Date | null;
  killedInAction: boolean | null;
  birthPlace: object | null;
  deathPlace: object | null;
  burialPlace: object | null;
  featDate: Date | null;
  serviceCount: number;
  battleCount: number;
  /** The Hero of the Soviet Union award, if the record holds it. */
  title: { decreeDate: Date | null; posthumous: boolean | null; goldStarNo: string | null } | null;
  /** The record's texts in the language the reader gets them, null where no language has one. */
  texts: Record<'biography' | 'nationality' | 'rankAtFeat' | 'role' | 'featDateText' | 'featPlace', string | null>;
};

export type ProfileFacts = {
  /** The facts shown, by section, in order. */
  shown: { [G in ProfileFactGroup]: (typeof PROFILE_FACTS)[G][number][] };
  /** The facts the sources do not give, in the order "Not yet known" lists them. */
  notYetKnown: NotYetKnownFact[];
};

export function profileFacts(hero: ProfileFactsInput): ProfileFacts {
  const known: Record<ProfileFact, boolean> = {
    birthDate: hero.birthDate !== null,
    birthPlace: hero.birthPlace !== null,
    // "Killed in action" with no date still says how he died.
    deathDate: hero.deathDate !== null || hero.killedInAction === true,
    deathPlace: hero.deathPlace !== null,
    burialPlace: hero.burialPlace !== null,
    nationality: hero.texts.nationality !== null,
    rank: hero.texts.rankAtFeat !== null,
    role: hero.texts.role !== null,
    units: hero.serviceCount > 0,
    battles: hero.battleCount > 0,
    // A date vaguer than a day ("autumn 1943") is still the date of the deed.
    featDate: hero.featDate !== null || hero.texts.featDateText !== null,
    featPlace: hero.texts.featPlace !== null,
    decreeDate: (hero.title?.decreeDate ?? null) !== null,
    // Posthumous or not is a fact either way; only no answer is unknown.
    posthumous: (hero.title?.posthumous ?? null) !== null,
    goldStar: (hero.title?.goldStarNo ?? null) !== null,
  };
  const shownOf = <G extends ProfileFactGroup>(group: G) =>
    PROFILE_FACTS[group].filter((fact) => known[fact]) as (typeof PROFILE_FACTS)[G][number][];
  const rows = [...PROFILE_FACTS.life, ...PROFILE_FACTS.service, ...PROFILE_FACTS.deed, ...PROFILE_FACTS.award];
  return {
    shown: { life: shownOf('life'), service: shownOf('service'), deed: shownOf('deed'), award: shownOf('award') },
    notYetKnown: [
      ...(hero.isStub ? (['fullName'] as const) : []),
      ...(hero.texts.biography === null ? (['biography'] as const) : []),
      ...rows.filter((fact) => !known[fact]),
    ],
  };
}

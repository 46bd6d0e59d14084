// How complete a record is: which of the facts a profile should hold are known. What a page shows
// is derived from the record every time, so it cannot drift from the facts. The database keeps a
// copy of the missing facts for the help page's order ("Hero"."missingFacts", kept by triggers);
// tests/integration/open-questions.test.ts holds it equal to this.
import type { Prisma } from '../generated/prisma/client';

// The order is the order of the bits the database keeps (migration 20261124100000_hero_missing_facts):
// another fact, or another order, needs a migration that says the same.
export const COMPLETENESS_FACTS = [
  'fullName',
  'birthDate',
  'deathDate',
  'birthPlace',
  'unit',
  'deed',
  'decreeDate',
] as const;
export type CompletenessFact = (typeof COMPLETENESS_FACTS)[number];

export type CompletenessInput = {
  givenRu: string | null;
  givenEn: string | null;
  birthDate: Date | null;
  deathDate: Date | null;
  birthPlaceId: string | null;
  featDate: Date | null;
  featDateText: string | null;
  featPlace: string | null;
  serviceCount: number;
  titleDecreeDate: Date | null;
};

export type Completeness = {
  known: CompletenessFact[];
  missing: CompletenessFact[];
  /** Known only by surname and initial. */
  isStub: boolean;
  percent: number;
};

/** A record known only by surname and initial: the list marks it, the profile invites help. */
export function isStub(hero: { givenRu: string | null; givenEn: string | null }): boolean {
  return !hero.givenRu && !hero.givenEn;
}

/** The columns of a Hero that completenessOf judges: what a query selects to show completeness. */
export const COMPLETENESS_COLUMNS = {
  givenRu: true,
  givenEn: true,
  birthDate: true,
  deathDate: true,
  birthPlaceId: true,
  featDate: true,
  featDateText: true,
  featPlace: true,
  _count: { select: { services: true } },
  awards: { where: { kind: 'HERO_OF_THE_SOVIET_UNION' }, select: { decreeDate: true } },
} satisfies Prisma.HeroSelect;

/** assessCompleteness of a Hero read with COMPLETENESS_COLUMNS. */
export function completenessOf(hero: Prisma.HeroGetPayload<{ select: typeof COMPLETENESS_COLUMNS }>): Completeness {
  return assessCompleteness({
    ...hero,
    serviceCount: hero._count.services,
    titleDecreeDate: hero.awards[0]?.decreeDate ?? null,
  });
}

export function assessCompleteness(hero: CompletenessInput): Completeness {
  const facts: Record<CompletenessFact, boolean> = {
    fullName: !isStub(hero),
    birthDate: hero.birthDate !== null,
    deathDate: hero.deathDate !== null,
    birthPlace: hero.birthPlaceId !== null,
    unit: hero.serviceCount > 0,
    deed: Boolean(hero.featDate || hero.featDateText || hero.featPlace),
    decreeDate: hero.titleDecreeDate !== null,
  };
  const known = COMPLETENESS_FACTS.filter((fact) => facts[fact]);
  const missing = COMPLETENESS_FACTS.filter((fact) => !facts[fact]);
  return {
    known,
    missing,
    isStub: !facts.fullName,
    percent: Math.round((known.length / COMPLETENESS_FACTS.length) * 100),
  };
}

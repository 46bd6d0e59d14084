// How a reader helps locate a place: a point is proposed through the record of a Hero tied to it
// (lib/submissions/kinds/place-coordinate.ts), naming which of his places it is.
import type { HeroPlaceRole, HeroRef } from './queries';

/** The proposal form's `placeRole` for each tie a coordinate can be proposed through. */
const PROPOSAL_FIELD: Partial<Record<HeroPlaceRole, string>> = {
  BIRTH: 'birthPlace',
  CALL_UP: 'callUpPlace',
  FEAT: 'featPlaceRef',
  DEATH: 'deathPlace',
  FIRST_BURIAL: 'firstBurialPlace',
  BURIAL: 'burialPlace',
};

/** The first Hero tied to the place in a way a coordinate can be proposed through, and the form's address; null if none. */
export function locateThrough(heroes: Record<HeroPlaceRole, HeroRef[]>): { hero: HeroRef; href: string } | null {
  for (const [role, field] of Object.entries(PROPOSAL_FIELD) as [HeroPlaceRole, string][]) {
    const hero = heroes[role][0];
    if (hero) return { hero, href: `/heroes/${hero.slug}/add?kind=place&placeRole=${field}` };
  }
  return null;
}

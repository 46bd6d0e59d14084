// What a page may say about a person's place in the collection, no surer than the sources: the
// 2020 CSTO article names some of the 64; for others the place is inferred from birthplace or
// call-up (then the group is inferred too); some are doubtful; and some identifications are not
// confirmed by any source. Each answer is a message key, so every language says the same thing.
import type { GroupKey } from '../i18n/glossary';
export type MembershipFacts = {
  group: GroupKey;
  countedIn64: boolean;
  membershipConfidence: 'HIGH' | 'MEDIUM' | 'LOW' | null;
  identityNote: string | null;
  conflicts?: readonly { field: string }[];
};

type MembershipKey =
  | 'named'
  | 'inferred'
  | 'doubtful'
  | 'outside'
  | 'probablyOutside'
  | 'perhapsOutside'
  | 'unassessedIn'
  | 'unassessedOut';

export type MembershipStatement = {
  /** A key of `hero.membershipBadge`. */
  membership: MembershipKey;
  /** True when the group is the sheet's inference (from birthplace or call-up), not a source's word. */
  groupInferred: boolean;
  /** True when no source confirms that the facts belong to the person the count names. */
  identityInDoubt: boolean;
};

const IN: Record<NonNullable<MembershipFacts['membershipConfidence']>, MembershipKey> = {
  HIGH: 'named',
  MEDIUM: 'inferred',
  LOW: 'doubtful',
};
const OUT: Record<NonNullable<MembershipFacts['membershipConfidence']>, MembershipKey> = {
  HIGH: 'outside',
  MEDIUM: 'probablyOutside',
  LOW: 'perhapsOutside',
};

export function describeMembership(hero: MembershipFacts): MembershipStatement {
  const confidence = hero.membershipConfidence;
  const membership = confidence
    ? (hero.countedIn64 ? IN : OUT)[confidence]
    : hero.countedIn64
      ? 'unassessedIn'
      : 'unassessedOut';
  return {
    membership,
    // Named in the article: its group is the article's. Otherwise the group came with the inference.
    groupInferred: hero.countedIn64 && confidence !== 'HIGH',
    identityInDoubt:
      Boolean(hero.identityNote) ||
      (hero.conflicts ?? []).some((conflict) => conflict.field.trim().toLowerCase() === 'identity'),
  };
}

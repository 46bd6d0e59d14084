import { describe, expect, it } from 'vitest';
import { describeMembership } from '../../lib/heroes/membership';

const base = { group: 'TAJIK_SSR' as const, countedIn64: true, identityNote: null, conflicts: [] };

describe('what a page may say of membership', () => {
  it('follows the confidence: named, inferred, doubtful; outside the count likewise', () => {
    expect(describeMembership({ ...base, membershipConfidence: 'HIGH' }).membership).toBe('named');
    expect(describeMembership({ ...base, membershipConfidence: 'MEDIUM' }).membership).toBe('inferred');
    expect(describeMembership({ ...base, membershipConfidence: 'LOW' }).membership).toBe('doubtful');
    expect(describeMembership({ ...base, countedIn64: false, membershipConfidence: 'MEDIUM' }).membership).toBe(
      'probablyOutside',
    );
    expect(describeMembership({ ...base, membershipConfidence: null }).membership).toBe('unassessedIn');
  });

  it('calls the group inferred unless the article names him, and never for one outside the count', () => {
    expect(describeMembership({ ...base, membershipConfidence: 'HIGH' }).groupInferred).toBe(false);
    expect(describeMembership({ ...base, membershipConfidence: 'MEDIUM' }).groupInferred).toBe(true);
    expect(describeMembership({ ...base, membershipConfidence: null }).groupInferred).toBe(true);
    expect(describeMembership({ ...base, countedIn64: false, membershipConfidence: 'MEDIUM' }).groupInferred).toBe(
      false,
    );
  });

  it('doubts an identity with an identity note or a conflict about identity', () => {
    expect(describeMembership({ ...base, membershipConfidence: 'HIGH' }).identityInDoubt).toBe(false);
    expect(
      describeMembership({ ...base, membershipConfidence: 'HIGH', identityNote: 'only "Mirzoev T."' }).identityInDoubt,
    ).toBe(true);
    expect(
      describeMembership({ ...base, membershipConfidence: 'LOW', conflicts: [{ field: 'identity' }] }).identityInDoubt,
    ).toBe(true);
    expect(
      describeMembership({ ...base, membershipConfidence: 'LOW', conflicts: [{ field: 'role' }] }).identityInDoubt,
    ).toBe(false);
  });
});

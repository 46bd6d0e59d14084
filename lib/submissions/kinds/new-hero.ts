// A Hero the archive does not hold yet: approving it creates the record (lib/submissions/new-hero.ts
// is the one call that does) and gives it the pictures sent with the proposal.
import type { Snapshot } from '../../revisions/snapshot';
import { createHeroFromProposal, type NewHeroPayload } from '../new-hero';
import { fieldRows } from './fields';
import { KIND_DEFAULTS, type KindModule } from './kind';

export const newHero = {
  ...KIND_DEFAULTS,
  createsHero: true,
  // Every source it offers is cited by the new record, pictures included (createHeroFromProposal).
  citesOfferedPictures: false,
  takesPictures: true,
  reviewRows: ({ submission, base, now }) => fieldRows(base, now, submission.payload as Snapshot),
  summary(submission) {
    const { group, membershipNote } = submission.payload as NewHeroPayload;
    return { testId: 'membership', text: `${group}: ${membershipNote}` };
  },
  async create(tx, submission) {
    const hero = await createHeroFromProposal(
      tx,
      submission.payload as NewHeroPayload,
      submission.evidence as never,
      submission.note,
    );
    await tx.submission.update({ where: { id: submission.id }, data: { heroId: hero.id } });
    // Its pictures join the new Hero, each still pending: the moderator decides each on its own
    // (and may make one the portrait), as for any picture of a profile.
    await tx.mediaItem.updateMany({ where: { submissionId: submission.id, heroId: null }, data: { heroId: hero.id } });
    return hero;
  },
} satisfies KindModule;

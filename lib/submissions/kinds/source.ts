// A new source for an existing Hero, and what of the Hero's record it supports: cited on the
// profile when approved. The proposal is its own evidence.
import { citeSource, type OfferedSource } from '../../sources';
import { bumpVersion, type KindModule } from './kind';

type SourcePayload = OfferedSource & { supports: string };

export const source = {
  createsHero: false,
  citesOfferedPictures: false,
  amendable: false,
  takesPictures: false,
  reason: (submission) => `Source added: ${(submission.payload as SourcePayload).url ?? (submission.payload as SourcePayload).title}`,
  reviewRows: () => [],
  async apply(tx, heroId, submission, { expectedVersion }) {
    const source = submission.payload as SourcePayload;
    await citeSource(tx, heroId, source, source.supports);
    await bumpVersion(tx, heroId, expectedVersion);
    return {};
  },
} satisfies KindModule;

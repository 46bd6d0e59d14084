// The one writer of revisions. It takes the transaction and imports no database client, so the
// site and the shell scripts (the import) append history the same way.
import type { Prisma } from '../generated/prisma/client';
import { diffSnapshots, readSnapshot, type Snapshot } from './snapshot';

/** Why revision 1 holds the state a record had before its first change, unless told otherwise. */
const FIRST_RECORDED = 'As first recorded in the archive (from the research fact sheet).';

export async function appendRevision(
  tx: Prisma.TransactionClient,
  input: {
    heroId: string;
    before: Snapshot;
    after: Snapshot;
    reason: string;
    proposedById: string | null;
    approvedById: string | null;
    submissionId?: string;
    restoredFrom?: number;
    createsHero?: boolean;
    /** Changes outside the record's fields (a translation: "translation:tg:Hero:<id>:role"), listed with the revision. */
    extraDiff?: Record<string, { from: string | null; to: string | null }>;
    /** The reason revision 1 gives when this change is the record's first (the import says where the record came from). */
    firstRecordedReason?: string;
  },
) {
  const last = await tx.revision.findFirst({
    where: { heroId: input.heroId },
    orderBy: { number: 'desc' },
    select: { number: true },
  });
  let number = last?.number ?? 0;
  // A Hero created by this revision starts its history with it; the first change to a seeded
  // record first keeps the state it had as revision 1.
  if (!last && !input.createsHero) {
    await tx.revision.create({
      data: {
        heroId: input.heroId,
        number: 1,
        snapshot: input.before,
        diff: {},
        reason: input.firstRecordedReason ?? FIRST_RECORDED,
      },
    });
    number = 1;
  }
  return tx.revision.create({
    data: {
      heroId: input.heroId,
      number: number + 1,
      snapshot: input.after,
      diff: { ...diffSnapshots(input.before, input.after), ...input.extraDiff },
      reason: input.reason,
      proposedById: input.proposedById,
      approvedById: input.approvedById,
      submissionId: input.submissionId,
      restoredFrom: input.restoredFrom,
    },
    select: { id: true, number: true },
  });
}

/**
 * A revision that leaves the record's fields as they are but belongs in its history (a picture
 * added or taken down, a translation reviewed: `extraDiff` lists such a change): the record's state
 * now, as both before and after.
 */
export async function appendUnchangedRevision(
  tx: Prisma.TransactionClient,
  input: Omit<Parameters<typeof appendRevision>[1], 'before' | 'after'>,
) {
  const { snapshot } = await readSnapshot(tx, input.heroId);
  return appendRevision(tx, { ...input, before: snapshot, after: snapshot });
}

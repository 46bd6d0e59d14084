// Changes to the editable facts of an existing Hero. The only kind a moderator may merge: when the
// record moved on after the proposal, the moderator starts from what each side changed.
import { AppError, ValidationError } from '../../errors';
import { completeInput, fieldErrors } from '../../forms';
import { EDITABLE_FIELDS, writeSnapshot, type Snapshot } from '../../revisions/snapshot';
import { checkChronology, FieldValuesSchema } from '../schemas';
import { fieldRows } from './fields';
import { changesHero, type KindModule } from './kind';

/** The proposer's value where the proposer changed the field, today's value everywhere else. */
function mergeStart(base: Snapshot, now: Snapshot, proposed: Snapshot): Snapshot {
  return Object.fromEntries(
    EDITABLE_FIELDS.map((field) => [
      field,
      (proposed[field] ?? null) !== (base[field] ?? null) ? (proposed[field] ?? null) : (now[field] ?? null),
    ]),
  ) as Snapshot;
}

function parseMerge(merged: Record<string, string>): Snapshot {
  const parsed = FieldValuesSchema.safeParse(completeInput(merged, EDITABLE_FIELDS));
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error.issues));
  const problems = checkChronology(parsed.data);
  if (problems.length) throw new ValidationError(Object.fromEntries(problems.map((p) => [p.field, p.message])));
  return parsed.data;
}

export const correction = changesHero({
  citesOfferedPictures: true,
  amendable: true,
  reviewRows: ({ submission, base, now }) => fieldRows(base, now, submission.payload as Snapshot),
  merge: { start: mergeStart, parse: parseMerge },
  async apply(tx, heroId, submission, { expectedVersion, merged }) {
    if (!(await writeSnapshot(tx, heroId, expectedVersion, merged ?? (submission.payload as Snapshot)))) {
      throw new AppError('CONFLICT', 'recordChangedReviewAgain');
    }
    return {};
  },
}) satisfies KindModule;

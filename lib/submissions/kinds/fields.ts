// The review of a kind that proposes a Hero's editable facts (a correction, a new Hero): each field
// the proposal or the record changed, as it was when proposed, as it is now, as proposed.
import { EDITABLE_FIELDS, type Snapshot } from '../../revisions/snapshot';
import type { ReviewRow } from './kind';

export function fieldRows(base: Snapshot, now: Snapshot, proposed: Snapshot): ReviewRow[] {
  return EDITABLE_FIELDS.map((field) => ({
    field,
    base: base[field] ?? null,
    now: now[field] ?? null,
    proposed: proposed[field] ?? null,
  })).filter((row) => row.proposed !== row.base || row.now !== row.base);
}

'use server';
// Restoring an earlier revision from the history page; the data function checks the permission
// and that the record is still at the version the restorer saw.
import { getActor } from '../auth';
import { runFormAction, type FormState } from '../form-actions';
import { restoreRevision } from './revisions';

export async function restoreAction(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  return runFormAction(formData, () =>
    restoreRevision(actor, {
      heroSlug: String(formData.get('slug') ?? ''),
      number: Number(formData.get('number')),
      expectedVersion: Number(formData.get('expectedVersion')),
    }),
  );
}

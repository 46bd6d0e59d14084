'use server';
// The moderator's decision on a proposal, from the review form: parse, find the actor, call the
// data function (which checks the permission and the versions), revalidate what changed.
import { revalidatePath } from 'next/cache';
import { getActor } from '../auth';
import { formText, formValues } from '../forms';
import { runDecision, type FormState } from '../form-actions';
import { EDITABLE_FIELDS } from '../revisions/snapshot';
import { approveSubmission, rejectSubmission, requestChanges } from './moderation';

export async function decideAction(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const submissionId = formText(formData, 'submissionId');
  const note = formText(formData, 'note');
  const merge = formData.get('merge') === '1';
  // A form without the versions it showed approves nothing (NaN matches no version).
  const expectedVersion = Number(formData.get('expectedVersion') ?? NaN);
  const submissionVersion = Number(formData.get('submissionVersion') ?? NaN);
  const result = await runDecision(formData, {
    approve: () =>
      approveSubmission(actor, {
        submissionId,
        submissionVersion,
        note,
        ...(merge ? { merged: formValues(formData, EDITABLE_FIELDS), expectedVersion } : {}),
      }),
    reject: () => rejectSubmission(actor, { submissionId, note }),
    changes: () => requestChanges(actor, { submissionId, note }),
  });
  if (result?.ok) revalidatePath('/[locale]/moderation', 'page');
  // On a conflict too: the review page re-renders with the proposal and the record as they are now.
  if (result?.ok || result?.code === 'CONFLICT') revalidatePath('/[locale]/moderation/[id]', 'page');
  return result;
}

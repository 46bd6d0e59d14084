'use server';
// The moderator's decision on a picture or a document, and a request to take one down: parse, find the actor, call the data
// function (which checks the permission), revalidate the moderation views. The public pages
// follow through their cache tags.
import { revalidatePath } from 'next/cache';
import { getActor } from '../auth';
import { ValidationError } from '../errors';
import { runDecision, runFormAction, type FormState } from '../form-actions';
import { approveMedia, rejectMedia, requestMediaChanges } from './media';
import { approveMediaRemoval, rejectMediaRemoval, requestMediaRemoval } from './removal';

export async function decideMediaAction(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const mediaId = String(formData.get('mediaId') ?? '');
  const note = String(formData.get('note') ?? '');
  const result = await runDecision(formData, {
    approve: () => approveMedia(actor, { mediaId, note, portrait: formData.get('portrait') === 'yes' }),
    reject: () => rejectMedia(actor, { mediaId, note }),
    changes: () => requestMediaChanges(actor, { mediaId, note }),
  });
  if (result?.ok) revalidatePath('/[locale]/moderation', 'layout');
  return result;
}

export async function requestMediaRemovalAction(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const values = { reason: String(formData.get('reason') ?? '') };
  return runFormAction(formData, () => requestMediaRemoval(actor, { mediaId: String(formData.get('mediaId') ?? ''), reason: values.reason }), values);
}

/** A removal has two outcomes: taken down, or kept with a reason (nothing to send back). */
export async function decideMediaRemovalAction(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const removalId = String(formData.get('removalId') ?? '');
  const note = String(formData.get('note') ?? '');
  const decision = String(formData.get('decision') ?? '');
  const result = await runFormAction(
    formData,
    async () => {
      if (decision === 'approve') return approveMediaRemoval(actor, { removalId, note });
      if (decision === 'reject') return rejectMediaRemoval(actor, { removalId, note });
      throw new ValidationError({ form: 'invalidInput' });
    },
    { note },
  );
  if (result?.ok) revalidatePath('/[locale]/moderation', 'layout');
  return result;
}

'use server';
// The moderator's decision on a picture or a document: parse, find the actor, call the data
// function (which checks the permission), revalidate the moderation views. The public pages
// follow through their cache tags.
import { revalidatePath } from 'next/cache';
import { getActor } from '../auth';
import { ValidationError } from '../errors';
import { runFormAction, type FormState } from '../form-actions';
import { approveMedia, rejectMedia, requestMediaChanges } from './media';

export async function decideMediaAction(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const mediaId = String(formData.get('mediaId') ?? '');
  const note = String(formData.get('note') ?? '');
  const decision = String(formData.get('decision') ?? '');
  const result = await runFormAction(formData, async () => {
    if (decision === 'approve') await approveMedia(actor, { mediaId, note, portrait: formData.get('portrait') === 'yes' });
    else if (decision === 'reject') await rejectMedia(actor, { mediaId, note });
    else if (decision === 'changes') await requestMediaChanges(actor, { mediaId, note });
    else throw new ValidationError({ form: 'invalidInput' });
  });
  if (result?.ok) revalidatePath('/[locale]/moderation', 'layout');
  return result;
}

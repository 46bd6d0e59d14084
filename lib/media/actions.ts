'use server';
// The moderator's decision on a picture or a document: parse, find the actor, call the data
// function (which checks the permission), revalidate the moderation views. The public pages
// follow through their cache tags.
import { revalidatePath } from 'next/cache';
import { getActor } from '../auth';
import { runDecision, type FormState } from '../form-actions';
import { approveMedia, rejectMedia, requestMediaChanges } from './media';

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

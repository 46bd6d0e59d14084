'use server';
// The moderator's decision on a picture or a document, a request to take one down, and the
// uploader's amendment of one sent back: parse, find the actor, call the data
// function (which checks the permission), revalidate the moderation views. The public pages
// follow through their cache tags.
import { revalidatePath } from 'next/cache';
import { getActor } from '../auth';
import { ValidationError } from '../errors';
import { decideModeratedItem, runFormAction, type FormState } from '../form-actions';
import { formText, formValues } from '../forms';
import { approveMedia, rejectMedia, requestMediaChanges } from './media';
import { amendMedia } from './amend';
import { MEDIA_FORM_FIELDS } from './schemas';
import { approveMediaRemoval, rejectMediaRemoval, requestMediaRemoval } from './removal';

export async function decideMediaAction(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  return decideModeratedItem(formData, 'mediaId', (mediaId, note) => ({
    approve: () => approveMedia(actor, { mediaId, note, portrait: formData.get('portrait') === 'yes' }),
    reject: () => rejectMedia(actor, { mediaId, note }),
    changes: () => requestMediaChanges(actor, { mediaId, note }),
  }));
}

export async function requestMediaRemovalAction(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const values = { reason: formText(formData, 'reason') };
  return runFormAction(
    formData,
    () => requestMediaRemoval(actor, { mediaId: formText(formData, 'mediaId'), reason: values.reason }),
    values,
  );
}

/** A removal has two outcomes: taken down, or kept with a reason (nothing to send back). */
export async function decideMediaRemovalAction(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const removalId = formText(formData, 'removalId');
  const note = formText(formData, 'note');
  const decision = formText(formData, 'decision');
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

/** What the uploader says about a picture sent back for changes: no file, so a server action carries it. */
export async function amendMediaAction(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const values = formValues(formData, MEDIA_FORM_FIELDS);
  const result = await runFormAction(formData, () => amendMedia(actor, formText(formData, 'mediaId'), values), values);
  if (result?.ok) revalidatePath('/[locale]/account', 'page');
  return result;
}

'use server';
// Server actions of the media and memories moderation and of the memory form: parse the form,
// find the actor, call the data function (which checks the permission), revalidate.
import { revalidatePath } from 'next/cache';
import { getActor } from '../auth';
import { isAppError, ValidationError } from '../errors';
import { actionLocale, describeError } from '../i18n/errors';
import { approveMemory, rejectMemory, requestMemoryChanges, writeMemory, MEMORY_FORM_FIELDS } from '../memories/memories';
import { formValues } from '../submissions/schemas';
import { approveMedia, rejectMedia, requestMediaChanges } from './media';
import { fieldMessages } from './messages';

export type MediaFormState = { ok: boolean; message?: string; fields?: Record<string, string>; values?: Record<string, string> } | null;

async function attempt(task: () => Promise<unknown>, formData: FormData, values?: Record<string, string>): Promise<MediaFormState> {
  const locale = await actionLocale(formData);
  try {
    await task();
    return { ok: true };
  } catch (error) {
    if (error instanceof ValidationError) return { ok: false, fields: await fieldMessages(error.fields, locale), values };
    return { ok: false, message: await describeError(error, locale), values: isAppError(error) ? values : undefined };
  }
}

export async function decideMediaAction(_state: MediaFormState, formData: FormData): Promise<MediaFormState> {
  const actor = await getActor();
  const mediaId = String(formData.get('mediaId') ?? '');
  const note = String(formData.get('note') ?? '');
  const decision = String(formData.get('decision') ?? '');
  const slug = String(formData.get('slug') ?? '');
  const result = await attempt(async () => {
    if (decision === 'approve') await approveMedia(actor, { mediaId, note, portrait: formData.get('portrait') === 'yes' });
    else if (decision === 'reject') await rejectMedia(actor, { mediaId, note });
    else if (decision === 'changes') await requestMediaChanges(actor, { mediaId, note });
    else throw new ValidationError({ form: 'invalidInput' });
  }, formData);
  if (result?.ok) {
    revalidatePath(`/[locale]/heroes/${slug}`, 'layout');
    revalidatePath('/[locale]/moderation', 'layout');
  }
  return result;
}

export async function decideMemoryAction(_state: MediaFormState, formData: FormData): Promise<MediaFormState> {
  const actor = await getActor();
  const memoryId = String(formData.get('memoryId') ?? '');
  const note = String(formData.get('note') ?? '');
  const decision = String(formData.get('decision') ?? '');
  const slug = String(formData.get('slug') ?? '');
  const result = await attempt(async () => {
    if (decision === 'approve') await approveMemory(actor, { memoryId, note });
    else if (decision === 'reject') await rejectMemory(actor, { memoryId, note });
    else if (decision === 'changes') await requestMemoryChanges(actor, { memoryId, note });
    else throw new ValidationError({ form: 'invalidInput' });
  }, formData);
  if (result?.ok) {
    revalidatePath(`/[locale]/heroes/${slug}`, 'page');
    revalidatePath('/[locale]/moderation', 'layout');
  }
  return result;
}

export async function writeMemoryAction(_state: MediaFormState, formData: FormData): Promise<MediaFormState> {
  const actor = await getActor();
  const slug = String(formData.get('slug') ?? '');
  const values = { ...formValues(formData, MEMORY_FORM_FIELDS), website: String(formData.get('website') ?? '') };
  return attempt(() => writeMemory(actor, slug, values), formData, values);
}

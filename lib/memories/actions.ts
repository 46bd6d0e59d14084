'use server';
// A family memory written from its form, and the moderator's decision on one: parse, find the
// actor, call the data function (which checks the permission), revalidate the moderation views.
import { revalidatePath } from 'next/cache';
import { getActor } from '../auth';
import { ValidationError } from '../errors';
import { formValues } from '../forms';
import { runFormAction, type FormState } from '../form-actions';
import { approveMemory, rejectMemory, requestMemoryChanges, writeMemory, MEMORY_FORM_FIELDS } from './memories';

export async function decideMemoryAction(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const memoryId = String(formData.get('memoryId') ?? '');
  const note = String(formData.get('note') ?? '');
  const decision = String(formData.get('decision') ?? '');
  const result = await runFormAction(formData, async () => {
    if (decision === 'approve') await approveMemory(actor, { memoryId, note });
    else if (decision === 'reject') await rejectMemory(actor, { memoryId, note });
    else if (decision === 'changes') await requestMemoryChanges(actor, { memoryId, note });
    else throw new ValidationError({ form: 'invalidInput' });
  });
  if (result?.ok) revalidatePath('/[locale]/moderation', 'layout');
  return result;
}

export async function writeMemoryAction(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const values = { ...formValues(formData, MEMORY_FORM_FIELDS), website: String(formData.get('website') ?? '') };
  return runFormAction(formData, () => writeMemory(actor, String(formData.get('slug') ?? ''), values), values);
}

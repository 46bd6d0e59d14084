'use server';
// A family memory written from its form (or amended after a moderator sent it back), and the moderator's decision on one: parse, find the
// actor, call the data function (which checks the permission), revalidate the moderation views.
import { getActor } from '../auth';
import { formText, formValues } from '../forms';
import { decideModeratedItem, runFormAction, type FormState } from '../form-actions';
import {
  amendMemory,
  approveMemory,
  rejectMemory,
  requestMemoryChanges,
  writeMemory,
  MEMORY_FORM_FIELDS,
} from './memories';

export async function decideMemoryAction(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  return decideModeratedItem(formData, 'memoryId', (memoryId, note) => ({
    approve: () => approveMemory(actor, { memoryId, note }),
    reject: () => rejectMemory(actor, { memoryId, note }),
    changes: () => requestMemoryChanges(actor, { memoryId, note }),
  }));
}

export async function writeMemoryAction(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const values = { ...formValues(formData, MEMORY_FORM_FIELDS), website: formText(formData, 'website') };
  return runFormAction(formData, () => writeMemory(actor, formText(formData, 'slug'), values), values);
}

export async function amendMemoryAction(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const values = formValues(formData, MEMORY_FORM_FIELDS);
  return runFormAction(formData, () => amendMemory(actor, formText(formData, 'memoryId'), values), values);
}

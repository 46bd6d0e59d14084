'use server';
// Server actions for proposals: parse the form, find the actor, call the data function (which
// checks the permission), and send the contributor to their account page, which says what
// happens next.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { toLocale } from '../../i18n/routing';
import { getActor } from '../auth';
import { formText, formValues } from '../forms';
import { runFormAction, type FormState } from '../form-actions';
import { CORRECTION_FORM_FIELDS, EVIDENCE_FIELDS } from './schemas';
import { amendCorrection, proposeAddition, proposeCorrection, proposeNewHero, withdrawSubmission } from './submissions';
import { addForm, ADD_KINDS, type AddKind } from './kinds';

/** The typed values plus the honeypot field only scripts fill. */
function posted(formData: FormData, fields: readonly string[]): Record<string, string> {
  return { ...formValues(formData, fields), website: formText(formData, 'website') };
}

async function propose(
  formData: FormData,
  values: Record<string, string>,
  task: () => Promise<unknown>,
): Promise<FormState> {
  const result = await runFormAction(formData, task, values);
  if (result?.ok) redirect(`/${toLocale(formData.get('locale'))}/account?submitted=1`);
  return result;
}

export async function proposeCorrectionAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = posted(formData, CORRECTION_FORM_FIELDS);
  const actor = await getActor();
  const amend = formText(formData, 'submissionId');
  const slug = formText(formData, 'slug');
  return propose(formData, values, () =>
    amend ? amendCorrection(actor, amend, values) : proposeCorrection(actor, slug, values),
  );
}

export async function proposeNewHeroAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = posted(formData, [...CORRECTION_FORM_FIELDS, 'group', 'membershipNote', 'countedIn64', 'candidateId']);
  const actor = await getActor();
  return propose(formData, values, () => proposeNewHero(actor, values));
}

export async function proposeAdditionAction(_state: FormState, formData: FormData): Promise<FormState> {
  const kind = formText(formData, 'kind') as AddKind;
  const fields = ADD_KINDS.includes(kind) ? addForm(kind).fields : [];
  const values = posted(formData, [...fields, ...EVIDENCE_FIELDS]);
  const actor = await getActor();
  return propose(formData, values, () => proposeAddition(actor, formText(formData, 'slug'), kind, values));
}

export async function withdrawAction(formData: FormData): Promise<void> {
  const actor = await getActor();
  await runFormAction(formData, () => withdrawSubmission(actor, formText(formData, 'submissionId')));
  revalidatePath('/[locale]/account', 'page');
}

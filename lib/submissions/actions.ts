'use server';
// Server actions for proposals and moderation: parse the form, find the actor, call the data
// function (which checks the permission), revalidate what changed.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getActor } from '../auth';
import { isAppError, ValidationError } from '../errors';
import { actionLocale, describeError } from '../i18n/errors';
import { toLocale } from '../i18n/locale';
import { approveSubmission, rejectSubmission, requestChanges } from '../moderation/moderation';
import { restoreRevision } from '../revisions/revisions';
import { EDITABLE_FIELDS } from '../revisions/snapshot';
import { CORRECTION_FORM_FIELDS, formValues } from './schemas';
import { amendCorrection, proposeAddition, proposeCorrection, proposeNewHero, proposeSource, withdrawSubmission } from './submissions';
import { ADDITION_FIELDS, ADDITION_KINDS, type AdditionKind } from './additions';

export type FormState = { ok: boolean; message?: string; code?: string; fields?: Record<string, string | undefined>; values?: Record<string, string> } | null;

async function attempt(task: () => Promise<unknown>, values?: Record<string, string>, formData?: FormData): Promise<FormState> {
  try {
    await task();
    return { ok: true };
  } catch (error) {
    if (error instanceof ValidationError) return { ok: false, code: 'INVALID_INPUT', fields: error.fields, values };
    const message = await describeError(error, await actionLocale(formData));
    return { ok: false, code: isAppError(error) ? error.code : 'ERROR', message, values };
  }
}

export async function proposeCorrectionAction(_state: FormState, formData: FormData): Promise<FormState> {
  const slug = String(formData.get('slug') ?? '');
  const locale = toLocale(formData.get('locale'));
  const values = { ...formValues(formData, CORRECTION_FORM_FIELDS), website: String(formData.get('website') ?? '') };
  const actor = await getActor();
  const amend = String(formData.get('submissionId') ?? '');
  const result = await attempt(() => (amend ? amendCorrection(actor, amend, values) : proposeCorrection(actor, slug, values)), values, formData);
  if (result?.ok) redirect(`/${locale}/account?submitted=1`);
  return result;
}

export async function proposeNewHeroAction(_state: FormState, formData: FormData): Promise<FormState> {
  const locale = toLocale(formData.get('locale'));
  const values = { ...formValues(formData, [...CORRECTION_FORM_FIELDS, 'group', 'membershipNote', 'countedIn64']), website: String(formData.get('website') ?? '') };
  const actor = await getActor();
  const result = await attempt(() => proposeNewHero(actor, values), values, formData);
  if (result?.ok) redirect(`/${locale}/account?submitted=1`);
  return result;
}

export async function proposeAdditionAction(_state: FormState, formData: FormData): Promise<FormState> {
  const slug = String(formData.get('slug') ?? '');
  const locale = toLocale(formData.get('locale'));
  const kind = String(formData.get('kind') ?? '') as AdditionKind;
  const fields = (ADDITION_KINDS as readonly string[]).includes(kind) ? ADDITION_FIELDS[kind] : [];
  const values = { ...formValues(formData, [...fields, 'sourceUrl', 'sourceTitle', 'archiveRef', 'note']), website: String(formData.get('website') ?? '') };
  const actor = await getActor();
  const result = await attempt(() => proposeAddition(actor, slug, kind, values), values, formData);
  if (result?.ok) redirect(`/${locale}/account?submitted=1`);
  return result;
}

export async function proposeSourceAction(_state: FormState, formData: FormData): Promise<FormState> {
  const slug = String(formData.get('slug') ?? '');
  const locale = toLocale(formData.get('locale'));
  const values = { ...formValues(formData, ['sourceUrl', 'sourceTitle', 'archiveRef', 'supports', 'note']), website: String(formData.get('website') ?? '') };
  const actor = await getActor();
  const result = await attempt(() => proposeSource(actor, slug, values), values, formData);
  if (result?.ok) redirect(`/${locale}/account?submitted=1`);
  return result;
}

export async function withdrawAction(formData: FormData): Promise<void> {
  const actor = await getActor();
  await attempt(() => withdrawSubmission(actor, String(formData.get('submissionId') ?? '')), undefined, formData);
  revalidatePath('/[locale]/account', 'page');
}

export async function decideAction(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const submissionId = String(formData.get('submissionId') ?? '');
  const decision = String(formData.get('decision') ?? '');
  const note = String(formData.get('note') ?? '');
  const slug = String(formData.get('slug') ?? '');
  const merge = formData.get('merge') === '1';
  const expectedVersion = Number(formData.get('expectedVersion') ?? NaN);
  // A form without the version it showed approves nothing (NaN matches no version).
  const submissionVersion = Number(formData.get('submissionVersion') ?? NaN);
  const result = await attempt(async () => {
    if (decision === 'approve') {
      await approveSubmission(actor, {
        submissionId,
        submissionVersion,
        note,
        ...(merge ? { merged: formValues(formData, EDITABLE_FIELDS), expectedVersion } : {}),
      });
    } else if (decision === 'reject') await rejectSubmission(actor, { submissionId, note });
    else if (decision === 'changes') await requestChanges(actor, { submissionId, note });
    else throw new ValidationError({ form: 'unknownDecision' });
  }, undefined, formData);
  if (result?.ok) {
    revalidatePath(`/[locale]/heroes/${slug}`, 'page');
    revalidatePath('/[locale]/moderation', 'page');
  }
  // On a conflict too: the review page re-renders with the proposal and the record as they are now.
  if (result?.ok || result?.code === 'CONFLICT') revalidatePath('/[locale]/moderation/[id]', 'page');
  return result;
}

export async function restoreAction(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const slug = String(formData.get('slug') ?? '');
  const result = await attempt(() =>
    restoreRevision(actor, { heroSlug: slug, number: Number(formData.get('number')), expectedVersion: Number(formData.get('expectedVersion')) }),
    undefined,
    formData,
  );
  if (result?.ok) revalidatePath(`/[locale]/heroes/${slug}`, 'layout');
  return result;
}

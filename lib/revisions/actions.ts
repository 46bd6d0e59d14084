'use server';
// Restoring an earlier revision from the history page; the data function checks the permission
// and that the record is still at the version the restorer saw. On success the history page is
// shown afresh, saying which revision the restore wrote (a redirect, so it reads the same with
// scripts and without them). Hiding a revision's text and an admin's undo of it go the same way.
import { redirect } from 'next/navigation';
import { toLocale } from '../../i18n/routing';
import { getActor } from '../auth';
import { awaitsConfirmation, runFormAction, type FormState } from '../form-actions';
import { restoreRevision } from './revisions';
import { hideRevisionText, undoRedaction } from './redaction';
import { formText } from '../forms';

export async function restoreAction(_state: FormState, formData: FormData): Promise<FormState> {
  const question = awaitsConfirmation(formData, 'restore');
  if (question) return question;
  const actor = await getActor();
  const slug = formText(formData, 'slug');
  // Set inside the task; the annotation keeps TypeScript from narrowing it to null for good.
  let written = null as number | null;
  const result = await runFormAction(formData, async () => {
    written = (
      await restoreRevision(actor, {
        heroSlug: slug,
        number: Number(formData.get('number')),
        expectedVersion: Number(formData.get('expectedVersion')),
      })
    ).number;
  });
  if (result?.ok && written !== null)
    redirect(`/${toLocale(formData.get('locale'))}/heroes/${slug}/history?restored=${written}`);
  return result;
}

/** Hiding a revision's text from the public; the history is then shown afresh, saying so. */
export async function hideRevisionTextAction(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const slug = formText(formData, 'slug');
  const values = { field: formText(formData, 'field'), reason: formText(formData, 'reason') };
  const result = await runFormAction(
    formData,
    () => hideRevisionText(actor, { heroSlug: slug, number: formText(formData, 'number'), ...values }),
    values,
  );
  if (result?.ok) redirect(`/${toLocale(formData.get('locale'))}/heroes/${slug}/history?controls=1&redaction=hidden`);
  return result;
}

/** An admin's undo of a hiding: the text is public again. */
export async function undoRedactionAction(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const slug = formText(formData, 'slug');
  const values = { reason: formText(formData, 'reason') };
  const result = await runFormAction(
    formData,
    () => undoRedaction(actor, { redactionId: formText(formData, 'redactionId'), ...values }),
    values,
  );
  if (result?.ok) redirect(`/${toLocale(formData.get('locale'))}/heroes/${slug}/history?controls=1&redaction=shown`);
  return result;
}

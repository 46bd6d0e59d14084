'use server';
// Restoring an earlier revision from the history page; the data function checks the permission
// and that the record is still at the version the restorer saw. On success the history page is
// shown afresh, saying which revision the restore wrote (a redirect, so it reads the same with
// scripts and without them).
import { redirect } from 'next/navigation';
import { toLocale } from '../../i18n/routing';
import { getActor } from '../auth';
import { awaitsConfirmation, runFormAction, type FormState } from '../form-actions';
import { restoreRevision } from './revisions';

export async function restoreAction(_state: FormState, formData: FormData): Promise<FormState> {
  const question = awaitsConfirmation(formData, 'restore');
  if (question) return question;
  const actor = await getActor();
  const slug = String(formData.get('slug') ?? '');
  let written: number | null = null;
  const result = await runFormAction(formData, async () => {
    written = (await restoreRevision(actor, { heroSlug: slug, number: Number(formData.get('number')), expectedVersion: Number(formData.get('expectedVersion')) })).number;
  });
  if (result?.ok && written !== null) redirect(`/${toLocale(formData.get('locale'))}/heroes/${slug}/history?restored=${written}`);
  return result;
}

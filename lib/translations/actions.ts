'use server';
// Proposing a translation and marking one reviewed, from the translate page: parse the form, find
// the actor, call the data function (which checks the permission).
import { redirect } from 'next/navigation';
import { toLocale } from '../../i18n/routing';
import { getActor } from '../auth';
import { formValues } from '../forms';
import { runFormAction, type FormState } from '../form-actions';
import { markTranslationReviewed, proposeTranslation } from './translations';

const FIELDS = ['text', 'into', 'value', 'note', 'website'] as const;

export async function proposeTranslationAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, FIELDS);
  const actor = await getActor();
  const slug = String(formData.get('slug') ?? '');
  const result = await runFormAction(formData, () => proposeTranslation(actor, slug, values), values);
  if (result?.ok) redirect(`/${toLocale(formData.get('locale'))}/account?submitted=1`);
  return result;
}

export async function markReviewedAction(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  return runFormAction(formData, () =>
    markTranslationReviewed(actor, {
      heroSlug: String(formData.get('slug') ?? ''),
      text: String(formData.get('text') ?? ''),
      locale: String(formData.get('into') ?? ''),
      expectedVersion: Number(formData.get('expectedVersion')),
    }),
  );
}

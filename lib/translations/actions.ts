'use server';
// Proposing a translation and marking one reviewed, from the translate page, and giving or taking
// a language reviewer's right, from the moderators' page: parse the form, find
// the actor, call the data function (which checks the permission).
import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { toLocale } from '../../i18n/routing';
import { getActor } from '../auth';
import { formText, formValues } from '../forms';
import { runFormAction, type FormState } from '../form-actions';
import { actionLocale, translateError } from '../i18n/errors';
import { grantLanguageReview, revokeLanguageReview } from './reviewers';
import { markTranslationReviewed, proposeTranslation } from './translations';

const FIELDS = ['text', 'into', 'value', 'note', 'website'] as const;

export async function proposeTranslationAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, FIELDS);
  const actor = await getActor();
  const slug = formText(formData, 'slug');
  const result = await runFormAction(formData, () => proposeTranslation(actor, slug, values), values);
  if (result?.ok) redirect(`/${toLocale(formData.get('locale'))}/account?submitted=1`);
  return result;
}

export async function markReviewedAction(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  return runFormAction(formData, () =>
    markTranslationReviewed(actor, {
      heroSlug: formText(formData, 'slug'),
      text: formText(formData, 'text'),
      locale: formText(formData, 'into'),
      expectedVersion: Number(formData.get('expectedVersion')),
    }),
  );
}

/** Giving or taking a language reviewer's right, from the moderators' page: the data function checks who may. */
async function runReviewerChange(
  formData: FormData,
  task: () => Promise<unknown>,
  done: 'languageReview.granted' | 'languageReview.revoked',
  values?: Record<string, string>,
): Promise<FormState> {
  const result = await runFormAction(formData, task, values);
  if (!result?.ok) return result;
  revalidatePath('/[locale]/moderation/reviewers', 'page');
  return { ok: true, message: await translateError(await actionLocale(formData), done) };
}

export async function grantLanguageReviewAction(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  // `locale` is the page's language (for the messages); the right's language is `language`.
  const values = formValues(formData, ['email', 'language']);
  return runReviewerChange(
    formData,
    () => grantLanguageReview(actor, { email: values.email!, locale: values.language! }),
    'languageReview.granted',
    values,
  );
}

export async function revokeLanguageReviewAction(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  const values = formValues(formData, ['userId', 'language']);
  return runReviewerChange(
    formData,
    () => revokeLanguageReview(actor, { userId: values.userId!, locale: values.language! }),
    'languageReview.revoked',
  );
}

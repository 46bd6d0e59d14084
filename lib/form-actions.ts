// What every server action behind a form returns, and the one way it gets there: run the data
// function, and turn a refusal into sentences in the reader's language (field by field for
// invalid input), keeping what was typed so nothing has to be typed twice.
import { revalidatePath } from 'next/cache';
import { isAppError, ValidationError } from './errors';
import { actionLocale, describeError, describeFields } from './i18n/errors';
import { formText } from './forms';

export type FormState = {
  ok: boolean;
  /** A sentence about the whole form: what went wrong, or what happened. */
  message?: string;
  code?: string;
  /** Sentences about single fields, by field name. */
  fields?: Record<string, string>;
  values?: Record<string, string>;
  /** Set when a decision that cannot be taken back waits for a second look: the decision's name. */
  confirm?: string;
} | null;

/**
 * Rejecting a proposal and restoring an old revision cannot be undone by the person who does it:
 * the pages ask first, and the confirming form sends `confirmed` with the decision's name. A post
 * without it (a form of an older page, a script) gets the question back instead of the decision.
 */
export function awaitsConfirmation(formData: FormData, decision: string): FormState {
  if (formData.get('confirmed') === decision) return null;
  return { ok: false, code: 'CONFIRM', confirm: decision, values: { note: formText(formData, 'note') } };
}

export async function runFormAction(
  formData: FormData,
  task: () => Promise<unknown>,
  values?: Record<string, string>,
): Promise<FormState> {
  const locale = await actionLocale(formData);
  try {
    await task();
    return { ok: true };
  } catch (error) {
    if (error instanceof ValidationError)
      return { ok: false, code: error.code, fields: await describeFields(error.fields, locale), values };
    return {
      ok: false,
      code: isAppError(error) ? error.code : 'ERROR',
      message: await describeError(error, locale),
      values: isAppError(error) ? values : undefined,
    };
  }
}

type Decision = 'approve' | 'reject' | 'changes';

/** A moderator's decision from a review form: the button pressed picks the data function. */
export function runDecision(
  formData: FormData,
  decisions: Record<Decision, () => Promise<unknown>>,
): Promise<FormState> {
  const pressed = formText(formData, 'decision');
  if (pressed === 'reject') {
    const question = awaitsConfirmation(formData, 'reject');
    if (question) return Promise.resolve(question);
  }
  return runFormAction(formData, async () => {
    if (!Object.hasOwn(decisions, pressed)) throw new ValidationError({ form: 'invalidInput' });
    await decisions[pressed as Decision]();
  });
}

/**
 * A moderator's decision on a picture or a memory: the review form names the item in `idField` and
 * sends the note; a decision taken changes every moderation view (the queue, the item's own page).
 */
export async function decideModeratedItem(
  formData: FormData,
  idField: string,
  decisions: (id: string, note: string) => Record<Decision, () => Promise<unknown>>,
): Promise<FormState> {
  const result = await runDecision(formData, decisions(formText(formData, idField), formText(formData, 'note')));
  if (result?.ok) revalidatePath('/[locale]/moderation', 'layout');
  return result;
}

// What every server action behind a form returns, and the one way it gets there: run the data
// function, and turn a refusal into sentences in the reader's language (field by field for
// invalid input), keeping what was typed so nothing has to be typed twice.
import { isAppError, ValidationError } from './errors';
import { actionLocale, describeError, describeFields } from './i18n/errors';

export type FormState = {
  ok: boolean;
  /** A sentence about the whole form: what went wrong, or what happened. */
  message?: string;
  code?: string;
  /** Sentences about single fields, by field name. */
  fields?: Record<string, string>;
  values?: Record<string, string>;
} | null;

export async function runFormAction(formData: FormData, task: () => Promise<unknown>, values?: Record<string, string>): Promise<FormState> {
  const locale = await actionLocale(formData);
  try {
    await task();
    return { ok: true };
  } catch (error) {
    if (error instanceof ValidationError) return { ok: false, code: error.code, fields: await describeFields(error.fields, locale), values };
    return { ok: false, code: isAppError(error) ? error.code : 'ERROR', message: await describeError(error, locale), values: isAppError(error) ? values : undefined };
  }
}

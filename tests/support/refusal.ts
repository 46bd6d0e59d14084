import { ValidationError } from '../../lib/errors';

/** The message of each field a form's input was refused for; anything but a ValidationError throws. */
export async function refusedFields(task: () => Promise<unknown>): Promise<ValidationError['fields']> {
  try {
    await task();
  } catch (error) {
    if (error instanceof ValidationError) return error.fields;
    throw error;
  }
  throw new Error('expected the input to be refused');
}

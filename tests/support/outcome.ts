import { AppError } from '../../lib/errors';

/** "allowed", or the code of the AppError a guarded function refused with; anything else throws. */
export async function outcome(task: () => Promise<unknown>): Promise<string> {
  try {
    await task();
    return 'allowed';
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

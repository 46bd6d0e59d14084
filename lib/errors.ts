// Expected failures carry a code and the key of a message that is safe to show to a user, in
// the reader's language (messages/*.json, `errors`); anything else is logged and shown as a
// generic message.
import type en from '../messages/en.json';

export type AppErrorCode =
  'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHORIZED' | 'CONFLICT' | 'INVALID_INPUT' | 'INVALID_STATE' | 'RATE_LIMITED';

/** The path of a message in `errors`: a key, or "group.key" for messages kept in a group. */
type MessagePath<T> = { [K in keyof T & string]: T[K] extends string ? K : `${K}.${MessagePath<T[K]>}` }[keyof T &
  string];
export type ErrorKey = MessagePath<(typeof en)['errors']>;

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly messageKey: ErrorKey,
    readonly params?: Record<string, string | number>,
  ) {
    super(`${code}: ${messageKey}`);
    this.name = 'AppError';
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** Input refused field by field: each field names the key of its message. */
export class ValidationError extends AppError {
  constructor(readonly fields: Record<string, string | undefined>) {
    super('INVALID_INPUT', 'fieldsNeedAttention');
  }
}

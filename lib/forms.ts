// The boundary every form crosses: what a browser posts becomes clean text before any schema
// judges it, and a schema's complaints go back to the fields they concern. Every room's schemas
// build on these, so "clean" means one thing across the archive.
import { z } from 'zod';
import { parsePartialDate } from './partial-date';

const CONTROL = /[\p{Cc}\p{Cf}]/gu;

/**
 * Unicode NFC with control and format characters removed, line breaks kept: PostgreSQL refuses
 * NUL in text, and invisible characters would make two equal names differ.
 */
export function sanitizeText(value: string): string {
  return value.normalize('NFC').replace(CONTROL, (c) => (c === '\n' ? c : ''));
}

/** The same for one line (a query, a name): tabs and breaks become spaces, runs of them one. */
export function sanitizeLine(value: string): string {
  return value
    .normalize('NFC')
    .replace(CONTROL, (c) => (/\s/.test(c) ? ' ' : ''))
    .replace(/\s+/g, ' ')
    .trim();
}

/** A field missing from the form reads as empty, so every message a user sees is one of ours. */
export function completeInput(input: Record<string, unknown>, fields: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    fields.map((field) => [field, typeof input[field] === 'string' ? sanitizeText(input[field]) : '']),
  );
}

/** One posted field as text: a missing field, or a file where text was expected, reads as empty. */
export function formText(formData: FormData | undefined, name: string): string {
  const value = formData?.get(name);
  return typeof value === 'string' ? value : '';
}

export function formValues(formData: FormData, fields: readonly string[]): Record<string, string> {
  return Object.fromEntries(fields.map((field) => [field, formText(formData, field)]));
}

export type FieldErrors = Partial<Record<string, string>>;

/** The first complaint about each field, by message key; complaints about the whole form under `form`. */
export function fieldErrors(issues: { path: PropertyKey[]; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = String(issue.path[0] ?? 'form');
    errors[key] ??= issue.message;
  }
  return errors;
}

const str = () => z.string({ error: 'required' });

/** Free text up to `max` characters, cleaned and trimmed; empty is null unless `required`. */
export function textField(max: number, options: { required?: boolean } = {}) {
  const field = str()
    .max(max, 'tooLong')
    .transform((value) => sanitizeText(value).trim())
    .transform((value) => (value === '' ? null : value));
  return options.required ? field.refine((value) => value !== null, 'required') : field;
}

/** A date as precise as the sources are: "1916", "1943-01" or "1944-01-27"; empty is null. */
export function partialDateField() {
  return str()
    .transform((value) => value.trim())
    .refine((value) => value === '' || parsePartialDate(value) !== null, 'badDate')
    .transform((value) => (value === '' ? null : value));
}

/** A partial date whose year must fall between `from` and `to`, refused with `message` otherwise. */
export function partialDateBetween(from: number, to: number, message: string) {
  return partialDateField().refine((value) => {
    const year = value ? Number(value.slice(0, 4)) : null;
    return year === null || (year >= from && year <= to);
  }, message);
}

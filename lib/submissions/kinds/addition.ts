// The kinds that add one item to a Hero's lists (a unit, a battle, an award) share how they are
// judged: their own schema, and the usual evidence.
import type { z } from 'zod';
import { ValidationError } from '../../errors';
import { completeInput, fieldErrors } from '../../forms';
import { evidenceOf, EVIDENCE_FIELDS, evidenceSchema } from '../schemas';
import type { ParsedProposal } from './kind';

/** The form's fields: the keys of the schema, in its order. */
export const fieldsOf = (schema: z.ZodObject): readonly string[] => Object.keys(schema.shape);

export function parseWithEvidence(
  schema: z.ZodObject,
  input: Record<string, string>,
  citable: readonly string[],
): ParsedProposal {
  const addition = schema.safeParse(completeInput(input, fieldsOf(schema)));
  const evidence = evidenceSchema(citable).safeParse(completeInput(input, EVIDENCE_FIELDS));
  if (!addition.success || !evidence.success) {
    throw new ValidationError({
      ...(addition.success ? {} : fieldErrors(addition.error.issues)),
      ...(evidence.success ? {} : fieldErrors(evidence.error.issues)),
    });
  }
  return { payload: addition.data as never, evidence: evidenceOf(evidence.data), note: evidence.data.note };
}

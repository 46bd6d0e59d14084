// The kinds that add one item to a Hero's lists (a unit, a battle, an award) share how they are
// judged: their own schema, and the usual evidence.
import type { z } from 'zod';
import { ValidationError } from '../../errors';
import { completeInput, fieldErrors } from '../../forms';
import type { Submission } from '../../generated/prisma/client';
import { evidenceOf, EVIDENCE_FIELDS, evidenceSchema } from '../schemas';
import { KIND_DEFAULTS, payloadRows, type AddForm, type ParsedProposal } from './kind';

/**
 * What a kind that adds one item to a Hero's lists is, besides how it applies: what most kinds are
 * (KIND_DEFAULTS), it changes a Hero the archive holds, the pictures offered as evidence become
 * sources, and the moderator reads each value proposed.
 */
export const addsToList = {
  ...KIND_DEFAULTS,
  createsHero: false,
  citesOfferedPictures: true,
  reviewRows: ({ submission }: { submission: Submission }) => payloadRows(submission.payload),
} as const;

/** The form's fields: the keys of the schema, in its order. */
export const fieldsOf = (schema: z.ZodObject): readonly string[] => Object.keys(schema.shape);

function parseWithEvidence(
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

/** The add page's form of a kind judged by its schema: the schema's fields, then the usual evidence. */
export function formWithEvidence(
  schema: z.ZodObject,
  form: Omit<AddForm, 'schema' | 'fields' | 'evidence' | 'parse'>,
): AddForm {
  return {
    ...form,
    schema,
    fields: fieldsOf(schema),
    evidence: 'full',
    parse: (input, citable) => parseWithEvidence(schema, input, citable),
  };
}

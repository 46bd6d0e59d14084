// A new source for an existing Hero, and what of the Hero's record it supports: cited on the
// profile when approved. Proposed with the add page's form; the proposal is its own evidence, so
// the form asks only for the note besides the source itself.
import { z } from 'zod';
import { ValidationError } from '../../errors';
import { completeInput, fieldErrors, textField } from '../../forms';
import { citeSource, type OfferedSource } from '../../sources';
import { evidenceOf, SourceUrlSchema } from '../schemas';
import { addsRows, changesHero, payloadRows, type KindModule } from './kind';
import { fieldsOf } from './addition';

const str = () => z.string({ error: 'required' });

export const SourceSchema = z
  .object({
    sourceUrl: SourceUrlSchema,
    sourceTitle: str().trim().max(500, 'tooLong'),
    sourcePublisher: textField(300),
    // Printed sources on these Heroes run from the war to today.
    sourceYear: str()
      .trim()
      .refine(
        (value) =>
          value === '' ||
          (/^\d{4}$/.test(value) && Number(value) >= 1900 && Number(value) <= new Date().getUTCFullYear()),
        'badYear',
      )
      .transform((value) => (value === '' ? null : Number(value))),
    archiveRef: str().trim().max(300, 'tooLong'),
    supports: str().trim().min(3, 'required').max(1000, 'tooLong'),
  })
  .refine((s) => s.sourceUrl !== '' || s.sourceTitle !== '' || s.archiveRef !== '', {
    message: 'sourceRequired',
    path: ['sourceUrl'],
  });

const NoteSchema = z.object({ note: str().trim().min(10, 'noteTooShort').max(2000, 'tooLong') });

type SourcePayload = OfferedSource & { publisher?: string | null; year?: number | null; supports: string };

/** The review's rows, labelled as the form labels its fields. */
const ROW_OF: Record<keyof SourcePayload, string> = {
  url: 'sourceUrl',
  title: 'sourceTitle',
  publisher: 'sourcePublisher',
  year: 'sourceYear',
  archiveRef: 'archiveRef',
  mediaId: 'mediaId',
  supports: 'supports',
};

export const source = changesHero({
  citesOfferedPictures: false,
  reason: (submission) =>
    `Source added: ${(submission.payload as SourcePayload).url ?? (submission.payload as SourcePayload).title}`,
  reviewRows: ({ submission }) => {
    const payload = submission.payload as Record<string, string | number | null>;
    const ordered = Object.fromEntries(
      Object.entries(ROW_OF).map(([key, field]) => [field, payload[key] == null ? null : String(payload[key])]),
    );
    return payloadRows(ordered);
  },
  apply: addsRows(async (tx, heroId, source: SourcePayload) => {
    await citeSource(tx, heroId, source, source.supports);
  }),
  add: {
    query: 'source',
    heading: 'sources',
    link: 'addSource',
    schema: SourceSchema,
    fields: fieldsOf(SourceSchema),
    multiline: ['supports'],
    evidence: 'note',
    parse(input) {
      const parsed = SourceSchema.safeParse(completeInput(input, fieldsOf(SourceSchema)));
      const note = NoteSchema.safeParse(completeInput(input, ['note']));
      if (!parsed.success || !note.success) {
        throw new ValidationError({
          ...(parsed.success ? {} : fieldErrors(parsed.error.issues)),
          ...(note.success ? {} : fieldErrors(note.error.issues)),
        });
      }
      const s = parsed.data;
      return {
        payload: {
          url: s.sourceUrl || null,
          title: s.sourceTitle || null,
          archiveRef: s.archiveRef || null,
          publisher: s.sourcePublisher,
          year: s.sourceYear,
          supports: s.supports,
        },
        evidence: evidenceOf(s),
        note: note.data.note,
      };
    },
  },
}) satisfies KindModule;

// What an uploader says about an image. One schema for the upload form and the route handler;
// messages are keys of `errors`, so the form shows them in the reader's language.
import { z } from 'zod';
import { parsePartialDate } from '../partial-date';
import { sanitizeText } from '../forms';
import type { Prisma } from '../generated/prisma/client';

export const MEDIA_KINDS = [
  'PORTRAIT',
  'PHOTOGRAPH',
  'AWARD_DOCUMENT',
  'DECREE',
  'LETTER',
  'PRESS_CLIPPING',
  'GRAVE_OR_MEMORIAL',
  'OTHER',
] as const;

/** Papers rather than pictures: what they say is in their writing (deep zoom, sources offered first). */
export const DOCUMENT_KINDS = [
  'AWARD_DOCUMENT',
  'DECREE',
  'LETTER',
  'PRESS_CLIPPING',
] as const satisfies readonly (typeof MEDIA_KINDS)[number][];
export const LICENCES = ['CC_BY_4', 'CC_BY_SA_4', 'FAMILY_PERMISSION'] as const;
export const PROVENANCES = ['FAMILY', 'MUSEUM', 'ARCHIVE'] as const;
export const CAPTION_LANGUAGES = ['en', 'ru', 'tg'] as const;

export const MEDIA_FORM_FIELDS = [
  'kind',
  'caption',
  'captionLanguage',
  'date',
  'place',
  'pictured',
  'provenance',
  'provenanceNote',
  'archiveFond',
  'archiveOpis',
  'archiveDelo',
  'licence',
  'rightsConfirmed',
  'credit',
] as const;

const str = () => z.string({ error: 'required' });
const optionalText = (max: number) =>
  str()
    .transform(sanitizeText)
    .pipe(z.string().trim().max(max, 'tooLong'))
    .transform((value) => (value === '' ? null : value));

export const MediaMetadataSchema = z
  .object({
    kind: z.enum(MEDIA_KINDS, { error: 'chooseKind' }),
    caption: str().transform(sanitizeText).pipe(z.string().trim().min(3, 'captionRequired').max(1000, 'tooLong')),
    captionLanguage: z.enum(CAPTION_LANGUAGES, { error: 'invalidInput' }),
    date: str()
      .trim()
      .refine((value) => value === '' || parsePartialDate(value) !== null, 'badDate')
      .transform((value) => (value === '' ? null : parsePartialDate(value))),
    place: optionalText(300),
    pictured: optionalText(500),
    provenance: z.enum(PROVENANCES, { error: 'chooseProvenance' }),
    provenanceNote: optionalText(500),
    archiveFond: optionalText(50),
    archiveOpis: optionalText(50),
    archiveDelo: optionalText(50),
    licence: z.enum(LICENCES, { error: 'chooseLicence' }),
    rightsConfirmed: z.literal('yes', { error: 'confirmRights' }).transform(() => true),
    credit: str().transform(sanitizeText).pipe(z.string().trim().min(2, 'creditRequired').max(300, 'tooLong')),
  })
  .refine((m) => m.provenance !== 'ARCHIVE' || (m.archiveFond !== null && m.archiveDelo !== null), {
    message: 'archiveReferenceRequired',
    path: ['archiveFond'],
  })
  .refine((m) => m.provenance !== 'MUSEUM' || m.provenanceNote !== null, {
    message: 'museumRequired',
    path: ['provenanceNote'],
  });

export type MediaMetadata = z.output<typeof MediaMetadataSchema>;

/** The columns of a MediaItem that hold what the uploader says: one mapping for the upload and an amendment. */
export function metadataColumns(metadata: MediaMetadata) {
  return {
    kind: metadata.kind,
    caption: metadata.caption,
    captionLanguage: metadata.captionLanguage,
    date: metadata.date?.date ?? null,
    datePrecision: metadata.date?.precision ?? null,
    place: metadata.place,
    pictured: metadata.pictured,
    provenance: metadata.provenance,
    provenanceNote: metadata.provenanceNote,
    archiveFond: metadata.archiveFond,
    archiveOpis: metadata.archiveOpis,
    archiveDelo: metadata.archiveDelo,
    licence: metadata.licence,
    rightsConfirmed: metadata.rightsConfirmed,
    credit: metadata.credit,
  };
}

/** The same columns, read back (all but the rights, which are confirmed again on every sending). */
export const metadataSelect = {
  kind: true,
  caption: true,
  captionLanguage: true,
  date: true,
  datePrecision: true,
  place: true,
  pictured: true,
  provenance: true,
  provenanceNote: true,
  archiveFond: true,
  archiveOpis: true,
  archiveDelo: true,
  licence: true,
  credit: true,
} satisfies Prisma.MediaItemSelect;

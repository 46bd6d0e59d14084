// One schema for the proposal form and its server action. Messages are keys of the
// "submission.errors" messages, so the form shows them in the reader's language.
import { z } from 'zod';
import { EDITABLE_FIELDS, type Snapshot } from '../revisions/snapshot';
import { parsePartialDate } from '../partial-date';
import { partialDateBetween, partialDateField, textField } from '../forms';
import { EXTERNAL_ID_PATTERNS } from '../exports/external-ids';

const str = () => z.string({ error: 'required' });
const text = (max: number) => textField(max);

const externalId = (pattern: RegExp) =>
  str()
    .transform((value) => value.trim().toUpperCase())
    .refine((value) => value === '' || pattern.test(value), 'badExternalId')
    .transform((value) => (value === '' ? null : value));

export const FieldValuesSchema = z.object({
  surnameRu: textField(100, { required: true }),
  givenRu: text(100),
  patronymicRu: text(100),
  surnameEn: textField(100, { required: true }),
  givenEn: text(100),
  fullNameTg: text(200),
  nationality: text(200),
  birthDate: partialDateField(),
  deathDate: partialDateField(),
  rankAtFeat: text(200),
  role: text(300),
  // The deed's date may be words when the sources give no more ("autumn 1943").
  featDate: text(100),
  featPlace: text(500),
  titleDecreeDate: partialDateBetween(1934, 1991, 'decreeRange'),
  postwar: text(2000),
  biographyEn: textField(20_000, { required: true }),
  biographyRu: textField(20_000, { required: true }),
  wikidataId: externalId(EXTERNAL_ID_PATTERNS.wikidata),
  warheroesId: externalId(EXTERNAL_ID_PATTERNS.warheroes),
  pamyatNarodaId: externalId(EXTERNAL_ID_PATTERNS.pamyatNaroda),
  podvigNarodaId: externalId(EXTERNAL_ID_PATTERNS.podvigNaroda),
});

export const SourceUrlSchema = str()
  .trim()
  .max(2000, 'tooLong')
  .refine((value) => value === '' || /^https?:\/\/[^\s/]+\.[^\s]+$/.test(value), 'badUrl');

/**
 * The evidence of a proposal. `citable` are the ids of the Hero's approved pictures (an award
 * sheet, a decree…): one of them may be the source, and any other id (a pending picture, another
 * Hero's) is refused.
 */
export function evidenceSchema(citable: readonly string[] = []) {
  return z
    .object({
      sourceUrl: SourceUrlSchema,
      sourceTitle: str().trim().max(500, 'tooLong'),
      archiveRef: str().trim().max(300, 'tooLong'),
      mediaId: str()
        .trim()
        .refine((id) => id === '' || citable.includes(id), 'documentNotCitable')
        .default(''),
      note: str().trim().min(10, 'noteTooShort').max(2000, 'tooLong'),
    })
    .refine((e) => e.sourceUrl !== '' || e.archiveRef !== '' || e.sourceTitle !== '' || e.mediaId !== '', {
      message: 'sourceRequired',
      path: ['sourceUrl'],
    });
}

export const EvidenceSchema = evidenceSchema();

/** The evidence as a proposal stores it: one offered source, naming a picture when one was chosen. */
export function evidenceOf(e: { sourceUrl: string; sourceTitle: string; archiveRef: string; mediaId?: string }) {
  const offered = { url: e.sourceUrl || null, title: e.sourceTitle || null, archiveRef: e.archiveRef || null };
  return [e.mediaId ? { ...offered, mediaId: e.mediaId } : offered];
}
export const EVIDENCE_FIELDS = ['sourceUrl', 'sourceTitle', 'archiveRef', 'mediaId', 'note'] as const;

/** Birth before the deed before death, as far as the dates are known. */
export function checkChronology(values: Snapshot): { field: keyof Snapshot; message: string }[] {
  const year = (v: string | null) => (v ? (parsePartialDate(v)?.date.getTime() ?? null) : null);
  const birth = year(values.birthDate);
  const death = year(values.deathDate);
  const feat = year(values.featDate);
  const decree = year(values.titleDecreeDate);
  const problems: { field: keyof Snapshot; message: string }[] = [];
  if (birth !== null && death !== null && birth >= death)
    problems.push({ field: 'deathDate', message: 'deathBeforeBirth' });
  if (birth !== null && feat !== null && feat <= birth)
    problems.push({ field: 'featDate', message: 'featBeforeBirth' });
  if (feat !== null && death !== null && feat > death) problems.push({ field: 'featDate', message: 'featAfterDeath' });
  if (birth !== null && decree !== null && decree <= birth)
    problems.push({ field: 'titleDecreeDate', message: 'decreeBeforeBirth' });
  return problems;
}

export const CORRECTION_FORM_FIELDS = [...EDITABLE_FIELDS, ...EVIDENCE_FIELDS] as const;

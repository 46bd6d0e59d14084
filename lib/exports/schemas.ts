// The archive's open-data format: one zod schema per record, from which the JSON Schema of the
// export (z.toJSONSchema) and the OpenAPI document (lib/exports/openapi.ts) are generated, and
// against which an import of the archive's own format is validated. Dates are EDTF strings:
// "1921-11-10", "1943-01", "1916", and "1916~" for "about 1916".
import { z } from 'zod';
import { HERO_GROUPS, UNIT_LEVELS } from '../heroes/schemas';
import { LICENCES, MEDIA_KINDS, PROVENANCES } from '../media/schemas';
import { parsePartialDate } from '../partial-date';
import { EXTERNAL_ID_KINDS } from './external-ids';

/** The origins of a Hero's Tajik name form, as the schema's NameFormOrigin enum. */
const NAME_FORM_ORIGINS = ['SOURCE', 'TRANSLITERATION', 'PROPOSED'] as const;

export const EXPORT_FORMATS = ['json', 'csv', 'jsonld', 'geojson'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const EXPORT_FORMAT_NAME = 'zvezda-export';
export const EXPORT_FORMAT_VERSION = 1;

export const EdtfDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?~?$/, 'Use YYYY, YYYY-MM or YYYY-MM-DD (with ~ after it for "about")')
  .refine((value) => parsePartialDate(value.replace(/~$/, '')) !== null, 'Not a real date.')
  .meta({
    description: 'EDTF date as precise as the sources allow; a trailing ~ means "about".',
    examples: ['1921-11-10', '1943-01', '1916~'],
  });

const nullableText = z.string().nullable();

const ExternalIdsSchema = z
  .object({
    wikidata: z
      .string()
      .regex(/^Q[1-9]\d*$/)
      .nullable()
      .meta({ description: 'Wikidata item, https://www.wikidata.org/wiki/{id}' }),
    warheroes: z
      .string()
      .regex(/^[1-9]\d*$/)
      .nullable()
      .meta({ description: 'warheroes.ru page, https://warheroes.ru/hero/hero.asp?Hero_id={id}' }),
    pamyatNaroda: z
      .string()
      .regex(/^[1-9]\d*$/)
      .nullable()
      .meta({ description: 'Pamyat Naroda person record, https://pamyat-naroda.ru/heroes/person-hero{id}' }),
    podvigNaroda: z
      .string()
      .regex(/^[1-9]\d*$/)
      .nullable()
      .meta({ description: 'Podvig Naroda award record, https://podvignaroda.ru/?#id={id}&tab=navDetailManAward' }),
  })
  .meta({ id: 'ExternalIds', description: "The Hero's ids in other archives." });

const PlaceSchema = z
  .object({
    name: z.string().meta({ description: 'As the sources name it at the time.' }),
    nameToday: nullableText,
    district: nullableText,
    region: nullableText,
    country: nullableText,
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
  })
  .meta({ id: 'Place' });

const UnitRefSchema = z.object({ slug: z.string(), name: z.string(), level: z.enum(UNIT_LEVELS) });

const ServiceSchema = z
  .object({
    unit: UnitRefSchema,
    /** The units above it, nearest first, so an importer can rebuild the chain. */
    chain: z.array(UnitRefSchema).meta({ description: 'The units above, nearest first.' }),
    role: nullableText,
    rank: nullableText,
    from: nullableText,
    to: nullableText,
    note: nullableText,
  })
  .meta({ id: 'Service' });

const BattleParticipationSchema = z
  .object({
    battle: z.object({ slug: z.string(), name: z.string(), dateText: nullableText, place: nullableText }),
    dateText: nullableText,
    place: nullableText,
    note: nullableText,
  })
  .meta({ id: 'BattleParticipation' });

const AwardSchema = z
  .object({
    kind: z.enum(['HERO_OF_THE_SOVIET_UNION', 'ORDER_OF_LENIN', 'OTHER']),
    name: nullableText,
    decreeDate: EdtfDateSchema.nullable(),
    posthumous: z.boolean().nullable(),
    goldStarNo: nullableText,
    documentRef: nullableText,
  })
  .meta({ id: 'Award' });

const CitedSourceSchema = z
  .object({
    id: z.string().meta({ description: "The source's stable id in the archive." }),
    url: nullableText,
    title: nullableText,
    publisher: nullableText,
    year: z.number().int().nullable(),
    archiveFond: nullableText,
    archiveOpis: nullableText,
    archiveDelo: nullableText,
    supports: z.string().meta({ description: 'Which facts of this Hero the source supports.' }),
  })
  .meta({ id: 'CitedSource' });

const ConflictSchema = z
  .object({ field: z.string(), values: z.array(z.string()), sources: z.array(z.string()), note: nullableText })
  .meta({ id: 'Conflict', description: 'Where sources disagree: each reading, never flattened.' });

const MemorialSchema = z
  .object({ kind: z.string(), description: z.string(), place: nullableText })
  .meta({ id: 'Memorial' });

const MediaMetadataSchema = z
  .object({
    id: z.string(),
    kind: z.enum(MEDIA_KINDS),
    caption: z.string(),
    captionLanguage: z.string(),
    date: EdtfDateSchema.nullable(),
    place: nullableText,
    pictured: nullableText,
    provenance: z.enum(PROVENANCES),
    provenanceNote: nullableText,
    archiveFond: nullableText,
    archiveOpis: nullableText,
    archiveDelo: nullableText,
    licence: z
      .enum(LICENCES)
      .meta({ description: "This item's own licence; FAMILY_PERMISSION is all rights reserved." }),
    credit: z.string(),
    width: z.number().int(),
    height: z.number().int(),
    isPortrait: z.boolean(),
    files: z.array(
      z.object({
        variant: z.string(),
        url: z.string(),
        width: z.number().int(),
        height: z.number().int(),
        bytes: z.number().int(),
      }),
    ),
  })
  .meta({
    id: 'MediaMetadata',
    description: 'An approved picture: its metadata and file addresses (relative to the site).',
  });

const HistoryEntrySchema = z
  .object({
    number: z.number().int(),
    createdAt: z.iso.datetime(),
    reason: z
      .string()
      .nullable()
      .meta({ description: 'Why the record changed; null when a moderator hid it (see hidden).' }),
    snapshot: z
      .record(z.string(), z.string().nullable())
      .meta({ description: "The record's editable facts after this revision." }),
    diff: z.record(z.string(), z.object({ from: z.string().nullable(), to: z.string().nullable() })),
    restoredFrom: z.number().int().nullable(),
    hidden: z
      .array(
        z.object({
          field: z.string().meta({ description: '"reason", or a field of snapshot and diff.' }),
          hiddenAt: z.iso.datetime(),
          reason: z.string().meta({ description: 'Why a moderator hid the text.' }),
          previousText: z
            .boolean()
            .meta({ description: "True: the hidden text is the one this revision replaced (diff's from)." }),
        }),
      )
      .default([])
      .meta({
        description:
          'Texts of this revision hidden from the public: each is null where it stood, and what it said is not published.',
      }),
  })
  .meta({
    id: 'HistoryEntry',
    description: 'A public revision of the record (who proposed and approved it is left out).',
  });

export const NameLanguageSchema = z.enum(['ru', 'tg', 'en']);
const ConfidenceSchema = z.enum(['HIGH', 'MEDIUM', 'LOW']);

const TextValueSchema = z
  .object({
    value: z.string(),
    status: z.enum(['SOURCE', 'REVIEWED', 'DRAFT']).meta({
      description:
        "SOURCE: the record's own wording; REVIEWED: checked by a reader of the language; DRAFT: approved, not yet reviewed.",
    }),
  })
  .meta({ id: 'TextValue' });

// Keyed by what the text is and its English, not by an internal row id: a reader finds it in the
// record by that, and an import into another database (new row ids) finds it again.
const RecordTextSchema = z
  .object({
    entity: z.string().meta({
      description:
        'What the text belongs to: Hero, Place, Unit, Battle, BattleParticipation, Service, Citation, SourceConflict, Memorial, Award.',
      examples: ['Hero', 'Place'],
    }),
    field: z.string().meta({
      description: 'Which of its texts (a list item has its index).',
      examples: ['biography', 'name', 'featFacts.0'],
    }),
    en: TextValueSchema,
    ru: TextValueSchema.nullable(),
    tg: TextValueSchema.nullable(),
  })
  .meta({
    id: 'RecordText',
    description:
      'One human-readable text of the record in each language, with its status; null where the language has none yet.',
  });

export const ExportHeroSchema = z
  .object({
    id: z.string().meta({ description: 'Stable id of the record; never reused.' }),
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    externalIds: ExternalIdsSchema,
    // Defaults keep exports written before these fields importable.
    unconfirmedIds: z.array(z.enum(EXTERNAL_ID_KINDS)).default([]).meta({
      description:
        'The kinds in externalIds whose id is a possible match only, not confirmed to be this man: not a sameAs, and no importer should merge records on it.',
    }),
    surnameRu: z.string().min(1),
    givenRu: nullableText,
    patronymicRu: nullableText,
    givenInitialRu: nullableText,
    patronymicInitialRu: nullableText,
    surnameEn: z.string().min(1),
    givenEn: nullableText,
    givenInitialEn: nullableText,
    fullNameTg: nullableText,
    fullNameTgOrigin: z.enum(NAME_FORM_ORIGINS).nullable().default(null).meta({
      description:
        "Where fullNameTg comes from: SOURCE (a source's spelling), TRANSLITERATION (the archive's own, no source gives one), PROPOSED (a family's spelling approved by a moderator); null with no fullNameTg.",
    }),
    names: z.array(
      z.object({
        value: z.string(),
        script: z.enum(['RU', 'TG', 'LATIN']),
        isPrimary: z.boolean(),
        // Defaults keep exports written before these fields importable.
        language: NameLanguageSchema.nullable()
          .default(null)
          .meta({ description: 'The language a source gives for this form; null when no source says.' }),
      }),
    ),
    group: z.enum(HERO_GROUPS),
    countedIn64: z.boolean(),
    membershipNote: z.string(),
    membershipConfidence: ConfidenceSchema.nullable(),
    identityNote: nullableText,
    nationality: nullableText,
    birthDate: EdtfDateSchema.nullable(),
    deathDate: EdtfDateSchema.nullable(),
    killedInAction: z.boolean().nullable(),
    birthPlace: PlaceSchema.nullable(),
    deathPlace: PlaceSchema.nullable(),
    burialPlace: PlaceSchema.nullable().meta({ description: 'Where he rests now.' }),
    // The gazetteer's links (docs/places.md). Defaults keep exports written before them importable;
    // an import finds each place in its own gazetteer by this wording and never adds one.
    firstBurialPlace: PlaceSchema.nullable()
      .default(null)
      .meta({ description: 'Where he was first buried, when he was later reburied (burialPlace).' }),
    callUpPlace: PlaceSchema.nullable().default(null).meta({ description: 'Where he was called up.' }),
    callUpCommissariat: nullableText
      .default(null)
      .meta({ description: 'The military commissariat that called him up, as the source writes it.' }),
    rankAtFeat: nullableText,
    role: nullableText,
    featDate: EdtfDateSchema.nullable(),
    featDateText: nullableText,
    featPlace: nullableText.meta({ description: "The feat's place in the sources' wording." }),
    featPlaceRef: PlaceSchema.nullable()
      .default(null)
      .meta({ description: "The gazetteer's place of the feat (featPlace is the sources' wording)." }),
    featFacts: z.array(z.string()),
    postwar: nullableText,
    notes: nullableText,
    biographyEn: z.string(),
    biographyRu: z.string(),
    confidence: ConfidenceSchema,
    units: z.array(ServiceSchema),
    battles: z.array(BattleParticipationSchema),
    awards: z.array(AwardSchema),
    sources: z.array(CitedSourceSchema),
    conflicts: z.array(ConflictSchema),
    memorials: z.array(MemorialSchema),
    media: z.array(MediaMetadataSchema),
    texts: z
      .array(RecordTextSchema)
      .default([])
      .meta({ description: 'Every human-readable text of the record in English, Russian and Tajik, with its status.' }),
    history: z.array(HistoryEntrySchema),
  })
  .meta({ id: 'Hero', description: 'One published Hero with everything the archive publishes about him.' });
export type ExportHero = z.infer<typeof ExportHeroSchema>;

export const LicenceSchema = z
  .object({
    facts: z.object({ id: z.literal('CC0-1.0'), url: z.string() }),
    texts: z.object({ id: z.literal('CC-BY-SA-4.0'), url: z.string() }),
    media: z.string(),
  })
  .meta({
    id: 'Licence',
    description: 'Facts CC0 1.0; texts written for the archive CC BY-SA 4.0; media each under its own licence.',
  });

export const ExportDocumentSchema = z
  .object({
    format: z.literal(EXPORT_FORMAT_NAME),
    version: z.literal(EXPORT_FORMAT_VERSION),
    license: LicenceSchema,
    heroes: z.array(ExportHeroSchema),
  })
  .meta({
    id: 'Export',
    title: 'Zvezda archive export',
    description: 'Every published Hero, ordered by slug. Written one record per line.',
  });

export const ExportQuerySchema = z.object({
  format: z.enum(EXPORT_FORMATS, { error: 'format must be json, csv, jsonld or geojson' }).default('json'),
});

/** The JSON Schema (draft 2020-12) of the JSON export, generated from the schemas above. */
export function exportJsonSchema() {
  return z.toJSONSchema(ExportDocumentSchema, { target: 'draft-2020-12', io: 'output' });
}

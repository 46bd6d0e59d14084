// The researched fact sheet (shared/data/heroes-tajikistan.json), validated with zod before
// anything from it reaches the database.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const nullableText = z
  .string()
  .nullable()
  .optional()
  .transform((value) => value ?? null);

const FactSheetSourceSchema = z.object({
  url: z.string().nullable().optional(),
  title: z.string().optional(),
  publisher: z.string().optional(),
  year: z.number().int().optional(),
  supports: z.string(),
});

const FactSheetHeroSchema = z.object({
  surname_ru: z.string().min(1),
  given_ru: nullableText,
  patronymic_ru: nullableText,
  patronymic_initial_ru: nullableText,
  name_en: z.string().min(1),
  alt_spellings: z.array(z.string()),
  group: z.enum(['tajik_ssr', 'tajik_elsewhere', 'postwar_tajikistan', 'added_2018']),
  membership_note: z.string(),
  membership_confidence: z.enum(['high', 'medium', 'low']).optional(),
  identity_note: nullableText,
  nationality: nullableText,
  birth_date: nullableText,
  birth_place: nullableText,
  birth_place_today: nullableText,
  death_date: nullableText,
  death_place: nullableText,
  killed_in_action: z.boolean().nullable(),
  burial_place: nullableText,
  rank_at_feat: nullableText,
  role: nullableText,
  units: z.array(
    z.object({
      name: z.string(),
      level: z.enum(['company', 'battalion', 'regiment', 'brigade', 'division', 'corps', 'army', 'front', 'partisan']),
      from: nullableText,
      to: nullableText,
    }),
  ),
  battles: z.array(z.object({ name: z.string(), date: nullableText, place: nullableText })),
  feat_date: nullableText,
  feat_place: nullableText,
  feat_facts: z.array(z.string()),
  title_decree_date: nullableText,
  posthumous: z.boolean().nullable(),
  gold_star_no: z
    .union([z.string(), z.number()])
    .nullable()
    .transform((value) => (value === null ? null : String(value))),
  order_of_lenin: z.boolean().nullable(),
  other_awards: z.array(z.union([z.string(), z.object({ name: z.string(), date: z.string().nullable().optional() })])),
  postwar: nullableText,
  memorials: z.array(z.string()).optional().default([]),
  commemoration: nullableText,
  notes: nullableText,
  sources: z.array(FactSheetSourceSchema).min(1),
  conflicts: z.array(
    z.object({
      field: z.string(),
      values: z.array(z.string()),
      sources: z.array(z.string()),
      note: z.string().optional(),
    }),
  ),
  confidence: z.enum(['high', 'medium', 'low']),
  counted_in_64: z.boolean(),
  warheroes_index: z.object({ id: z.number(), name: z.string(), match: z.string() }).optional(),
});

const FactSheetSchema = z.object({
  about: z.object({
    title: z.string(),
    counted: z.number().int(),
    count_breakdown: z.record(z.string(), z.number().int()),
    count_source: z.string(),
    other_counts: z.array(z.object({ count: z.number().int(), source: z.string() })),
    identified: z.number().int(),
    caveats: z.array(z.string()),
  }),
  heroes: z.array(FactSheetHeroSchema),
  unidentified_candidates: z.array(
    z.object({
      surname_ru: z.string(),
      initial: z.string().nullable(),
      source: z.string(),
      evidence: z.string(),
      status: z.string(),
    }),
  ),
});

export type FactSheet = z.infer<typeof FactSheetSchema>;
export type FactSheetHero = z.infer<typeof FactSheetHeroSchema>;

// The research team keeps the fact sheet in ../shared/data beside the repository; a copy travels
// in prisma/data so that a fresh clone seeds without it (a test keeps the two equal).
export const SHARED_FACT_SHEET = path.resolve(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'shared',
  'data',
  'heroes-tajikistan.json',
);
export const BUNDLED_FACT_SHEET = path.resolve(import.meta.dirname, '..', 'data', 'heroes-tajikistan.json');

function defaultFactSheetPath(): string {
  return process.env.ZVEZDA_FACT_SHEET ?? (existsSync(SHARED_FACT_SHEET) ? SHARED_FACT_SHEET : BUNDLED_FACT_SHEET);
}

export function loadFactSheet(file = defaultFactSheetPath()): FactSheet {
  const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const result = FactSheetSchema.safeParse(raw);
  if (!result.success) {
    throw new Error(`The fact sheet ${file} does not have the expected shape:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}

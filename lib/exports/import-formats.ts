// Reading an import file: the archive's own export (JSON, one record per line), CSV with the
// documented header (export.ts CSV_COLUMNS), or the JSON result of a Wikidata SPARQL query.
// Every row becomes an `IncomingHero` (the export's shape, fields the row does not give left
// null) or a list of errors by line and field. Files are read as streams, row by row, except the
// Wikidata result, which is one JSON document (all ~12,800 Heroes are about 10 MB).
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import readline from 'node:readline';
import { parse } from 'csv-parse';
import { z } from 'zod';
import { HERO_GROUPS } from '../heroes/schemas';
import { CSV_COLUMNS } from './export';
import { EXTERNAL_ID_PATTERNS } from './external-ids';
import type { RowErrorKey } from './import-errors';
import { EdtfDateSchema, EXPORT_FORMAT_NAME, ExportHeroSchema, type ExportHero } from './schemas';

export type ImportFormat = 'archive' | 'csv' | 'wikidata';
/** A refused row: its message in English; key and values say it in the reader's language (import-errors.ts). */
export type RowError = {
  line: number;
  field: string;
  message: string;
  key?: RowErrorKey;
  values?: Record<string, string | number>;
};
export type RawRow = { line: number; row: number; value: unknown } | { line: number; row: number; error: string };

export class ImportFileError extends Error {}

export async function detectFormat(file: string): Promise<ImportFormat> {
  const handle = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0);
    const head = buffer
      .subarray(0, bytesRead)
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trimStart();
    if (head.startsWith('{')) {
      if (head.includes(`"format":"${EXPORT_FORMAT_NAME}"`) || head.includes(`"format": "${EXPORT_FORMAT_NAME}"`))
        return 'archive';
      if (/"head"\s*:/.test(head) && /"vars"\s*:/.test(head)) return 'wikidata';
      throw new ImportFileError(
        'A JSON file must be an export of this archive ("format": "zvezda-export") or a Wikidata query result ({"head": …, "results": {"bindings": […]}}).',
      );
    }
    return 'csv';
  } finally {
    await handle.close();
  }
}

async function* archiveRows(file: string): AsyncGenerator<RawRow> {
  const lines = readline.createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let number = 0;
  let row = 0;
  for await (const text of lines) {
    number += 1;
    const line = text.trim().replace(/,$/, '');
    // The opening line (format, licence) and the closing "]}" carry no record.
    if (number === 1 || line === '' || line === ']}') continue;
    row += 1;
    try {
      yield { line: number, row, value: JSON.parse(line) };
    } catch {
      yield { line: number, row, error: 'This line is not one JSON record (the export writes one record per line).' };
    }
  }
}

async function* csvRows(file: string): AsyncGenerator<RawRow> {
  const parser = createReadStream(file).pipe(
    parse({
      columns: (header: string[]) => checkHeader(header),
      comment: '#',
      comment_no_infix: true,
      bom: true,
      info: true,
      skip_empty_lines: true,
      trim: true,
    }),
  );
  let row = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: Record<string, string>;
      info: { lines: number };
    }>) {
      row += 1;
      yield { line: info.lines, row, value: record };
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    const lines = (error as { lines?: number }).lines;
    throw new ImportFileError(`The CSV cannot be read${lines ? ` at line ${lines}` : ''}: ${(error as Error).message}`);
  }
}

function checkHeader(header: string[]): string[] {
  const unknown = header.filter((name) => !(CSV_COLUMNS as readonly string[]).includes(name));
  if (unknown.length)
    throw new ImportFileError(
      `Unknown CSV column(s): ${unknown.join(', ')}. The columns are: ${CSV_COLUMNS.join(', ')}.`,
    );
  if (!header.includes('surname_ru') || !header.includes('surname_en'))
    throw new ImportFileError('The CSV header must include surname_ru and surname_en.');
  return header;
}

const WikidataResultSchema = z.object({
  head: z.object({ vars: z.array(z.string()) }),
  results: z.object({ bindings: z.array(z.record(z.string(), z.object({ value: z.string() }).loose())) }),
});

async function* wikidataRows(file: string): AsyncGenerator<RawRow> {
  const { readFile } = await import('node:fs/promises');
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new ImportFileError(`The Wikidata result is not valid JSON: ${(error as Error).message}`);
  }
  const result = WikidataResultSchema.safeParse(parsed);
  if (!result.success)
    throw new ImportFileError('A Wikidata result needs "head.vars" and "results.bindings" (the SPARQL JSON format).');
  let row = 0;
  for (const binding of result.data.results.bindings) {
    row += 1;
    yield { line: row, row, value: Object.fromEntries(Object.entries(binding).map(([key, cell]) => [key, cell])) };
  }
}

export function readRows(file: string, format: ImportFormat): AsyncGenerator<RawRow> {
  return format === 'archive' ? archiveRows(file) : format === 'csv' ? csvRows(file) : wikidataRows(file);
}

// ---- one row into the export's shape ----

const optional = <T extends z.ZodType<unknown, string>>(schema: T) =>
  z
    .string()
    .trim()
    .transform((v) => (v === '' ? null : v))
    .pipe(schema.nullable());
const text = (max: number) => optional(z.string().max(max, `At most ${max} characters.`));
const date = optional(EdtfDateSchema);
const externalId = (pattern: RegExp, example: string) =>
  z
    .string()
    .trim()
    .toUpperCase()
    .transform((v) => (v === '' ? null : v))
    .pipe(z.string().regex(pattern, `Not an id of that archive (e.g. ${example}).`).nullable());

/** The documented CSV row: every column optional except the surnames. */
const CsvRowSchema = z.object({
  slug: optional(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Lowercase letters, digits and hyphens.')).default(null),
  wikidata: externalId(EXTERNAL_ID_PATTERNS.wikidata, 'Q123').default(null),
  warheroes: externalId(EXTERNAL_ID_PATTERNS.warheroes, '1234').default(null),
  pamyat_naroda: externalId(EXTERNAL_ID_PATTERNS.pamyatNaroda, '1234').default(null),
  podvig_naroda: externalId(EXTERNAL_ID_PATTERNS.podvigNaroda, '1234').default(null),
  surname_ru: z.string().trim().min(1, 'Required.').max(100, 'At most 100 characters.'),
  given_ru: text(100).default(null),
  patronymic_ru: text(100).default(null),
  surname_en: z.string().trim().min(1, 'Required.').max(100, 'At most 100 characters.'),
  given_en: text(100).default(null),
  full_name_tg: text(200).default(null),
  group: optional(z.enum(HERO_GROUPS, { error: `One of ${HERO_GROUPS.join(', ')}.` })).default(null),
  birth_date: date.default(null),
  death_date: date.default(null),
  birth_place: text(300).default(null),
  birth_place_today: text(300).default(null),
  death_place: text(300).default(null),
  // Places of the gazetteer, each by its id or any of its names (lib/places/resolve.ts).
  call_up_place: text(300).default(null),
  call_up_commissariat: text(300).default(null),
  feat_place: text(300).default(null),
  first_burial_place: text(300).default(null),
  rank_at_feat: text(200).default(null),
  title_decree_date: date.default(null),
  posthumous: optional(z.enum(['true', 'false'], { error: 'true or false.' })).default(null),
  gold_star_no: text(20).default(null),
  units: z.string().optional(),
  battles: z.string().optional(),
  source_urls: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split('|')
        .map((u) => u.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url({ protocol: /^https?$/, error: 'Each source must be an http(s) address, separated by |.' }))),
});

const cell = z.object({ value: z.string() }).loose().optional();
/** A Wikidata SPARQL binding: item and names are needed; the rest optional (docs/open-data.md, "Import"). */
const WikidataRowSchema = z.object({
  item: z
    .object({
      value: z.string().regex(/^https?:\/\/www\.wikidata\.org\/entity\/Q[1-9]\d*$/, 'Must be a Wikidata entity URI.'),
    })
    .loose(),
  warheroes: cell,
  nameRu: cell,
  nameEn: cell,
  itemLabel: cell,
  birthDate: cell,
  birthDatePrecision: cell,
  deathDate: cell,
  deathDatePrecision: cell,
  birthPlaceLabel: cell,
  deathPlaceLabel: cell,
  decreeDate: cell,
});

function emptyHero(): ExportHero {
  return {
    id: '',
    slug: '',
    externalIds: { wikidata: null, warheroes: null, pamyatNaroda: null, podvigNaroda: null },
    unconfirmedIds: [],
    surnameRu: '',
    givenRu: null,
    patronymicRu: null,
    givenInitialRu: null,
    patronymicInitialRu: null,
    surnameEn: '',
    givenEn: null,
    givenInitialEn: null,
    fullNameTg: null,
    fullNameTgOrigin: null,
    names: [],
    group: 'OTHER',
    countedIn64: false,
    membershipNote: '',
    membershipConfidence: null,
    identityNote: null,
    nationality: null,
    birthDate: null,
    deathDate: null,
    killedInAction: null,
    birthPlace: null,
    deathPlace: null,
    burialPlace: null,
    firstBurialPlace: null,
    callUpPlace: null,
    callUpCommissariat: null,
    rankAtFeat: null,
    role: null,
    featDate: null,
    featDateText: null,
    featPlace: null,
    featPlaceRef: null,
    featFacts: [],
    postwar: null,
    notes: null,
    biographyEn: '',
    biographyRu: '',
    confidence: 'LOW',
    units: [],
    battles: [],
    awards: [],
    sources: [],
    conflicts: [],
    memorials: [],
    media: [],
    texts: [],
    history: [],
  };
}

const place = (name: string | null, nameToday: string | null = null) =>
  name ? { name, nameToday, district: null, region: null, country: null, latitude: null, longitude: null } : null;

/**
 * Wikidata gives a full timestamp; its precision (9 year, 10 month, 11 day) says how much is known.
 * 'bad' when the value is not a timestamp.
 */
function wikidataDate(value: string | undefined, precision: string | undefined): string | null {
  if (!value) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})T/.exec(value);
  if (!match) return 'bad';
  const [, y, m, d] = match;
  const p = precision ? Number(precision) : m === '01' && d === '01' ? 9 : 11;
  // Without a stated precision, 1 January is read as "the year only": never a day the source did not give.
  return p <= 9 ? y! : p === 10 ? `${y}-${m}` : `${y}-${m}-${d}`;
}

/** Russian and English labels are "Given [Patronymic] Surname". */
function splitName(label: string | null): { surname: string | null; given: string | null; patronymic: string | null } {
  const words = (label ?? '').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { surname: null, given: null, patronymic: null };
  if (words.length === 1) return { surname: words[0]!, given: null, patronymic: null };
  if (words.length === 2) return { surname: words[1]!, given: words[0]!, patronymic: null };
  return { surname: words.at(-1)!, given: words[0]!, patronymic: words.slice(1, -1).join(' ') };
}

type Converted = { hero: ExportHero } | { errors: RowError[] };

function issuesToErrors(
  line: number,
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): RowError[] {
  return issues.map((issue) => ({ line, field: issue.path.map(String).join('.') || 'row', message: issue.message }));
}

export function convertRow(format: ImportFormat, raw: RawRow): Converted {
  if ('error' in raw) return { errors: [{ line: raw.line, field: 'row', message: raw.error }] };
  if (format === 'archive') {
    const parsed = ExportHeroSchema.safeParse(raw.value);
    return parsed.success ? { hero: parsed.data } : { errors: issuesToErrors(raw.line, parsed.error.issues) };
  }
  if (format === 'csv') {
    const parsed = CsvRowSchema.safeParse(raw.value);
    if (!parsed.success) return { errors: issuesToErrors(raw.line, parsed.error.issues) };
    const r = parsed.data;
    const hero = emptyHero();
    hero.slug = r.slug ?? '';
    hero.externalIds = {
      wikidata: r.wikidata,
      warheroes: r.warheroes,
      pamyatNaroda: r.pamyat_naroda,
      podvigNaroda: r.podvig_naroda,
    };
    Object.assign(hero, {
      surnameRu: r.surname_ru,
      givenRu: r.given_ru,
      patronymicRu: r.patronymic_ru,
      surnameEn: r.surname_en,
      givenEn: r.given_en,
      fullNameTg: r.full_name_tg,
    });
    if (r.group) hero.group = r.group;
    Object.assign(hero, { birthDate: r.birth_date, deathDate: r.death_date, rankAtFeat: r.rank_at_feat });
    hero.birthPlace = place(r.birth_place, r.birth_place_today);
    hero.deathPlace = place(r.death_place);
    hero.callUpPlace = place(r.call_up_place);
    hero.callUpCommissariat = r.call_up_commissariat;
    hero.featPlaceRef = place(r.feat_place);
    hero.firstBurialPlace = place(r.first_burial_place);
    if (r.title_decree_date || r.posthumous || r.gold_star_no) {
      hero.awards = [
        {
          kind: 'HERO_OF_THE_SOVIET_UNION',
          name: null,
          decreeDate: r.title_decree_date,
          posthumous: r.posthumous === null ? null : r.posthumous === 'true',
          goldStarNo: r.gold_star_no,
          documentRef: null,
        },
      ];
    }
    hero.sources = r.source_urls.map((url) => ({
      id: '',
      url,
      title: null,
      publisher: null,
      year: null,
      archiveFond: null,
      archiveOpis: null,
      archiveDelo: null,
      supports: 'Imported with the record',
    }));
    return { hero };
  }
  const parsed = WikidataRowSchema.safeParse(raw.value);
  if (!parsed.success) return { errors: issuesToErrors(raw.line, parsed.error.issues) };
  const r = parsed.data;
  const errors: RowError[] = [];
  const hero = emptyHero();
  const qid = r.item.value.split('/').at(-1)!;
  hero.externalIds.wikidata = qid;
  const warheroes = r.warheroes?.value.trim() || null;
  if (warheroes && !EXTERNAL_ID_PATTERNS.warheroes.test(warheroes))
    errors.push({ line: raw.line, field: 'warheroes', message: 'Not a warheroes.ru id (digits).' });
  hero.externalIds.warheroes = warheroes;
  const ru = splitName(r.nameRu?.value ?? null);
  const en = splitName(r.nameEn?.value ?? r.itemLabel?.value ?? null);
  if (!ru.surname) errors.push({ line: raw.line, field: 'nameRu', message: 'Required: the Russian label.' });
  if (!en.surname || en.surname === qid)
    errors.push({ line: raw.line, field: 'nameEn', message: 'Required: the English label.' });
  Object.assign(hero, {
    surnameRu: ru.surname ?? '',
    givenRu: ru.given,
    patronymicRu: ru.patronymic,
    surnameEn: en.surname ?? '',
    givenEn: en.given,
  });
  for (const [field, value, precision] of [
    ['birthDate', r.birthDate?.value, r.birthDatePrecision?.value],
    ['deathDate', r.deathDate?.value, r.deathDatePrecision?.value],
  ] as const) {
    const d = wikidataDate(value, precision);
    if (d === 'bad') errors.push({ line: raw.line, field, message: 'Not a Wikidata date (YYYY-MM-DDT00:00:00Z).' });
    else hero[field] = d;
  }
  hero.birthPlace = place(r.birthPlaceLabel?.value ?? null);
  hero.deathPlace = place(r.deathPlaceLabel?.value ?? null);
  const decree = wikidataDate(r.decreeDate?.value, undefined);
  if (decree === 'bad')
    errors.push({ line: raw.line, field: 'decreeDate', message: 'Not a Wikidata date (YYYY-MM-DDT00:00:00Z).' });
  hero.awards = [
    {
      kind: 'HERO_OF_THE_SOVIET_UNION',
      name: null,
      decreeDate: decree === 'bad' ? null : decree,
      posthumous: null,
      goldStarNo: null,
      documentRef: null,
    },
  ];
  hero.sources = [
    {
      id: '',
      url: `https://www.wikidata.org/wiki/${qid}`,
      title: `Wikidata ${qid}`,
      publisher: 'Wikidata',
      year: null,
      archiveFond: null,
      archiveOpis: null,
      archiveDelo: null,
      supports: 'Names, dates, places and the ids in other archives, as Wikidata gives them',
    },
  ];
  return errors.length ? { errors } : { hero };
}

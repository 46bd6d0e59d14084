// The editable facts of a Hero as plain strings: what a correction proposes, what a revision
// stores, what two states are compared by. Dates are partial ISO strings ("1943-01"), so their
// precision travels with them.
import type { Prisma } from '../generated/prisma/client';
import { externalIdFields, featFields, lifeDateFields } from '../heroes/public-select';
import { EXTERNAL_ID_COLUMNS, type ExternalIdKind } from '../exports/external-ids';
import { formatIsoPartial, parsePartialDate, type DatePrecision } from '../partial-date';

export const EDITABLE_FIELDS = [
  'surnameRu',
  'givenRu',
  'patronymicRu',
  'surnameEn',
  'givenEn',
  'fullNameTg',
  'nationality',
  'birthDate',
  'deathDate',
  'rankAtFeat',
  'role',
  'featDate',
  'featPlace',
  'titleDecreeDate',
  'postwar',
  'biographyEn',
  'biographyRu',
  // Ids in other archives (lib/exports/external-ids.ts): proposed and approved like any fact.
  'wikidataId',
  'warheroesId',
  'pamyatNarodaId',
  'podvigNarodaId',
] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];
/** Units, battles and other awards, listed for history; they change by addition proposals. */
const LIST_FIELDS = ['units', 'battles', 'awards'] as const;
export type ListField = (typeof LIST_FIELDS)[number];
export type Snapshot = Record<EditableField, string | null> & Partial<Record<ListField, string | null>>;
export type SnapshotDiff = Partial<Record<EditableField | ListField, { from: string | null; to: string | null }>>;

const DATE_FIELDS = ['birthDate', 'deathDate', 'featDate'] as const;

export async function readSnapshot(
  tx: Prisma.TransactionClient,
  heroId: string,
): Promise<{ snapshot: Snapshot; version: number }> {
  const hero = await tx.hero.findUniqueOrThrow({
    where: { id: heroId },
    select: {
      version: true,
      ...SNAPSHOT_FACT_COLUMNS,
      awards: { select: { kind: true, name: true, decreeDate: true, decreePrecision: true }, orderBy: { kind: 'asc' } },
      services: { select: { unit: { select: { name: true } } }, orderBy: { id: 'asc' } },
      battles: { select: { battle: { select: { name: true } } }, orderBy: { id: 'asc' } },
    },
  });
  const title = hero.awards.find((award) => award.kind === 'HERO_OF_THE_SOVIET_UNION');
  return {
    version: hero.version,
    snapshot: {
      ...snapshotFacts(hero, title),
      ...snapshotLists({
        units: hero.services.map((s) => s.unit.name),
        battles: hero.battles.map((b) => b.battle.name),
        awards: hero.awards.map((a) => ({ ...a, decreeDate: date(a.decreeDate, a.decreePrecision) })),
      }),
    },
  };
}

/** The columns of a Hero that a snapshot's editable facts are read from (the title's decree aside). */
export const SNAPSHOT_FACT_COLUMNS = {
  surnameRu: true,
  givenRu: true,
  patronymicRu: true,
  surnameEn: true,
  givenEn: true,
  fullNameTg: true,
  nationality: true,
  ...lifeDateFields,
  ...featFields,
  postwar: true,
  biographyEn: true,
  biographyRu: true,
  ...externalIdFields,
} satisfies Prisma.HeroSelect;

function date(value: Date | null, precision: DatePrecision | null): string | null {
  return value ? formatIsoPartial(value, precision ?? 'DAY') : null;
}

/**
 * A Hero's editable facts as a snapshot holds them (writeSnapshot is the way back): dates as
 * partial ISO strings, a feat date known only in words as those words, and the decree of `title`,
 * his Hero of the Soviet Union award.
 */
export function snapshotFacts(
  hero: Prisma.HeroGetPayload<{ select: typeof SNAPSHOT_FACT_COLUMNS }>,
  title: { decreeDate: Date | null; decreePrecision: DatePrecision | null } | undefined,
): Record<EditableField, string | null> {
  return {
    surnameRu: hero.surnameRu,
    givenRu: hero.givenRu,
    patronymicRu: hero.patronymicRu,
    surnameEn: hero.surnameEn,
    givenEn: hero.givenEn,
    fullNameTg: hero.fullNameTg,
    nationality: hero.nationality,
    birthDate: date(hero.birthDate, hero.birthDatePrecision),
    deathDate: date(hero.deathDate, hero.deathDatePrecision),
    rankAtFeat: hero.rankAtFeat,
    role: hero.role,
    featDate: date(hero.featDate, hero.featDatePrecision) ?? hero.featDateText,
    featPlace: hero.featPlace,
    titleDecreeDate: date(title?.decreeDate ?? null, title?.decreePrecision ?? null),
    postwar: hero.postwar,
    biographyEn: hero.biographyEn,
    biographyRu: hero.biographyRu,
    wikidataId: hero.wikidataId,
    warheroesId: hero.warheroesId,
    pamyatNarodaId: hero.pamyatNarodaId,
    podvigNarodaId: hero.podvigNarodaId,
  };
}

/**
 * A snapshot's lists, as the history compares them: the units and the battles by name, the awards
 * other than the title (which is its own field) by name and decree date. For a Hero read from the
 * archive and for one an import creates, so that both histories read alike.
 */
export function snapshotLists(hero: {
  units: string[];
  battles: string[];
  awards: { kind: string; name: string | null; decreeDate: string | null }[];
}): Record<ListField, string | null> {
  const list = (items: string[]) => (items.length ? items.join('; ') : null);
  return {
    units: list(hero.units),
    battles: list(hero.battles),
    awards: list(
      hero.awards
        .filter((a) => a.kind !== 'HERO_OF_THE_SOVIET_UNION')
        .map((a) => [a.kind === 'ORDER_OF_LENIN' ? 'Order of Lenin' : a.name, a.decreeDate].filter(Boolean).join(' ')),
    ),
  };
}

export function diffSnapshots(
  from: Snapshot,
  to: Snapshot,
  fields: readonly (EditableField | ListField)[] = [...EDITABLE_FIELDS, ...LIST_FIELDS],
): SnapshotDiff {
  const diff: SnapshotDiff = {};
  for (const field of fields) {
    if ((from[field] ?? null) !== (to[field] ?? null))
      diff[field] = { from: from[field] ?? null, to: to[field] ?? null };
  }
  return diff;
}

/**
 * Writes a snapshot's values to the Hero, only if its version is still `expectedVersion`, and
 * bumps the version. Returns false when someone changed the Hero first (optimistic locking).
 */
export async function writeSnapshot(
  tx: Prisma.TransactionClient,
  heroId: string,
  expectedVersion: number,
  values: Snapshot,
): Promise<boolean> {
  const dates: Record<string, unknown> = {};
  for (const field of DATE_FIELDS) {
    const parsed = parsePartialDate(values[field]);
    dates[field] = parsed?.date ?? null;
    dates[`${field}Precision`] = parsed?.precision ?? null;
  }
  // A feat date the sources give only in words ("autumn 1943") is kept as words.
  const featDateText = values.featDate && !parsePartialDate(values.featDate) ? values.featDate : null;
  const { titleDecreeDate } = values;
  // Only the editable text fields: a proposal's payload may carry more (a new Hero's group).
  const text = {
    surnameRu: values.surnameRu,
    givenRu: values.givenRu,
    patronymicRu: values.patronymicRu,
    surnameEn: values.surnameEn,
    givenEn: values.givenEn,
    fullNameTg: values.fullNameTg,
    nationality: values.nationality,
    rankAtFeat: values.rankAtFeat,
    role: values.role,
    featPlace: values.featPlace,
    postwar: values.postwar,
    biographyEn: values.biographyEn,
    biographyRu: values.biographyRu,
    // A revision older than these fields does not hold them: undefined leaves them as they are.
    wikidataId: values.wikidataId,
    warheroesId: values.warheroesId,
    pamyatNarodaId: values.pamyatNarodaId,
    podvigNarodaId: values.podvigNarodaId,
  };
  // A Tajik form or an external id that a moderator approved is no longer the archive's own
  // transliteration, nor a possible match: it says so from now on.
  const current = await tx.hero.findUnique({
    where: { id: heroId },
    select: { fullNameTg: true, unconfirmedIds: true, ...externalIdFields },
  });
  const provenance: Prisma.HeroUpdateManyMutationInput = {};
  if (current && text.fullNameTg !== undefined && (text.fullNameTg ?? null) !== current.fullNameTg) {
    provenance.fullNameTgOrigin = text.fullNameTg ? 'PROPOSED' : null;
  }
  if (current) {
    const stillUnsure = current.unconfirmedIds.filter((kind) => {
      const column = EXTERNAL_ID_COLUMNS[kind as ExternalIdKind];
      return column && (text[column] === undefined || (text[column] ?? null) === current[column]);
    });
    if (stillUnsure.length !== current.unconfirmedIds.length) provenance.unconfirmedIds = stillUnsure;
  }
  const updated = await tx.hero.updateMany({
    where: { id: heroId, version: expectedVersion },
    data: {
      ...text,
      ...provenance,
      surnameRu: text.surnameRu ?? '',
      surnameEn: text.surnameEn ?? '',
      biographyEn: text.biographyEn ?? '',
      biographyRu: text.biographyRu ?? '',
      ...dates,
      featDateText,
      version: { increment: 1 },
      editedAt: new Date(),
    },
  });
  if (updated.count !== 1) return false;
  const decree = parsePartialDate(titleDecreeDate);
  await tx.award.updateMany({
    where: { heroId, kind: 'HERO_OF_THE_SOVIET_UNION' },
    data: { decreeDate: decree?.date ?? null, decreePrecision: decree?.precision ?? null },
  });
  return true;
}

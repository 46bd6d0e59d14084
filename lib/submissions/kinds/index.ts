// Every kind of proposal, one module each. `satisfies Record<SubmissionKind, KindModule>` keeps the
// registry whole: a value added to the enum in prisma/schema.prisma fails to compile here until
// its module exists (docs/decisions/proposal-kinds.md says how to add one).
import type { SubmissionKind } from '../../generated/prisma/enums';
import { award } from './award';
import { battle } from './battle';
import { correction } from './correction';
import { heroPlace } from './hero-place';
import type { AddForm, KindModule } from './kind';
import { newHero } from './new-hero';
import { placeCoordinate } from './place-coordinate';
import { source } from './source';
import { translation } from './translation';
import { unit } from './unit';
import { unitStation } from './unit-station';

const KINDS = {
  CORRECTION: correction,
  SOURCE: source,
  NEW_HERO: newHero,
  UNIT: unit,
  BATTLE: battle,
  AWARD: award,
  TRANSLATION: translation,
  PLACE_COORDINATE: placeCoordinate,
  UNIT_STATION: unitStation,
  HERO_PLACE: heroPlace,
} satisfies Record<SubmissionKind, KindModule>;

/** Every kind, in the order of the enum (the queue's filter offers them so). */
export const SUBMISSION_KINDS = Object.keys(KINDS) as SubmissionKind[];

export function kindModule(kind: SubmissionKind): KindModule {
  return KINDS[kind];
}

/** The kind a string names, or null: a name from a form or a query is never trusted as a key. */
export function parseKind(value: unknown): SubmissionKind | null {
  return typeof value === 'string' && Object.hasOwn(KINDS, value) ? (value as SubmissionKind) : null;
}

export type AddKind = { [K in SubmissionKind]: (typeof KINDS)[K] extends { add: AddForm } ? K : never }[SubmissionKind];

/** The kinds proposed with the add page's form, in the registry's order. */
export const ADD_KINDS = SUBMISSION_KINDS.filter((kind) => kindModule(kind).add) as AddKind[];

export function addForm(kind: AddKind): AddForm {
  return KINDS[kind].add;
}

/** The add page's kind from its query (`?kind=battle`), or null. */
export function addKindOf(query: string | undefined): AddKind | null {
  return ADD_KINDS.find((kind) => addForm(kind).query === query?.toLowerCase()) ?? null;
}

/** The add page's form when its query names none. */
export const DEFAULT_ADD_KIND: AddKind = 'UNIT';

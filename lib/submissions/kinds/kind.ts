// What every kind of proposal says about itself. A kind is one module in this folder, and the
// registry (index.ts) holds one module per value of the SubmissionKind enum: a new value fails to
// compile until its module is whole. Pages, the proposal functions and the approval read the
// module; nothing elsewhere compares a kind to a name.
import type { z } from 'zod';
import type { Prisma, Submission } from '../../generated/prisma/client';
import type { Snapshot } from '../../revisions/snapshot';
import type { OfferedSource } from '../../sources';
import type { Locale } from '../../i18n/locale';
import { AppError } from '../../errors';
import type en from '../../../messages/en.json';

export type Tx = Prisma.TransactionClient;

/**
 * One line of the moderator's review: the value when proposed, today's, and the proposed one. A null
 * is an empty value; `nowNotKnown` says instead that the record does not know the fact yet (no
 * place of his burial), which the page says in words rather than leaving the cell blank.
 */
export type ReviewRow = {
  field: string;
  base: string | null;
  now: string | null;
  nowNotKnown?: true;
  proposed: string | null;
};

/** Lines a revision records besides the Hero's fields (a translation's text in one language). */
type ExtraDiff = Record<string, { from: string | null; to: string | null }>;

export type ChoiceOption = { value: string; label: string };

/** What the approval hands a kind: the Hero version the moderator reviewed, and their merge if any. */
type ApplyContext = { expectedVersion: number; merged: Snapshot | null };

/** A proposal judged by its kind: what is stored as its payload, its evidence and its note. */
export type ParsedProposal = { payload: Prisma.InputJsonValue; evidence: OfferedSource[]; note: string };

/** Something the moderator reads before the rows (a new Hero's membership in the collection). */
type ReviewSummary = { testId: string; text: string };

/**
 * A kind proposed with the form of the add page (`/heroes/<slug>/add?kind=<query>`): its fields are
 * the keys of its schema, labelled by the messages `submission.fields.<field>`.
 */
export type AddForm = {
  query: string;
  /**
   * The message (`submission.fields.…`) naming what is added, the form's heading. Any field label
   * will do, so a new kind brings its heading with its messages; English is the catalogue the
   * others are checked against (tests/unit/messages.test.ts).
   */
  heading: keyof typeof en.submission.fields;
  /** The message (`submission.…`) of the link to the form. */
  link: string;
  schema: z.ZodObject;
  /** The schema's keys, in the order the form shows them. */
  fields: readonly string[];
  multiline?: readonly string[];
  /** Fields that take a partial date: the form shows how to write one. */
  dates?: readonly string[];
  /** What a field holds when the form opens, where it is not empty. */
  initial?: Readonly<Record<string, string>>;
  /**
   * Fields that are a choice: the options in the reader's language. `heroSlug` names the Hero the
   * page adds to, for choices that are his (the units he served in) or the archive's (its places).
   */
  options?: (
    locale: 'en' | 'ru' | 'tg',
    t: (key: string) => string,
    heroSlug: string,
  ) => Record<string, ChoiceOption[]> | Promise<Record<string, ChoiceOption[]>>;
  /**
   * `full`: the usual evidence (a web address, a title, an archive reference or a picture, and the
   * note); `note`: only the note, for a kind that is itself a source.
   */
  evidence: 'full' | 'note';
  /** Judges what the form posted (`citable`: the Hero's approved pictures); throws a ValidationError. */
  parse(input: Record<string, string>, citable: readonly string[]): ParsedProposal;
  /**
   * What only the archive can judge, after `parse`: that a chosen place is in the gazetteer, a unit
   * one the Hero served in, a station not one the unit already has. Throws a ValidationError.
   */
  verify?(heroId: string, payload: Prisma.InputJsonValue): Promise<void>;
};

type KindBase = {
  /** What the moderator reads: the proposal line by line, a place named in the moderator's `locale`. */
  reviewRows(review: {
    submission: Submission;
    base: Snapshot;
    now: Snapshot;
    locale: Locale;
  }): ReviewRow[] | Promise<ReviewRow[]>;
  /** The reason the revision written on approval gives. */
  reason(submission: Submission): string;
  /** Whether pictures of the archive offered as evidence become the profile's sources on approval. */
  citesOfferedPictures: boolean;
  /** Sent back for changes, its author may amend it (the correction form). */
  amendable: boolean;
  /** Pictures may be sent with it before there is a Hero to hold them. */
  takesPictures: boolean;
  summary?(submission: Submission): ReviewSummary | null;
  /** When the Hero changed after the proposal, the moderator may merge (base, now, proposed). */
  merge?: {
    start(base: Snapshot, now: Snapshot, proposed: Snapshot): Snapshot;
    parse(merged: Record<string, string>): Snapshot;
  };
  add?: AddForm;
};

/** A kind that changes a Hero the archive holds, inside the approval transaction. */
type ChangesHero = KindBase & {
  createsHero: false;
  /** Applies the proposal; it must move the Hero's version from `expectedVersion` or refuse. */
  apply(tx: Tx, heroId: string, submission: Submission, context: ApplyContext): Promise<{ extraDiff?: ExtraDiff }>;
};

/** A kind that creates a Hero, inside the approval transaction. */
type CreatesHero = KindBase & {
  createsHero: true;
  create(tx: Tx, submission: Submission): Promise<{ id: string; slug: string }>;
};

export type KindModule = ChangesHero | CreatesHero;

/**
 * What most kinds answer the same way, spread first into a module, which states the rest itself
 * (and overrides any of these it answers otherwise): its author does not amend it, no pictures are
 * sent with it, and the revision gives the proposal's note as its reason. What a kind must decide
 * (`createsHero`, `apply` or `create`, `reviewRows`, `citesOfferedPictures`) is never a default, so
 * the registry still refuses a module that forgets it.
 */
export const KIND_DEFAULTS = {
  amendable: false,
  takesPictures: false,
  reason: (submission: Submission) => submission.note,
} as const satisfies Partial<KindBase>;

type Defaulted = keyof typeof KIND_DEFAULTS;

/**
 * A kind that changes a Hero the archive holds: KIND_DEFAULTS, and what the module itself decides.
 * Generic, so the registry still sees whether the kind has an add form.
 */
export function changesHero<
  K extends Omit<ChangesHero, Defaulted | 'createsHero'> & Partial<Pick<KindBase, Defaulted>>,
>(kind: K) {
  return { ...KIND_DEFAULTS, createsHero: false as const, ...kind };
}

/** The rows of a kind whose payload is a flat record: each value given, as proposed. */
export function payloadRows(payload: unknown): ReviewRow[] {
  return Object.entries(payload as Record<string, string | null>)
    .filter(([, value]) => value !== null)
    .map(([field, value]) => ({ field, base: null, now: null, proposed: value }));
}

/**
 * The `apply` of a kind that adds rows besides the Hero's fields (a unit, a battle, an award, a
 * source): `write` adds them from the proposal's payload, then the version moves (bumpVersion).
 */
export function addsRows<P>(write: (tx: Tx, heroId: string, payload: P) => Promise<void>): ChangesHero['apply'] {
  return async (tx, heroId, submission, { expectedVersion }) => {
    await write(tx, heroId, submission.payload as P);
    await bumpVersion(tx, heroId, expectedVersion);
    return {};
  };
}

/** An addition changes no field, but it is a change: the version moves, so a stale review fails. */
export async function bumpVersion(tx: Tx, heroId: string, expectedVersion: number): Promise<void> {
  const bumped = await tx.hero.updateMany({
    where: { id: heroId, version: expectedVersion },
    data: { version: { increment: 1 }, editedAt: new Date() },
  });
  if (bumped.count !== 1) throw new AppError('CONFLICT', 'recordChangedWhileReviewing');
}

// Test factories: the rows tests make again and again, made one way. Each takes the test file's own
// Prisma client (its own database, tests/setup/each-file.ts).
import { randomBytes } from 'node:crypto';
import { beforeAll } from 'vitest';
import type { Prisma } from '../../lib/generated/prisma/client';
import type { PrismaClient } from '../../lib/prisma-client';
import type { Actor, Role } from '../../lib/permissions';
import { readSnapshot } from '../../lib/revisions/snapshot';
import { proposeCorrection } from '../../lib/submissions/submissions';

/** A person as lib/ functions take one (an Actor that is signed in and not disabled). */
export type TestActor = { id: string; role: Role; disabled: false };

let counter = 0;

/**
 * A user of the given role, as an actor for lib/ calls. The address is unique in the database
 * (the name, a counter and random letters), so a file can make as many as it needs.
 */
export async function createUser(prisma: PrismaClient, name: string, role: Role = 'CONTRIBUTOR'): Promise<TestActor> {
  counter += 1;
  const email = `${name}.${counter}.${randomBytes(3).toString('hex')}@factory.test`;
  const user = await prisma.user.create({ data: { email, role } });
  return { id: user.id, role, disabled: false };
}

/**
 * The users a file acts as, one of each role given, in order:
 * `const [contributor, moderator] = useUsers(prisma, 'CONTRIBUTOR', 'MODERATOR')`. Each is made
 * (createUser) before the file's first test, and its actor's id is set then: read it in tests and
 * hooks, not while the file loads.
 */
export function useUsers<const R extends readonly Role[]>(
  prisma: PrismaClient,
  ...roles: R
): { [index in keyof R]: TestActor } {
  const users = roles.map((role) => ({ id: '', role, disabled: false as const }));
  beforeAll(async () => {
    for (const actor of users) actor.id = (await createUser(prisma, actor.role.toLowerCase(), actor.role)).id;
  });
  return users as { [index in keyof R]: TestActor };
}

/** What a correction proposal cites: an address (the default) or a title, an archive reference and a note. */
export type CorrectionEvidence = {
  sourceUrl?: string;
  sourceTitle?: string;
  archiveRef?: string;
  mediaId?: string;
  note: string;
};

/**
 * The correction form as a browser sends it for the Hero `slug`: every field at today's value
 * (null as empty), the evidence, and the given changes on top.
 */
export async function correctionForm(
  prisma: PrismaClient,
  slug: string,
  evidence: CorrectionEvidence,
  changes: Record<string, string> = {},
): Promise<Record<string, string>> {
  const hero = await prisma.hero.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  const { snapshot } = await readSnapshot(prisma, hero.id);
  const today = Object.fromEntries(Object.entries(snapshot).map(([field, value]) => [field, value ?? '']));
  return { ...today, sourceUrl: '', sourceTitle: '', archiveRef: '', ...evidence, ...changes };
}

/**
 * A correction `author` proposes through lib/, every check on: the correction form for `slug`
 * (correctionForm), citing `evidence`, with `changes`.
 */
export async function proposeTestCorrection(
  prisma: PrismaClient,
  author: Actor,
  slug: string,
  evidence: CorrectionEvidence,
  changes: Record<string, string>,
) {
  return proposeCorrection(author, slug, await correctionForm(prisma, slug, evidence, changes));
}

/**
 * The award form as a browser sends it: an Order of Lenin of 15 May 1944 cited to nothing but the
 * picture `mediaId` (an award sheet), with `note`. Fixture: not a fact of the archive.
 */
export function awardCitingPicture(mediaId: string, note: string): Record<string, string> {
  return {
    awardKind: 'ORDER_OF_LENIN',
    awardName: '',
    decreeDate: '1944-05-15',
    documentRef: '',
    sourceUrl: '',
    sourceTitle: '',
    archiveRef: '',
    mediaId,
    note,
  };
}

/**
 * The new-Hero form as a browser sends it with every field left empty: a test spreads it and fills
 * in the fields its case is about.
 */
export const EMPTY_NEW_HERO_FORM: Readonly<Record<string, string>> = {
  surnameRu: '',
  givenRu: '',
  patronymicRu: '',
  surnameEn: '',
  givenEn: '',
  fullNameTg: '',
  nationality: '',
  birthDate: '',
  deathDate: '',
  rankAtFeat: '',
  role: '',
  featDate: '',
  featPlace: '',
  titleDecreeDate: '',
  postwar: '',
  biographyEn: '',
  biographyRu: '',
  sourceUrl: '',
  sourceTitle: '',
  archiveRef: '',
  note: '',
  membershipNote: '',
};

/**
 * A pending correction written straight to its table (no lib/ checks), for a test that needs one
 * to exist: its payload and note are what the test then looks for, or makes sure never leaks.
 */
export function createPendingCorrection(
  prisma: PrismaClient,
  row: { heroId: string; authorId: string; payload: Prisma.InputJsonValue; note: string; baseVersion?: number },
) {
  return prisma.submission.create({
    data: {
      kind: 'CORRECTION',
      heroId: row.heroId,
      authorId: row.authorId,
      baseVersion: row.baseVersion ?? 1,
      baseSnapshot: {},
      payload: row.payload,
      evidence: [],
      note: row.note,
    },
  });
}

/**
 * A pending family photograph written straight to its table (no files behind it unless `row`
 * names them): 1×1, CC BY 4.0, with the caption the test looks for. `row` overrides any column.
 */
export function createPendingPicture(
  prisma: PrismaClient,
  row: { heroId: string; uploaderId: string; caption: string } & Partial<Prisma.MediaItemUncheckedCreateInput>,
) {
  return prisma.mediaItem.create({
    data: {
      kind: 'PHOTOGRAPH',
      captionLanguage: 'en',
      provenance: 'FAMILY',
      licence: 'CC_BY_4',
      rightsConfirmed: true,
      credit: 'family',
      originalType: 'image/jpeg',
      originalBytes: 1,
      originalName: 'x.jpg',
      originalKey: 'o/x',
      originalMeta: {},
      width: 1,
      height: 1,
      placeholder: '',
      dhash: '0000000000000000',
      ...row,
    },
  });
}

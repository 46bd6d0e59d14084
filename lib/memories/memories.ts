// Family memories: a relative's own words about a Hero. Moderated like proposals, shown in their
// own section, and never a fact: nothing in lib/heroes (facts, JSON-LD, completeness) reads them.
import { z } from 'zod';
import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import { AppError, ValidationError } from '../errors';
import { heroNameSelect } from '../heroes/names';
import { getPublishedHeroIdOrThrow } from '../heroes/queries';
import { IdSchema } from '../ids';
import { decideContribution, type Outcome } from '../moderation/decision';
import { findForReview, ownContributions, pendingQueue, queueRow } from '../moderation/reads';
import { invalidateHero } from '../cache';
import { requirePermission, type Actor } from '../permissions';
import { completeInput, fieldErrors, sanitizeText } from '../forms';
import { PUBLIC_PERSON_SELECT, publicPerson } from '../accounts/public-name';

export const MEMORY_LANGUAGES = ['ru', 'en', 'tg', 'uz', 'ky', 'kk', 'uk', 'be', 'other'] as const;
const DAILY_MEMORY_CAP = 10;
export const MEMORY_FORM_FIELDS = ['text', 'relation', 'language'] as const;

const MemorySchema = z.object({
  text: z.string().transform(sanitizeText).pipe(z.string().trim().min(20, 'memoryTooShort').max(10_000, 'tooLong')),
  relation: z.string().transform(sanitizeText).pipe(z.string().trim().min(2, 'relationRequired').max(100, 'tooLong')),
  language: z.enum(MEMORY_LANGUAGES, { error: 'chooseLanguage' }),
});

export async function writeMemory(actor: Actor, heroSlug: string, input: Record<string, unknown>) {
  requirePermission(actor, 'create:submission:own');
  const heroId = await getPublishedHeroIdOrThrow(heroSlug);
  if (input.website) throw new AppError('INVALID_INPUT', 'proposalRefused');
  const parsed = MemorySchema.safeParse(completeInput(input, MEMORY_FORM_FIELDS));
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error.issues));
  return db.$transaction(async (tx) => {
    // Counted and written under one lock per author, as proposals are: a burst cannot slip past.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`memory-cap:${actor.id}`}))`;
    const recent = await tx.familyMemory.count({
      where: { authorId: actor.id, createdAt: { gte: new Date(Date.now() - 24 * 60 * 60 * 1000) } },
    });
    if (recent >= DAILY_MEMORY_CAP) throw new AppError('RATE_LIMITED', 'dailyMemoryCap', { cap: DAILY_MEMORY_CAP });
    return tx.familyMemory.create({
      data: { heroId, authorId: actor.id, ...parsed.data },
      select: { id: true },
    });
  });
}

export type PublicMemory = {
  id: string;
  text: string;
  relation: string;
  language: string;
  createdAt: Date;
  author: ReturnType<typeof publicPerson> | null;
};

/** Approved memories of a Hero, public fields only. */
export async function listPublicMemories(heroSlug: string): Promise<PublicMemory[]> {
  const rows = await db.familyMemory.findMany({
    where: { status: 'APPROVED', hero: { slug: heroSlug, published: true } },
    select: {
      id: true,
      text: true,
      relation: true,
      language: true,
      createdAt: true,
      author: { select: PUBLIC_PERSON_SELECT },
    },
    orderBy: { createdAt: 'asc' },
  });
  return rows.map(({ author, ...memory }) => ({ ...memory, author: author ? publicPerson(author) : null }));
}

export async function listPendingMemories(actor: Actor) {
  return db.familyMemory.findMany(
    pendingQueue(actor, { ...queueRow('author'), relation: true, text: true, hero: { select: heroNameSelect } }),
  );
}

export async function getMemoryForReview(actor: Actor, memoryId: string) {
  return findForReview(actor, memoryId, 'noSuchMemory', (id) =>
    db.familyMemory.findUnique({
      where: { id },
      include: { hero: { select: heroNameSelect }, author: { select: { id: true, email: true } } },
    }),
  );
}

const MEMORY = {
  contribution: 'memory',
  notFound: 'noSuchMemory',
  find: (id: string) => db.familyMemory.findUnique({ where: { id }, select: { authorId: true, heroId: true } }),
  contributorOf: (memory: { authorId: string | null }) => memory.authorId,
  table: (tx: Prisma.TransactionClient) => tx.familyMemory,
  targetType: 'FamilyMemory',
} as const;

function decideMemory(actor: Actor, input: { memoryId: string; note?: string }, outcome: Outcome) {
  return decideContribution(
    actor,
    { id: input.memoryId, note: input.note },
    outcome,
    MEMORY,
    async (tx, memory, { note }) => {
      if (outcome === 'APPROVED') await invalidateHero(tx, memory.heroId);
      const action = { APPROVED: 'approve:memory', REJECTED: 'reject:memory', NEEDS_CHANGES: 'request-changes:memory' }[
        outcome
      ];
      return { action, details: { note }, result: undefined };
    },
  );
}

export const approveMemory = (actor: Actor, input: { memoryId: string; note?: string }) =>
  decideMemory(actor, input, 'APPROVED');
export const rejectMemory = (actor: Actor, input: { memoryId: string; note?: string }) =>
  decideMemory(actor, input, 'REJECTED');
export const requestMemoryChanges = (actor: Actor, input: { memoryId: string; note?: string }) =>
  decideMemory(actor, input, 'NEEDS_CHANGES');

/** The author's own memories with their state and the moderator's reason, for the account page. */
export async function listOwnMemories(actor: Actor) {
  return db.familyMemory.findMany(
    ownContributions(actor, 'authorId', {
      id: true,
      status: true,
      text: true,
      relation: true,
      moderatorNote: true,
      createdAt: true,
      hero: { select: heroNameSelect },
    }),
  );
}

/** The author's own memory that a moderator sent back, to be amended; null for anything else. */
export async function getOwnMemoryToAmend(actor: Actor, memoryId: string) {
  requirePermission(actor, 'create:submission:own');
  if (!IdSchema.safeParse(memoryId).success) return null;
  return db.familyMemory.findFirst({
    where: { id: memoryId, authorId: actor.id, status: 'NEEDS_CHANGES' },
    select: {
      id: true,
      text: true,
      relation: true,
      language: true,
      moderatorNote: true,
      hero: { select: heroNameSelect },
    },
  });
}

/**
 * The author changes a memory a moderator sent back for changes, and it waits in the queue again.
 * Only their own, only while sent back: anything else is refused and nothing changes.
 */
export async function amendMemory(actor: Actor, memoryId: string, input: Record<string, unknown>) {
  requirePermission(actor, 'create:submission:own');
  if (!IdSchema.safeParse(memoryId).success) throw new AppError('NOT_FOUND', 'noSuchMemory');
  const parsed = MemorySchema.safeParse(completeInput(input, MEMORY_FORM_FIELDS));
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error.issues));
  const memory = await db.familyMemory.findUnique({ where: { id: memoryId }, select: { authorId: true } });
  if (!memory || memory.authorId !== actor.id) throw new AppError('NOT_FOUND', 'noSuchMemory');
  const claimed = await db.familyMemory.updateMany({
    where: { id: memoryId, authorId: actor.id, status: 'NEEDS_CHANGES' },
    data: { ...parsed.data, status: 'PENDING' },
  });
  if (claimed.count !== 1) throw new AppError('CONFLICT', 'notSentBack');
}

// Property-based: thousands of random and hostile payloads thrown at the proposal and decision
// functions. Each either succeeds as a pending proposal or fails with a user-safe AppError;
// none ever changes what the public sees.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../lib/errors';
import { createPrismaClient } from '../../lib/prisma-client';
import { approveSubmission, rejectSubmission, requestChanges } from '../../lib/moderation/moderation';
import { EDITABLE_FIELDS } from '../../lib/revisions/snapshot';
import { proposeAddition, proposeCorrection, proposeNewHero, proposeSource } from '../../lib/submissions/submissions';
import type { Actor } from '../../lib/permissions';
import { fileDatabaseUrl } from '../support/database';

const prisma = createPrismaClient(fileDatabaseUrl(), { max: 2 });
const SLUG = 'saidkul-turdiev';
let contributor: NonNullable<Actor>;
let moderator: NonNullable<Actor>;

const hostile = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.constantFrom("'; DROP TABLE \"Hero\"; --", '<script>alert(1)</script>', '%_\\', '\u0000\u001b[2J', '1943-02-30', '0000-00', '9999-12-31', 'javascript:alert(1)', 'http://', 'x'.repeat(25_000), '🙂'.repeat(500)),
  fc.date({ min: new Date('1850-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);
const payload = fc.record(
  Object.fromEntries([...EDITABLE_FIELDS, 'sourceUrl', 'sourceTitle', 'archiveRef', 'note', 'supports', 'website'].map((f) => [f, hostile])),
  { requiredKeys: [] },
) as fc.Arbitrary<Record<string, string>>;

async function publicState() {
  return prisma.hero.findUniqueOrThrow({ where: { slug: SLUG }, include: { awards: true, citations: true, names: true, services: true } });
}

beforeAll(async () => {
  const c = await prisma.user.create({ data: { email: `prop.c.${Date.now()}@property.test` } });
  const m = await prisma.user.create({ data: { email: `prop.m.${Date.now()}@property.test`, role: 'MODERATOR' } });
  contributor = { id: c.id, role: 'CONTRIBUTOR', disabled: false };
  moderator = { id: m.id, role: 'MODERATOR', disabled: false };
});
afterAll(() => prisma.$disconnect());

describe('hostile payloads', () => {
  it('proposals: never a server error, never a change to published data', async () => {
    const before = await publicState();
    await fc.assert(
      fc.asyncProperty(payload, fc.constantFrom('correction', 'source', 'UNIT', 'BATTLE', 'AWARD', 'BOGUS'), async (input, kind) => {
        try {
          if (kind === 'correction') await proposeCorrection(contributor, SLUG, input);
          else if (kind === 'source') await proposeSource(contributor, SLUG, input);
          else await proposeAddition(contributor, SLUG, kind as 'UNIT', input);
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
        }
      }),
      { numRuns: 1000 },
    );
    expect(await publicState()).toEqual(before);
  });

  it('new Hero proposals: never a server error, never a published record', async () => {
    const heroes = await prisma.hero.count();
    await fc.assert(
      fc.asyncProperty(payload, async (input) => {
        try {
          await proposeNewHero(contributor, input);
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
        }
      }),
      { numRuns: 300 },
    );
    expect(await prisma.hero.count()).toBe(heroes);
  });

  it('decisions on made-up or hostile ids: always a user-safe refusal, nothing changes', async () => {
    const before = await publicState();
    await fc.assert(
      fc.asyncProperty(hostile, hostile, fc.constantFrom(approveSubmission, rejectSubmission, requestChanges), async (id, note, decide) => {
        await expect(decide(moderator, { submissionId: id, note })).rejects.toBeInstanceOf(AppError);
      }),
      { numRuns: 500 },
    );
    expect(await publicState()).toEqual(before);
  });

  it('decisions with hostile notes on a real proposal: refused or recorded, never a server error', async () => {
    const hero = await prisma.hero.findUniqueOrThrow({ where: { slug: SLUG }, select: { id: true } });
    await fc.assert(
      fc.asyncProperty(hostile, fc.constantFrom(rejectSubmission, requestChanges), async (note, decide) => {
        const submission = await prisma.submission.create({
          data: { kind: 'SOURCE', heroId: hero.id, authorId: contributor.id, baseVersion: 0, baseSnapshot: {}, payload: {}, evidence: [], note: 'property test' },
        });
        try {
          await decide(moderator, { submissionId: submission.id, note });
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
        }
      }),
      { numRuns: 200 },
    );
  });
});

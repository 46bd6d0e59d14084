// Property-based: random payloads, valid and hostile mixed, thrown at the proposal and decision
// functions. Each call either stores exactly what the schema makes of the input, as a pending
// proposal, or fails with a user-safe AppError and stores nothing; none ever changes what the
// public sees. Valid payloads are generated on purpose (random ones almost never pass), and their
// share is measured, so that the success branch is really exercised.
import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../lib/errors';
import { approveSubmission, rejectSubmission, requestChanges } from '../../lib/moderation/moderation';
import { EDITABLE_FIELDS, readSnapshot, type Snapshot } from '../../lib/revisions/snapshot';
import { ADDITION_FIELDS, ADDITION_SCHEMAS } from '../../lib/submissions/additions';
import { CORRECTION_FORM_FIELDS, FieldValuesSchema } from '../../lib/submissions/schemas';
import { completeInput } from '../../lib/forms';
import { proposeAddition, proposeCorrection, proposeNewHero, proposeSource } from '../../lib/submissions/submissions';
import type { Actor } from '../../lib/permissions';
import { useFileDatabase } from '../support/database';

// A failure prints its seed; FC_SEED=<seed> replays exactly that run.
if (process.env.FC_SEED) fc.configureGlobal({ seed: Number(process.env.FC_SEED) });

const prisma = useFileDatabase();
const SLUG = 'saidkul-turdiev';
let moderator: NonNullable<Actor>;
let current: Snapshot;
let users = 0;

const hostile = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.constantFrom(
    '\'; DROP TABLE "Hero"; --',
    '<script>alert(1)</script>',
    '%_\\',
    '\u0000\u001b[2J',
    '1943-02-30',
    '0000-00',
    '9999-12-31',
    'javascript:alert(1)',
    'http://',
    'x'.repeat(25_000),
    '🙂'.repeat(500),
  ),
  fc
    .date({ min: new Date('1850-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
);
const hostilePayload = fc.record(
  Object.fromEntries(
    [
      ...EDITABLE_FIELDS,
      'sourceUrl',
      'sourceTitle',
      'archiveRef',
      'note',
      'supports',
      'website',
      ...Object.values(ADDITION_FIELDS).flat(),
    ].map((f) => [f, hostile]),
  ),
  { requiredKeys: [] },
) as fc.Arbitrary<Record<string, string>>;

// Text a person might type: any script, spaces around it, now and then a control character the
// schema strips; never empty once trimmed.
const typed = (max: number) =>
  fc
    .tuple(
      fc.constantFrom('', ' ', '\t', '  '),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: max }),
      fc.constantFrom('', ' ', '\u0007', '\u200b'),
    )
    .map(([before, body, after]) => `${before}A${body}${after}`);
const validDate = (from: number, to: number) =>
  fc
    .tuple(fc.integer({ min: from, max: to }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 28 }))
    .map(([y, m, d]) =>
      m === 0
        ? String(y)
        : d === 0
          ? `${y}-${String(m).padStart(2, '0')}`
          : `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    );
const evidence = fc.record({
  sourceUrl: fc.oneof(
    fc.constant(''),
    fc.stringMatching(/^[a-z0-9]{1,20}$/).map((path) => `https://example.org/${path}`),
  ),
  sourceTitle: fc.oneof(fc.constant(''), typed(100)),
  archiveRef: fc.constant('TsAMO, fond 33, opis 682525, delo 1'),
  note: typed(200).map((note) => `Checked: ${note}`),
});
// A correction that changes at least one text field (the prefix makes it differ from today's value).
const TEXT_FIELDS = ['givenEn', 'fullNameTg', 'nationality', 'rankAtFeat', 'role', 'featPlace', 'postwar'] as const;
const validCorrection = fc
  .tuple(
    fc.subarray([...TEXT_FIELDS], { minLength: 1 }),
    fc.array(typed(80), { minLength: TEXT_FIELDS.length, maxLength: TEXT_FIELDS.length }),
    evidence,
  )
  .map(([fields, values, e]) => ({
    ...base(),
    ...Object.fromEntries(fields.map((f, i) => [f, `proposed ${values[i]}`])),
    ...e,
  }));
const validSource = fc
  .tuple(evidence, typed(100))
  .map(([e, supports]) => ({ ...e, sourceUrl: e.sourceUrl || 'https://example.org/s', supports: `the ${supports}` }));
const validAddition = {
  UNIT: fc.record({
    unitName: typed(60),
    level: fc.constantFrom('REGIMENT', 'DIVISION', 'PARTISAN'),
    parentName: fc.oneof(fc.constant(''), typed(60)),
    parentLevel: fc.constantFrom('', 'DIVISION', 'ARMY'),
    serviceRank: fc.oneof(fc.constant(''), typed(40)),
    fromDate: fc.oneof(fc.constant(''), validDate(1939, 1945)),
  }),
  BATTLE: fc.record({
    battleName: typed(60),
    battleDate: fc.oneof(fc.constant(''), typed(30)),
    battlePlace: fc.oneof(fc.constant(''), typed(60)),
  }),
  AWARD: fc.oneof(
    fc.record({
      awardKind: fc.constant('ORDER_OF_LENIN'),
      awardName: fc.constant(''),
      decreeDate: fc.oneof(fc.constant(''), validDate(1918, 1991)),
    }),
    fc.record({
      awardKind: fc.constant('OTHER'),
      awardName: typed(60),
      decreeDate: validDate(1918, 1991),
      documentRef: fc.oneof(fc.constant(''), typed(40)),
    }),
  ),
};

function base(): Record<string, string> {
  return Object.fromEntries(EDITABLE_FIELDS.map((f) => [f, current[f] ?? '']));
}

/** What the form's schema makes of a typed value: NFC, control and format characters gone, trimmed, empty or absent as null. */
function normalised(value: string | undefined): string | null {
  const clean = (value ?? '')
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}]/gu, (c) => (c === '\n' ? c : ''))
    .trim();
  return clean === '' ? null : clean;
}

async function newContributor(): Promise<NonNullable<Actor>> {
  // One contributor per attempt: the daily cap (20) would otherwise refuse valid payloads.
  users += 1;
  const user = await prisma.user.create({ data: { email: `prop.${users}@property.test` } });
  return { id: user.id, role: 'CONTRIBUTOR', disabled: false };
}

async function publicState() {
  return prisma.hero.findUniqueOrThrow({
    where: { slug: SLUG },
    include: { awards: true, citations: true, names: true, services: true },
  });
}

type Tally = { stored: number; refused: number };
function report(name: string, tally: Tally) {
  const share = tally.stored / (tally.stored + tally.refused);
  console.log(
    `${name}: ${tally.stored} valid payloads stored, ${tally.refused} refused (${(share * 100).toFixed(0)}% valid)`,
  );
  expect(share).toBeGreaterThanOrEqual(1 / 3);
  expect(tally.refused).toBeGreaterThan(0);
}

/** Either stored exactly as expected, or refused with an AppError and nothing stored. */
async function attempt(
  task: (actor: NonNullable<Actor>) => Promise<{ id: string }>,
  expected: (id: string) => Promise<void>,
  tally: Tally,
) {
  const actor = await newContributor();
  let id: string;
  try {
    ({ id } = await task(actor));
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect(await prisma.submission.count({ where: { authorId: actor.id } })).toBe(0);
    tally.refused += 1;
    return;
  }
  await expected(id);
  expect(await prisma.submission.count({ where: { authorId: actor.id } })).toBe(1);
  tally.stored += 1;
}

beforeAll(async () => {
  const m = await prisma.user.create({ data: { email: 'prop.moderator@property.test', role: 'MODERATOR' } });
  moderator = { id: m.id, role: 'MODERATOR', disabled: false };
  const hero = await prisma.hero.findUniqueOrThrow({ where: { slug: SLUG }, select: { id: true } });
  current = (await readSnapshot(prisma, hero.id)).snapshot;
});

describe('random payloads, valid and hostile', () => {
  it('corrections: a valid one is stored as the schema normalises it, an invalid one stores nothing', async () => {
    const before = await publicState();
    const tally = { stored: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(validCorrection as fc.Arbitrary<Record<string, string>>, hostilePayload),
        async (input) => {
          await attempt(
            (actor) => proposeCorrection(actor, SLUG, input),
            async (id) => {
              const stored = await prisma.submission.findUniqueOrThrow({ where: { id } });
              expect(stored).toMatchObject({
                kind: 'CORRECTION',
                status: 'PENDING',
                baseVersion: before.version,
                note: normalised(input.note),
              });
              expect(stored.payload).toEqual(FieldValuesSchema.parse(completeInput(input, CORRECTION_FORM_FIELDS)));
              for (const field of TEXT_FIELDS)
                expect((stored.payload as Snapshot)[field], field).toBe(normalised(input[field] ?? ''));
              expect(stored.evidence).toEqual([
                {
                  url: input.sourceUrl || null,
                  title: normalised(input.sourceTitle),
                  archiveRef: normalised(input.archiveRef),
                },
              ]);
            },
            tally,
          );
        },
      ),
      { numRuns: 300 },
    );
    report('corrections', tally);
    expect(await publicState()).toEqual(before);
  });

  it('sources and additions: stored as the schema normalises them, or nothing stored', async () => {
    const before = await publicState();
    const tally = { stored: 0, refused: 0 };
    const kinds = ['source', 'UNIT', 'BATTLE', 'AWARD', 'BOGUS'] as const;
    const input = fc.constantFrom(...kinds).chain((kind) => {
      const valid =
        kind === 'source'
          ? validSource
          : kind === 'BOGUS'
            ? validSource
            : fc.tuple(validAddition[kind], evidence).map(([a, e]) => ({ ...a, ...e }));
      return fc.tuple(fc.constant(kind), fc.oneof(valid as fc.Arbitrary<Record<string, string>>, hostilePayload));
    });
    await fc.assert(
      fc.asyncProperty(input, async ([kind, payload]) => {
        await attempt(
          (actor) =>
            kind === 'source'
              ? proposeSource(actor, SLUG, payload)
              : proposeAddition(actor, SLUG, kind as 'UNIT', payload),
          async (id) => {
            expect(kind).not.toBe('BOGUS');
            const stored = await prisma.submission.findUniqueOrThrow({ where: { id } });
            expect(stored.status).toBe('PENDING');
            if (kind === 'source') {
              expect(stored.kind).toBe('SOURCE');
              expect(stored.payload).toEqual({
                url: normalised(payload.sourceUrl),
                title: normalised(payload.sourceTitle),
                archiveRef: normalised(payload.archiveRef),
                publisher: null,
                year: null,
                supports: normalised(payload.supports),
              });
            } else {
              expect(stored.kind).toBe(kind);
              const k = kind as keyof typeof ADDITION_SCHEMAS;
              expect(stored.payload).toEqual(
                JSON.parse(JSON.stringify(ADDITION_SCHEMAS[k].parse(completeInput(payload, ADDITION_FIELDS[k])))),
              );
              const name = { UNIT: 'unitName', BATTLE: 'battleName', AWARD: 'awardName' }[k];
              expect((stored.payload as Record<string, unknown>)[name], name).toBe(normalised(payload[name] ?? ''));
            }
          },
          tally,
        );
      }),
      { numRuns: 300 },
    );
    report('sources and additions', tally);
    expect(await publicState()).toEqual(before);
  });

  it('new Heroes: a valid proposal is stored whole, an invalid one stores nothing, none is published', async () => {
    const heroes = await prisma.hero.count();
    const tally = { stored: 0, refused: 0 };
    const validNewHero = fc
      .record({
        surnameRu: typed(40),
        surnameEn: typed(40),
        givenEn: fc.oneof(fc.constant(''), typed(40)),
        birthDate: fc.oneof(fc.constant(''), validDate(1880, 1926)),
        titleDecreeDate: fc.oneof(fc.constant(''), validDate(1943, 1991)),
        biographyEn: typed(200),
        biographyRu: typed(200),
        group: fc.constantFrom('TAJIK_SSR', 'ADDED_2018'),
        countedIn64: fc.constantFrom('yes', 'no'),
        membershipNote: typed(100).map((n) => `Named in ${n}`),
      })
      .chain((values) => evidence.map((e) => ({ ...values, ...e })));
    await fc.assert(
      fc.asyncProperty(fc.oneof(validNewHero, hostilePayload), async (input) => {
        await attempt(
          (actor) => proposeNewHero(actor, input),
          async (id) => {
            const stored = await prisma.submission.findUniqueOrThrow({ where: { id } });
            expect(stored).toMatchObject({ kind: 'NEW_HERO', status: 'PENDING', heroId: null });
            const values = FieldValuesSchema.parse(completeInput(input, CORRECTION_FORM_FIELDS));
            expect(stored.payload).toEqual({
              ...values,
              group: input.group,
              countedIn64: input.countedIn64,
              membershipNote: normalised(input.membershipNote),
            });
            expect((stored.payload as Snapshot).surnameEn).toBe(normalised(input.surnameEn));
          },
          tally,
        );
      }),
      { numRuns: 150 },
    );
    report('new Heroes', tally);
    expect(await prisma.hero.count()).toBe(heroes);
  });

  it('decisions on made-up or hostile ids: always a user-safe refusal, nothing changes', async () => {
    const before = await publicState();
    await fc.assert(
      fc.asyncProperty(
        hostile,
        hostile,
        fc.constantFrom(approveSubmission, rejectSubmission, requestChanges),
        async (id, note, decide) => {
          await expect(decide(moderator, { submissionId: id, note })).rejects.toBeInstanceOf(AppError);
        },
      ),
      { numRuns: 300 },
    );
    expect(await publicState()).toEqual(before);
  });

  it('decisions with random notes on a real proposal: recorded with the note trimmed, or refused and left pending', async () => {
    const hero = await prisma.hero.findUniqueOrThrow({ where: { slug: SLUG }, select: { id: true } });
    const author = await newContributor();
    const tally = { stored: 0, refused: 0 };
    const note = fc.oneof(
      typed(300).map((n) => `Because ${n}`),
      hostile,
    );
    // Without a mail server each decision's mail to the author goes to the log: 150 of them.
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    await fc.assert(
      fc.asyncProperty(note, fc.constantFrom(rejectSubmission, requestChanges), async (text, decide) => {
        const submission = await prisma.submission.create({
          data: {
            kind: 'SOURCE',
            heroId: hero.id,
            authorId: author.id,
            baseVersion: 0,
            baseSnapshot: {},
            payload: {},
            evidence: [],
            note: 'property test',
          },
        });
        try {
          await decide(moderator, { submissionId: submission.id, note: text });
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
          expect(await prisma.submission.findUniqueOrThrow({ where: { id: submission.id } })).toMatchObject({
            status: 'PENDING',
            moderatorNote: null,
            reviewerId: null,
          });
          tally.refused += 1;
          return;
        }
        const decided = await prisma.submission.findUniqueOrThrow({ where: { id: submission.id } });
        expect(decided).toMatchObject({
          status: decide === rejectSubmission ? 'REJECTED' : 'NEEDS_CHANGES',
          reviewerId: moderator.id,
          moderatorNote: normalised(text),
        });
        tally.stored += 1;
      }),
      { numRuns: 150 },
    );
    log.mockRestore();
    report('decisions with notes', tally);
  });
});

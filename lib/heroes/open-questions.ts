// "Help complete the record": published Heroes with facts the sources have not given yet, the
// least complete first, a page at a time, optionally only those missing one kind of fact. The
// order and the filter are computed in PostgreSQL (the archive is built for 12,800 Heroes); what
// a page shows of each record is assessCompleteness itself, and a test holds the two together.
// An open question is a key fact (./completeness.ts) a published record lacks; a profile's own
// list of what its record does not give is "not yet known" (./profile-facts.ts).
import { Prisma } from '../generated/prisma/client';
import { db } from '../db';
import { COMPLETENESS_COLUMNS, COMPLETENESS_FACTS, completenessOf, type CompletenessFact } from './completeness';
import { heroNameSelect } from './names';

export const OPEN_QUESTIONS_PAGE_SIZE = 20;

// What each record lacks is kept in "Hero" by triggers (missingFacts: bit i is
// COMPLETENESS_FACTS[i]; missingCount: how many), under an index in the help page's order, and
// how many records lack each fact in "OpenQuestionTally": a page is read in index order and its
// counts from the tally, instead of judging every published Hero on each render (about 340 ms at
// 100,000 Heroes).
const OPEN = Prisma.sql`"published" AND "missingCount" > 0`;

function lacks(fact: CompletenessFact): Prisma.Sql {
  return Prisma.raw(`("missingFacts" & ${1 << COMPLETENESS_FACTS.indexOf(fact)}) <> 0`);
}

/** How many published records lack each fact, by its name, and any fact ("any"): the tally's rows. */
async function tallied(): Promise<Map<string, number>> {
  const rows = await db.openQuestionTally.findMany();
  return new Map(rows.map((row) => [row.fact, row.heroes]));
}

export function isCompletenessFact(value: unknown): value is CompletenessFact {
  return typeof value === 'string' && (COMPLETENESS_FACTS as readonly string[]).includes(value);
}

/** How many published records miss each kind of fact. */
export async function countOpenQuestionsByKind(): Promise<Record<CompletenessFact, number>> {
  const counts = await tallied();
  return Object.fromEntries(COMPLETENESS_FACTS.map((fact) => [fact, counts.get(fact) ?? 0])) as Record<
    CompletenessFact,
    number
  >;
}

export async function listOpenQuestions({ page = 1, kind }: { page?: number; kind?: CompletenessFact } = {}) {
  const size = OPEN_QUESTIONS_PAGE_SIZE;
  const where = kind ? Prisma.sql`${OPEN} AND ${lacks(kind)}` : OPEN;
  const [rows, counts] = await Promise.all([
    db.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Hero" WHERE ${where}
      ORDER BY "missingCount" DESC, "surnameEn", "slug"
      LIMIT ${size} OFFSET ${(Math.max(1, page) - 1) * size}`,
    tallied(),
  ]);
  const total = counts.get(kind ?? 'any') ?? 0;
  const heroes = await db.hero.findMany({
    where: { id: { in: rows.map((row) => row.id) } },
    select: { id: true, ...heroNameSelect, ...COMPLETENESS_COLUMNS },
  });
  const byId = new Map(heroes.map((hero) => [hero.id, hero]));
  const records = rows.map((row) => byId.get(row.id)!).map((hero) => ({ ...hero, completeness: completenessOf(hero) }));
  return { records, total, page: Math.max(1, page), pages: Math.max(1, Math.ceil(total / size)) };
}

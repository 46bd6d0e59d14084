// "Help complete the record": published Heroes with facts the sources have not given yet, the
// least complete first, a page at a time, optionally only those missing one kind of fact. The
// order and the filter are computed in PostgreSQL (the archive is built for 12,800 Heroes); what
// a page shows of each record is assessCompleteness itself, and a test holds the two together.
import { Prisma } from '../generated/prisma/client';
import { db } from '../db';
import { COMPLETENESS_FACTS, assessCompleteness, type CompletenessFact } from './completeness';
import { heroNameSelect } from './names';

export const OPEN_QUESTIONS_PAGE_SIZE = 20;

// The published Heroes, each with whether he has a unit and a dated title: two hash joins over
// the Heroes who have them, instead of two lookups per Hero: at 100,000 Heroes the counts by kind
// took 372 ms, now 58.
const HEROES = Prisma.sql`"Hero" h
  LEFT JOIN (SELECT DISTINCT "heroId" FROM "Service") s ON s."heroId" = h.id
  LEFT JOIN (SELECT DISTINCT "heroId" FROM "Award" WHERE kind = 'HERO_OF_THE_SOVIET_UNION' AND "decreeDate" IS NOT NULL) a ON a."heroId" = h.id`;

// Each fact of lib/heroes/completeness.ts, as SQL over HEROES that is true when the fact is missing.
const MISSING: Record<CompletenessFact, Prisma.Sql> = {
  fullName: Prisma.sql`(h."givenRu" IS NULL AND h."givenEn" IS NULL)`,
  birthDate: Prisma.sql`(h."birthDate" IS NULL)`,
  deathDate: Prisma.sql`(h."deathDate" IS NULL)`,
  birthPlace: Prisma.sql`(h."birthPlaceId" IS NULL)`,
  unit: Prisma.sql`(s."heroId" IS NULL)`,
  deed: Prisma.sql`(h."featDate" IS NULL AND h."featDateText" IS NULL AND h."featPlace" IS NULL)`,
  decreeDate: Prisma.sql`(a."heroId" IS NULL)`,
};
const MISSING_COUNT = Prisma.join(
  COMPLETENESS_FACTS.map((fact) => Prisma.sql`${MISSING[fact]}::int`),
  ' + ',
);

export function isCompletenessFact(value: unknown): value is CompletenessFact {
  return typeof value === 'string' && (COMPLETENESS_FACTS as readonly string[]).includes(value);
}

/** How many published records miss each kind of fact. */
export async function countOpenQuestionsByKind(): Promise<Record<CompletenessFact, number>> {
  const columns = Prisma.join(
    COMPLETENESS_FACTS.map((fact) => Prisma.sql`count(*) FILTER (WHERE ${MISSING[fact]})::int AS ${Prisma.raw(`"${fact}"`)}`),
    ', ',
  );
  const [row] = await db.$queryRaw<Record<CompletenessFact, number>[]>`SELECT ${columns} FROM ${HEROES} WHERE h.published`;
  return row!;
}

export async function listOpenQuestions({ page = 1, kind }: { page?: number; kind?: CompletenessFact } = {}) {
  const size = OPEN_QUESTIONS_PAGE_SIZE;
  const where = kind ? MISSING[kind] : Prisma.sql`(${MISSING_COUNT}) > 0`;
  const rows = await db.$queryRaw<{ id: string; total: number }[]>`
    SELECT h.id, (count(*) OVER ())::int AS total
    FROM ${HEROES}
    WHERE h.published AND ${where}
    ORDER BY (${MISSING_COUNT}) DESC, h."surnameEn", h.slug
    LIMIT ${size} OFFSET ${(Math.max(1, page) - 1) * size}`;
  const total = rows[0]?.total ?? (page > 1 ? await countOpen(where) : 0);
  const heroes = await db.hero.findMany({
    where: { id: { in: rows.map((row) => row.id) } },
    select: {
      id: true,
      ...heroNameSelect,
      birthDate: true,
      deathDate: true,
      birthPlaceId: true,
      featDate: true,
      featDateText: true,
      featPlace: true,
      _count: { select: { services: true } },
      awards: { where: { kind: 'HERO_OF_THE_SOVIET_UNION' }, select: { decreeDate: true } },
    },
  });
  const byId = new Map(heroes.map((hero) => [hero.id, hero]));
  const records = rows
    .map((row) => byId.get(row.id)!)
    .map((hero) => ({
      ...hero,
      completeness: assessCompleteness({ ...hero, serviceCount: hero._count.services, titleDecreeDate: hero.awards[0]?.decreeDate ?? null }),
    }));
  return { records, total, page: Math.max(1, page), pages: Math.max(1, Math.ceil(total / size)) };
}

async function countOpen(where: Prisma.Sql): Promise<number> {
  const [row] = await db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM ${HEROES} WHERE h.published AND ${where}`;
  return row?.total ?? 0;
}

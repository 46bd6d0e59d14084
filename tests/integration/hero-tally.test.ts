// The Heroes' counts the database keeps ("HeroTally", triggers on "Hero") stay equal to counting
// the Heroes, whatever writes them, and the cache tag "counts" moves exactly when a count does.
import { describe, expect, it } from 'vitest';
import { CACHE_TAGS, invalidateTags } from '../../lib/cache';
import { getHeroCounts } from '../../lib/heroes/queries';
import { asSiteRole, fileDatabaseUrl, query, useFileDatabase } from '../support/database';

const prisma = useFileDatabase();
const tag = Date.now().toString(36);

type Tally = { group: string; heroes: number; countedIn64: number; stubs: number }[];

/** The counts as the triggers keep them, and as a pass over every Hero finds them, without the groups left at zero. */
async function keptAndCounted(): Promise<{ kept: Tally; counted: Tally }> {
  const kept = await query<Tally[number]>(
    fileDatabaseUrl(),
    'SELECT "group"::text, "heroes", "countedIn64", "stubs" FROM "HeroTally" WHERE "heroes" > 0 ORDER BY "group"',
  );
  const counted = await query<Tally[number]>(
    fileDatabaseUrl(),
    `SELECT "group"::text, count(*)::int AS "heroes", (count(*) FILTER (WHERE "countedIn64"))::int AS "countedIn64",
            (count(*) FILTER (WHERE "givenRu" IS NULL AND "givenEn" IS NULL))::int AS "stubs"
       FROM "Hero" WHERE "published" GROUP BY "group" ORDER BY "group"`,
  );
  return { kept, counted };
}

async function countsSeq(): Promise<bigint> {
  const row = await prisma.cacheTag.findUnique({ where: { tag: CACHE_TAGS.counts }, select: { seq: true } });
  return row?.seq ?? 0n;
}

const hero = (n: number, fields: Record<string, unknown> = {}) => ({
  slug: `tally-${tag}-${n}`,
  surnameRu: `Счётов${n}`,
  surnameEn: `Schyotov${n}`,
  group: 'TAJIK_SSR' as const,
  countedIn64: false,
  membershipNote: 'A record made by the tally test.',
  biographyEn: '',
  biographyRu: '',
  confidence: 'LOW' as const,
  ...fields,
});

describe("the Heroes' counts kept by the database", () => {
  it('equal a count of the seeded Heroes, and getHeroCounts reads them', async () => {
    const { kept, counted } = await keptAndCounted();
    expect(counted.length).toBeGreaterThan(0);
    expect(kept).toEqual(counted);
    const counts = await getHeroCounts();
    expect(counts.published).toBe(await prisma.hero.count({ where: { published: true } }));
    expect(counts.identified).toBe(await prisma.hero.count({ where: { published: true, countedIn64: true } }));
    expect(counts.stubs).toBe(await prisma.hero.count({ where: { published: true, givenRu: null, givenEn: null } }));
    expect(counts.byGroup.TAJIK_SSR).toBe(await prisma.hero.count({ where: { published: true, group: 'TAJIK_SSR' } }));
  });

  it('follow every kind of write, and move the "counts" tag only when a count changes', async () => {
    const steps: { name: string; write: () => Promise<unknown>; changesCounts: boolean }[] = [
      {
        name: 'a bulk insert',
        write: () =>
          prisma.hero.createMany({
            data: Array.from({ length: 300 }, (_, i) =>
              hero(i, i % 3 === 0 ? { givenEn: 'Named', countedIn64: true } : {}),
            ),
          }),
        changesCounts: true,
      },
      {
        name: 'an unpublished insert',
        write: () => prisma.hero.create({ data: hero(1000, { published: false }) }),
        changesCounts: false,
      },
      {
        name: 'a rank',
        write: () => prisma.hero.update({ where: { slug: `tally-${tag}-1` }, data: { rankAtFeat: 'sergeant' } }),
        changesCounts: false,
      },
      {
        name: 'a given name for a stub',
        write: () => prisma.hero.update({ where: { slug: `tally-${tag}-1` }, data: { givenRu: 'Иван' } }),
        changesCounts: true,
      },
      {
        name: 'another group',
        write: () =>
          prisma.hero.updateMany({ where: { slug: { startsWith: `tally-${tag}-2` } }, data: { group: 'ADDED_2018' } }),
        changesCounts: true,
      },
      {
        name: 'counted in the 64',
        write: () => prisma.hero.update({ where: { slug: `tally-${tag}-4` }, data: { countedIn64: true } }),
        changesCounts: true,
      },
      {
        name: 'unpublished',
        write: () => prisma.hero.update({ where: { slug: `tally-${tag}-5` }, data: { published: false } }),
        changesCounts: true,
      },
      {
        name: 'published',
        write: () => prisma.hero.update({ where: { slug: `tally-${tag}-1000` }, data: { published: true } }),
        changesCounts: true,
      },
      {
        name: 'a delete',
        write: () => prisma.hero.deleteMany({ where: { slug: { startsWith: `tally-${tag}-1` } } }),
        changesCounts: true,
      },
      {
        name: 'a write that changes nothing',
        write: () => prisma.hero.updateMany({ where: { slug: `no-such-${tag}` }, data: { group: 'OTHER' } }),
        changesCounts: false,
      },
    ];
    for (const step of steps) {
      const before = await countsSeq();
      await step.write();
      const { kept, counted } = await keptAndCounted();
      expect(kept, step.name).toEqual(counted);
      expect((await countsSeq()) > before, step.name).toBe(step.changesCounts);
    }
  });

  it('move the "counts" tag when the writing transaction commits, after a tag committed meanwhile', async () => {
    // Instances learn of tags by number, above the last one seen: a number taken at the Hero's
    // write, before another transaction's tag committed, would be below what they have seen.
    const pg = (await import('pg')).default;
    const slow = new pg.Client({ connectionString: fileDatabaseUrl() });
    await slow.connect();
    try {
      await slow.query('BEGIN');
      await slow.query(`UPDATE "Hero" SET "published" = NOT "published" WHERE "slug" = 't-nazarov'`);
      const meanwhile = await prisma.$transaction((tx) =>
        invalidateTags(tx, [CACHE_TAGS.hero(`meanwhile-${tag}`)]).then(() =>
          tx.cacheTag.findUniqueOrThrow({ where: { tag: CACHE_TAGS.hero(`meanwhile-${tag}`) } }),
        ),
      );
      await slow.query('COMMIT');
      expect(await countsSeq()).toBeGreaterThan(meanwhile.seq);
    } finally {
      await slow.end();
    }
    const { kept, counted } = await keptAndCounted();
    expect(kept).toEqual(counted);
  });

  it('are counted afresh by hero_tally_recount (after a restore, which loads tables with triggers off)', async () => {
    await query(
      fileDatabaseUrl(),
      `BEGIN; SET LOCAL session_replication_role = replica; DELETE FROM "HeroTally"; COMMIT;`,
    );
    expect((await keptAndCounted()).kept).toEqual([]);
    const before = await countsSeq();
    await query(fileDatabaseUrl(), 'SELECT "hero_tally_recount"()');
    const { kept, counted } = await keptAndCounted();
    expect(kept).toEqual(counted);
    expect(await countsSeq()).toBeGreaterThan(before);
  });

  it("are read by the site's role, which cannot write them", async () => {
    const site = asSiteRole(fileDatabaseUrl());
    expect((await query(site, 'SELECT count(*)::int AS n FROM "HeroTally"'))[0]).toEqual({ n: expect.any(Number) });
    await expect(query(site, `UPDATE "HeroTally" SET "heroes" = "heroes" + 1`)).rejects.toThrow(/permission denied/);
    await expect(query(site, 'SELECT "hero_tally_recount"()')).rejects.toThrow(/permission denied/);
    // Its writes to Heroes still keep the counts: the triggers write them as their owner.
    await query(site, `UPDATE "Hero" SET "published" = false WHERE "slug" = 'veniamin-nedoshivin'`);
    const { kept, counted } = await keptAndCounted();
    expect(kept).toEqual(counted);
  });
});

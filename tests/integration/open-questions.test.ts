// The help page's questions, a page at a time: the order and filter PostgreSQL computes agree with
// assessCompleteness, which is what each record shows, and every open record is on some page.
import { describe, expect, it } from 'vitest';
import { db } from '../../lib/db';
import { COMPLETENESS_COLUMNS, COMPLETENESS_FACTS, completenessOf } from '../../lib/heroes/completeness';
import { OPEN_QUESTIONS_PAGE_SIZE, countOpenQuestionsByKind, listOpenQuestions } from '../../lib/heroes/open-questions';
import { asSiteRole, fileDatabaseUrl, query } from '../support/database';
import { getPage, textOf } from '../support/http';
import { useSite } from '../support/site';

useSite();

/** The records (the published ones unless `all`), each with what assessCompleteness finds missing and what the database keeps. */
async function everyRecord({ all = false } = {}) {
  const heroes = await db.hero.findMany({
    where: all ? {} : { published: true },
    select: { slug: true, missingFacts: true, missingCount: true, ...COMPLETENESS_COLUMNS },
  });
  return heroes.map((hero) => ({
    slug: hero.slug,
    completeness: completenessOf(hero),
    kept: {
      facts: COMPLETENESS_FACTS.filter((_, i) => (hero.missingFacts & (1 << i)) !== 0),
      count: hero.missingCount,
    },
  }));
}

describe('open questions, a page at a time', () => {
  it('lists every record with an open question once, least complete first, in pages', async () => {
    const open = (await everyRecord()).filter((hero) => hero.completeness.missing.length > 0);
    const first = await listOpenQuestions();
    expect(first.total).toBe(open.length);
    expect(first.records.length).toBe(Math.min(open.length, OPEN_QUESTIONS_PAGE_SIZE));
    const seen = [];
    for (let page = 1; page <= first.pages; page++) seen.push(...(await listOpenQuestions({ page })).records);
    expect(seen.map((r) => r.slug).sort()).toEqual(open.map((r) => r.slug).sort());
    const missing = seen.map((r) => r.completeness.missing.length);
    expect(missing).toEqual([...missing].sort((a, b) => b - a));
  });

  it('filters by kind and counts each kind as assessCompleteness does', async () => {
    const records = await everyRecord();
    const counts = await countOpenQuestionsByKind();
    for (const fact of COMPLETENESS_FACTS) {
      const expected = records
        .filter((r) => r.completeness.missing.includes(fact))
        .map((r) => r.slug)
        .sort();
      expect(counts[fact], fact).toBe(expected.length);
      const { records: page, total } = await listOpenQuestions({ kind: fact });
      expect(total, fact).toBe(expected.length);
      for (const record of page) expect(record.completeness.missing, record.slug).toContain(fact);
    }
  });

  it('serves the help page grouped by kind and by record, with one link per unknown fact', async () => {
    const { status, html } = await getPage('/en/help');
    expect(status).toBe(200);
    expect(textOf(html)).toContain('By kind of question');
    expect(textOf(html)).not.toContain('Propose what you know');
    expect(html).toMatch(/data-fact="decreeDate" href="\/en\/heroes\/t-nazarov\/propose\?field=titleDecreeDate"/);
    const kind = await getPage('/en/help/decreeDate');
    expect(kind.status).toBe(200);
    expect(textOf(kind.html)).toMatch(/Decree date not yet known: \d+ records/);
    // In Russian the kind comes first and nothing has to agree with its gender ("Часть", "Место").
    expect(textOf((await getPage('/ru/help/unit')).html)).toMatch(/Часть: пока не известно в \d+ запис(и|ях)/);
    expect((await getPage('/en/help/nonsense')).status).toBe(404);
    expect((await getPage('/en/help/all/999')).status).toBe(404);
  });
});

describe('what each record lacks, kept by the database', () => {
  const tag = Date.now().toString(36);
  const slug = (n: number) => `lacks-${tag}-${n}`;

  /** Every Hero (published or not) whose kept facts differ from assessCompleteness: none, when they agree. */
  async function disagreements() {
    const records = await everyRecord({ all: true });
    expect(records.length).toBeGreaterThan(0);
    return records.filter(
      ({ completeness: { missing }, kept }) => kept.facts.join() !== missing.join() || kept.count !== missing.length,
    );
  }

  /** The kept counts by kind ("any": lacking at least one), and the same counted from assessCompleteness over the published records. */
  async function talliedAndCounted() {
    const records = await everyRecord();
    const counted: Record<string, number> = { any: records.filter((r) => r.completeness.missing.length > 0).length };
    for (const fact of COMPLETENESS_FACTS)
      counted[fact] = records.filter((r) => r.completeness.missing.includes(fact)).length;
    const kept: Record<string, number> = { any: 0, ...Object.fromEntries(COMPLETENESS_FACTS.map((fact) => [fact, 0])) };
    for (const row of await db.openQuestionTally.findMany()) kept[row.fact] = row.heroes;
    return { kept, counted };
  }

  it('follows every kind of write to a Hero, his services and his titles', async () => {
    expect(await disagreements()).toEqual([]);
    const unit = await db.unit.findFirstOrThrow({ select: { id: true } });
    const base = {
      surnameRu: 'Пробный',
      surnameEn: 'Probny',
      group: 'OTHER' as const,
      countedIn64: false,
      membershipNote: 'Made by a test.',
      biographyEn: '',
      biographyRu: '',
      confidence: 'LOW' as const,
    };
    const day = new Date(Date.UTC(1943, 9, 3));
    const ids: string[] = [];
    const steps: [string, () => Promise<unknown>][] = [
      [
        'a bulk insert',
        async () => {
          await db.hero.createMany({
            data: [
              { ...base, slug: slug(0) },
              { ...base, slug: slug(1), givenEn: 'Ivan', birthDate: day, featDateText: 'autumn 1943' },
              { ...base, slug: slug(2), givenRu: 'Иван', deathDate: day, featPlace: 'Dnieper', published: false },
            ],
          });
          ids.push(
            ...(
              await db.hero.findMany({
                where: { slug: { startsWith: `lacks-${tag}` } },
                orderBy: { slug: 'asc' },
                select: { id: true },
              })
            ).map((h) => h.id),
          );
        },
      ],
      ['a service added', () => db.service.create({ data: { heroId: ids[0]!, unitId: unit.id } })],
      [
        'a service moved to another Hero',
        () => db.service.updateMany({ where: { heroId: ids[0]! }, data: { heroId: ids[2]! } }),
      ],
      [
        'a title without a decree date',
        () => db.award.create({ data: { heroId: ids[1]!, kind: 'HERO_OF_THE_SOVIET_UNION' } }),
      ],
      ['its decree date found', () => db.award.updateMany({ where: { heroId: ids[1]! }, data: { decreeDate: day } })],
      [
        'the title turned into another award',
        () => db.award.updateMany({ where: { heroId: ids[1]! }, data: { kind: 'ORDER_OF_LENIN' } }),
      ],
      [
        'the facts of a Hero',
        () => db.hero.update({ where: { id: ids[0]! }, data: { givenEn: 'Pyotr', birthDate: day, featDate: day } }),
      ],
      [
        'a fact taken back',
        () => db.hero.update({ where: { id: ids[1]! }, data: { birthDate: null, featDateText: null } }),
      ],
      [
        'a write of the kept values themselves',
        () =>
          query(
            fileDatabaseUrl(),
            `UPDATE "Hero" SET "missingFacts" = 0, "missingCount" = 0 WHERE "slug" LIKE 'lacks-${tag}-%'`,
          ),
      ],
      ['a service deleted', () => db.service.deleteMany({ where: { heroId: ids[2]! } })],
      ['an award deleted', () => db.award.deleteMany({ where: { heroId: ids[1]! } })],
      ['published', () => db.hero.update({ where: { id: ids[2]! }, data: { published: true } })],
      ['unpublished', () => db.hero.update({ where: { id: ids[0]! }, data: { published: false } })],
      [
        "a fact written by the site's role",
        () =>
          query(
            asSiteRole(fileDatabaseUrl()),
            `UPDATE "Hero" SET "deathDate" = '1944-01-01' WHERE "slug" = '${slug(2)}'`,
          ),
      ],
      ['a Hero deleted', () => db.hero.delete({ where: { id: ids[1]! } })],
    ];
    for (const [name, write] of steps) {
      await write();
      expect(await disagreements(), name).toEqual([]);
      const { kept, counted } = await talliedAndCounted();
      expect(kept, name).toEqual(counted);
    }
    // The site's role reads the counts but cannot write them.
    await expect(query(asSiteRole(fileDatabaseUrl()), `UPDATE "OpenQuestionTally" SET "heroes" = 0`)).rejects.toThrow(
      /permission denied/,
    );
    await expect(query(asSiteRole(fileDatabaseUrl()), 'SELECT "open_question_tally_recount"()')).rejects.toThrow(
      /permission denied/,
    );
    // A restore loads tables with triggers off: the recount works every record out again.
    await query(
      fileDatabaseUrl(),
      `BEGIN; SET LOCAL session_replication_role = replica; UPDATE "Hero" SET "missingFacts" = 0, "missingCount" = 0; COMMIT;`,
    );
    expect((await disagreements()).length).toBeGreaterThan(0);
    await query(fileDatabaseUrl(), 'SELECT "hero_missing_facts_recount"()');
    expect(await disagreements()).toEqual([]);
    await query(
      fileDatabaseUrl(),
      `BEGIN; SET LOCAL session_replication_role = replica; DELETE FROM "OpenQuestionTally"; COMMIT;`,
    );
    await query(fileDatabaseUrl(), 'SELECT "open_question_tally_recount"()');
    const { kept, counted } = await talliedAndCounted();
    expect(kept).toEqual(counted);
    await db.hero.deleteMany({ where: { slug: { startsWith: `lacks-${tag}` } } });
  });
});

// The help page's questions, a page at a time: the order and filter PostgreSQL computes agree with
// assessCompleteness, which is what each record shows, and every open record is on some page.
import { describe, expect, it } from 'vitest';
import { db } from '../../lib/db';
import { COMPLETENESS_FACTS, assessCompleteness } from '../../lib/heroes/completeness';
import { OPEN_QUESTIONS_PAGE_SIZE, countOpenQuestionsByKind, listOpenQuestions } from '../../lib/heroes/open-questions';
import { getPage, textOf } from '../support/http';
import { useSite } from '../support/site';

useSite();

async function everyRecord() {
  const heroes = await db.hero.findMany({
    where: { published: true },
    select: {
      slug: true, givenRu: true, givenEn: true, birthDate: true, deathDate: true, birthPlaceId: true, featDate: true, featDateText: true, featPlace: true,
      _count: { select: { services: true } },
      awards: { where: { kind: 'HERO_OF_THE_SOVIET_UNION' }, select: { decreeDate: true } },
    },
  });
  return heroes.map((hero) => ({ slug: hero.slug, completeness: assessCompleteness({ ...hero, serviceCount: hero._count.services, titleDecreeDate: hero.awards[0]?.decreeDate ?? null }) }));
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
      const expected = records.filter((r) => r.completeness.missing.includes(fact)).map((r) => r.slug).sort();
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
    expect((await getPage('/en/help/nonsense')).status).toBe(404);
    expect((await getPage('/en/help/all/999')).status).toBe(404);
  });
});

// A Hero's name as a reader meets it: one Tajik spelling from the heading through the list to the
// biography, marked as the archive's transliteration where no source gives one and open to the
// family's correction; possible given names searchable but never shown as his; the fact sheet's
// warheroes.ru ids on the records, a possible match marked unconfirmed in every language and kept
// out of sameAs and out of an import's matching.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { approveSubmission } from '../../lib/moderation/moderation';
import { proposeCorrection } from '../../lib/submissions/submissions';
import { readSnapshot } from '../../lib/revisions/snapshot';
import { importFile } from '../../lib/exports/import';
import { foldName } from '../../lib/search/normalize';
import { useFileDatabase } from '../support/database';
import { useUsers } from '../support/factories';
import { useSite } from '../support/site';

const site = useSite();
const prisma = useFileDatabase();
const [contributor, moderator] = useUsers(prisma, 'CONTRIBUTOR', 'MODERATOR');
const page = async (pathname: string) => {
  const response = await fetch(`${site.url}${pathname}`);
  expect(response.status, pathname).toBe(200);
  return response.text();
};

type Node = { nodeName: string; value?: string; attrs?: { name: string; value: string }[]; childNodes?: Node[] };
const attr = (node: Node, name: string) => node.attrs?.find((a) => a.name === name)?.value;
function find(node: Node, test: (n: Node) => boolean, found: Node[] = []): Node[] {
  if (test(node)) found.push(node);
  for (const child of node.childNodes ?? []) find(child, test, found);
  return found;
}
const text = (node: Node): string =>
  node.nodeName === '#text' ? (node.value ?? '') : (node.childNodes ?? []).map(text).join('');

/**
 * The words of a text that spell the same name as `form` in another way: same folded letters
 * (Рахматов / Раҳматов both fold to "rakhmatov"; Тӯйчӣ / Туйчи alike), other letters. Quoted
 * forms («Эржигитов») and bracketed ones are a source's spelling, named as such, and are left out.
 */
function otherSpellings(body: string, form: string): string[] {
  const unquoted = body.replace(/«[^»]*»/g, ' ').replace(/\([^)]*\)/g, ' ');
  const names = form.split(/\s+/).filter((word) => word.replace(/\./g, '').length > 2);
  const found: string[] = [];
  for (const word of unquoted.match(/[\p{L}\p{M}-]+/gu) ?? []) {
    for (const name of names) {
      const folded = foldName(name);
      if (foldName(word).startsWith(folded) && !word.startsWith(name)) found.push(`${word} (not ${name})`);
    }
  }
  return found;
}

describe("a Hero's name on a Tajik page", () => {
  it('is spelt one way in the heading, the list and the biography of every seeded Hero', async () => {
    const heroes = await prisma.hero.findMany({ where: { published: true }, select: { slug: true } });
    expect(heroes.length).toBeGreaterThan(20);
    const problems: string[] = [];
    const list: string[] = [];
    // The seed's Heroes fit on the list's first page.
    const doc = parse(await page('/tg/heroes')) as unknown as Node;
    list.push(
      ...find(doc, (node) => node.nodeName === 'a' && /^\/tg\/heroes\/[^/?]+$/.test(attr(node, 'href') ?? '')).map(
        text,
      ),
    );
    for (const { slug } of heroes) {
      const doc = parse(await page(`/tg/heroes/${slug}`)) as unknown as Node;
      const heading = text(find(doc, (node) => node.nodeName === 'h1')[0]!).trim();
      const biography = find(doc, (node) => node.nodeName === 'section' && attr(node, 'aria-labelledby') === 'bio')
        .map(text)
        .join(' ');
      for (const spelling of otherSpellings(biography, heading))
        problems.push(`${slug}: the biography spells ${spelling} of the heading "${heading}"`);
      // The list puts the surname first (and may add a patronymic's initial): the same words, the same letters.
      const words = heading.split(/\s+/);
      if (!list.some((entry) => words.every((word) => entry.trim().split(/\s+/).includes(word))))
        problems.push(`${slug}: no list entry spells "${heading}"`);
    }
    expect(problems).toEqual([]);
  });

  it('says when the spelling is the archive’s transliteration and lets a family propose its own, which then shows as proposed', async () => {
    const slug = 'tuychi-erdzhigitov';
    const html = await page(`/tg/heroes/${slug}`);
    const doc = parse(html) as unknown as Node;
    expect(text(find(doc, (node) => node.nodeName === 'h1')[0]!)).toBe('Тӯйчӣ Эрҷигитов');
    const note = find(doc, (node) => attr(node, 'data-name-form') === 'TRANSLITERATION');
    expect(note).toHaveLength(1);
    expect(text(note[0]!)).toContain('транслитератсия');
    const link = find(note[0]!, (node) => node.nodeName === 'a')[0]!;
    expect(attr(link, 'href')).toBe(`/tg/heroes/${slug}/propose?field=fullNameTg#f-fullNameTg`);
    // A source's own Tajik form carries no such note.
    expect(await page('/tg/heroes/amirali-saidbekov')).not.toContain('data-name-form');

    const hero = await prisma.hero.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    const { snapshot } = await readSnapshot(prisma, hero.id);
    const values = Object.fromEntries(Object.entries(snapshot).map(([k, v]) => [k, v ?? '']));
    const { id } = await proposeCorrection(contributor, slug, {
      ...values,
      fullNameTg: 'Тӯйчӣ Эрҷигитов-Тест',
      sourceUrl: 'https://example.org/family-letters',
      sourceTitle: 'The family’s letters',
      archiveRef: '',
      note: 'How our family writes his name.',
    });
    await approveSubmission(moderator, { submissionId: id, note: 'The family’s spelling.' });
    expect(await prisma.hero.findUniqueOrThrow({ where: { slug }, select: { fullNameTgOrigin: true } })).toEqual({
      fullNameTgOrigin: 'PROPOSED',
    });
    const after = parse(await page(`/tg/heroes/${slug}`)) as unknown as Node;
    expect(text(find(after, (node) => node.nodeName === 'h1')[0]!)).toBe('Тӯйчӣ Эрҷигитов-Тест');
    expect(find(after, (node) => attr(node, 'data-name-form') === 'PROPOSED')).toHaveLength(1);
    site.assertNoServerErrors();
  });
});

describe('possible given names', () => {
  it('find the stub in search, and are shown as possible, never as his name', async () => {
    for (const [query, slug] of [
      ['Tuichi Nazarov', 't-nazarov'],
      ['Azim Rakhimov', 'a-rakhimov'],
      ['Alim Hakimov', 'a-khakimov'],
      ['Vildan Habiev', 'v-khabiev'],
    ] as const) {
      const found = (await (await fetch(`${site.url}/api/search?q=${encodeURIComponent(query)}`)).json()) as {
        results: { slug: string }[];
      };
      expect(found.results.map((r) => r.slug)[0], query).toBe(slug);
      for (const locale of ['en', 'ru', 'tg']) {
        const doc = parse(await page(`/${locale}/heroes/${slug}`)) as unknown as Node;
        expect(text(find(doc, (node) => node.nodeName === 'h1')[0]!), `${locale} ${slug}`).not.toContain(
          query.split(' ')[0],
        );
        const names = find(doc, (node) => node.nodeName === 'ul' && attr(node, 'class') === 'names')[0]!;
        const marked = find(names, (node) => node.nodeName === 'li' && text(node).includes(query));
        expect(marked, `${locale} ${slug}`).toHaveLength(1);
        expect(
          find(marked[0]!, (node) => attr(node, 'data-name-note') === 'possible'),
          `${locale} ${slug}`,
        ).toHaveLength(1);
      }
    }
    // A name the record itself holds is not "possible".
    expect(await page('/en/heroes/tuychi-erdzhigitov')).not.toContain('data-name-note="possible"');
  });
});

describe("the fact sheet's warheroes.ru ids", () => {
  it('are on the records, a possible match marked unconfirmed', async () => {
    const rows = await prisma.hero.findMany({
      where: { warheroesId: { not: null } },
      select: { slug: true, warheroesId: true, unconfirmedIds: true },
      orderBy: { slug: 'asc' },
    });
    expect(rows).toEqual([
      { slug: 'amirali-saidbekov', warheroesId: '10664', unconfirmedIds: [] },
      { slug: 'g-filippov', warheroesId: '15774', unconfirmedIds: ['warheroes'] },
      { slug: 'seitnafe-seitveliev', warheroesId: '8855', unconfirmedIds: [] },
      { slug: 'v-khabiev', warheroesId: '8206', unconfirmedIds: ['warheroes'] },
    ]);
  });

  it('are linked on the profile; a possible match says so in every language and is not in sameAs', async () => {
    const said = {
      en: 'a possible match, not confirmed',
      ru: 'возможное совпадение, не подтверждено',
      tg: 'мувофиқати эҳтимолӣ, тасдиқ нашудааст',
    };
    for (const locale of ['en', 'ru', 'tg'] as const) {
      const confirmed = await page(`/${locale}/heroes/amirali-saidbekov`);
      expect(confirmed).toContain('href="https://warheroes.ru/hero/hero.asp?Hero_id=10664"');
      expect(confirmed).not.toContain('data-unconfirmed');
      const ld = JSON.parse(/<script type="application\/ld\+json"[^>]*>(.*?)<\/script>/s.exec(confirmed)![1]!);
      expect(ld.sameAs).toEqual(['https://warheroes.ru/hero/hero.asp?Hero_id=10664']);

      const possible = await page(`/${locale}/heroes/v-khabiev`);
      expect(possible).toContain('href="https://warheroes.ru/hero/hero.asp?Hero_id=8206"');
      const doc = parse(possible) as unknown as Node;
      const mark = find(doc, (node) => attr(node, 'data-unconfirmed') === 'warheroes');
      expect(mark).toHaveLength(1);
      expect(text(mark[0]!)).toContain(said[locale]);
      const possibleLd = JSON.parse(/<script type="application\/ld\+json"[^>]*>(.*?)<\/script>/s.exec(possible)![1]!);
      expect(possibleLd.sameAs).toBeUndefined();
    }
  });

  it('leave a possible match out of an import: a row naming it is refused, and nothing changes', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'zvezda-names-'));
    const file = path.join(dir, 'possible.csv');
    writeFileSync(
      file,
      'warheroes,surname_ru,given_ru,surname_en,given_en,birth_date\n8206,Хабиев,Вильдан,Khabiev,Vildan,1915\n',
    );
    const before = await prisma.hero.findUniqueOrThrow({
      where: { slug: 'v-khabiev' },
      select: { version: true, givenRu: true, birthDate: true },
    });
    const heroes = await prisma.hero.count();
    const summary = await importFile(prisma, { file });
    expect(summary.errors).toEqual([
      expect.objectContaining({ line: 2, field: 'ids', message: expect.stringContaining('possible match') }),
    ]);
    expect(
      await prisma.hero.findUniqueOrThrow({
        where: { slug: 'v-khabiev' },
        select: { version: true, givenRu: true, birthDate: true },
      }),
    ).toEqual(before);
    expect(await prisma.hero.count()).toBe(heroes);
  });
});

// The labelled query set (tests/fixtures/search-queries.json): names in every script and common
// transliteration, initials, misspellings, each with the Hero a descendant means. Recall in the
// top 3 must stay at 95% or above.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '../../lib/prisma-client';
import { searchHeroes } from '../../lib/search/search';
import { SearchQuerySchema } from '../../lib/search/schemas';
import { fileDatabaseUrl } from '../support/database';

type Labelled = { query: string; expected: string; kind: string };
const prisma = createPrismaClient(fileDatabaseUrl(), { max: 1 });
afterAll(() => prisma.$disconnect());
const queries: Labelled[] = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../fixtures/search-queries.json'), 'utf8'),
);

describe('search recall on the labelled query set', () => {
  it('asks for every Hero of the seed, and only for them', async () => {
    const heroes = await prisma.hero.findMany({ select: { slug: true }, orderBy: { slug: 'asc' } });
    expect([...new Set(queries.map((q) => q.expected))].sort()).toEqual(heroes.map((h) => h.slug));
  });

  it('finds the expected Hero in the top 3 for at least 95% of the queries', async () => {
    const misses: string[] = [];
    let first = 0;
    for (const { query, expected, kind } of queries) {
      const { results } = await searchHeroes(SearchQuerySchema.parse({ q: query, limit: 3 }));
      const slugs = results.map((r) => r.slug);
      if (slugs[0] === expected) first += 1;
      if (!slugs.includes(expected))
        misses.push(`${kind}: "${query}" -> ${slugs.join(', ') || 'nothing'} (wanted ${expected})`);
    }
    const recall = (queries.length - misses.length) / queries.length;
    console.log(
      `recall@3 ${(recall * 100).toFixed(1)}%, first place ${((first / queries.length) * 100).toFixed(1)}% of ${queries.length}`,
    );
    if (misses.length) console.log(`misses:\n  ${misses.join('\n  ')}`);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});

import { describe, expect, it } from 'vitest';
import { Prisma } from '../../lib/generated/prisma/client';
import { HERO_COLUMNS } from '../../lib/exports/import-insert';

// The import writes a new Hero's row by hand (one bulk INSERT per table, lib/exports/import-insert.ts),
// so a column added to Hero is silently left at its default there. Every column is either written
// or listed here with the reason it is not: a new column fails this test until someone decides.
const NOT_WRITTEN: Record<string, string> = {
  published: 'an imported record is published, the column default',
  version: 'a new record starts at the default version',
  seedChecksum: 'only the seed writes it: an imported record was not seeded',
  editedAt: 'an import is not an edit in the archive (a later import may still refresh the record)',
  missingFacts: 'kept by a trigger from the other columns',
  missingCount: 'kept by a trigger from the other columns',
  createdAt: 'the column default, the moment of the import',
};

describe("the import's columns of a Hero", () => {
  it('writes every column of the schema or says why not', () => {
    const written = HERO_COLUMNS.map(([name]) => name);
    const schema = Object.values(Prisma.HeroScalarFieldEnum) as string[];
    expect(
      written.filter((name) => !schema.includes(name)),
      'written but not in the schema',
    ).toEqual([]);
    expect(
      Object.keys(NOT_WRITTEN).filter((name) => !schema.includes(name)),
      'listed as not written but not in the schema',
    ).toEqual([]);
    expect(
      Object.keys(NOT_WRITTEN).filter((name) => written.includes(name)),
      'both written and listed as not written',
    ).toEqual([]);
    expect(
      schema.filter((name) => !written.includes(name) && !(name in NOT_WRITTEN)),
      'neither written nor listed as not written',
    ).toEqual([]);
  });
});

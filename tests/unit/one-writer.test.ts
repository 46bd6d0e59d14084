import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === 'generated' || name === 'node_modules') return [];
    if (statSync(full).isDirectory()) return sources(full);
    return /\.(ts|tsx|mts)$/.test(name) ? [full] : [];
  });
}

const CODE = ['lib', 'app', 'scripts', 'prisma', 'server'].flatMap((dir) => {
  try {
    return sources(path.join(root, dir));
  } catch {
    return [];
  }
});

/** The files of the code that write rows of a model through Prisma (create, createMany, upsert). */
function writersOf(model: string): string[] {
  const call = new RegExp(`\\.${model}\\.(create|createMany|createManyAndReturn|upsert)\\(`);
  return CODE.filter((file) => call.test(readFileSync(file, 'utf8'))).map((file) => path.relative(root, file));
}

// Audit rows and revisions are written by one function each, which takes the transaction and
// imports no database client, so no caller has a reason to copy it (a copy drifts).
describe('history has one writer', () => {
  it('writes audit rows only through lib/audit.ts', () => {
    expect(writersOf('auditEvent')).toEqual(['lib/audit.ts']);
  });

  it('writes revisions only through lib/revisions/append.ts', () => {
    expect(writersOf('revision')).toEqual(['lib/revisions/append.ts']);
  });

  it('keeps both writers free of the request’s database client', () => {
    for (const file of ['lib/audit.ts', 'lib/revisions/append.ts'])
      expect(readFileSync(path.join(root, file), 'utf8')).not.toMatch(/from '\.{1,2}\/(\.\.\/)*db'/);
  });
});

// The serving process as the build compiles it (server/bundle.ts), read as text: what it still
// imports from the project's files, and that nothing in it calls a require() an ES module lacks.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleServer } from '../../server/bundle';

const root = path.resolve(import.meta.dirname, '../..');
// One folder below the root, as the real bundle (dist/) sits; .gitignore names the pattern.
const folder = mkdtempSync(path.join(root, '.bundle-test-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the compiled serving process', () => {
  it('imports the cache handlers Next loads from lib/, and every other project module is inside it', async () => {
    const outfile = path.join(folder, 'serve.mjs');
    await bundleServer(outfile);
    const code = readFileSync(outfile, 'utf8');
    const relative = [...code.matchAll(/^import [^;]*? from "(\.{1,2}\/[^"]+)";$/gm)].map((m) => m[1]!);
    expect(relative.sort()).toEqual(['./../lib/cache-handlers/pages.cjs', './../lib/cache-handlers/tag-state.cjs']);
    for (const file of relative) expect(existsSync(path.resolve(folder, file)), file).toBe(true);
    // esbuild's stand-in for a require() left in an ES module throws when it runs.
    expect(code).not.toMatch(/__require\(/);
  });

  it('refuses a place where the server would not find the project root above it', async () => {
    await expect(bundleServer(path.join(folder, 'deeper', 'serve.mjs'))).rejects.toThrow(/one folder below/);
  });
});

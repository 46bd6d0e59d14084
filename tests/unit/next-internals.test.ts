// The private Next modules the site reaches into (docs/serving.md lists them). `next` is pinned to
// an exact version; on an upgrade, this file is where a changed module shows first, and the cache
// handlers refuse to load rather than serve stale pages without a word.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..', '..');

const FILE_SYSTEM_CACHE = 'next/dist/server/lib/incremental-cache/file-system-cache.js';
const TAGS_MANIFEST = 'next/dist/server/lib/incremental-cache/tags-manifest.external.js';

describe('the private Next modules the server relies on', () => {
  it('next is pinned to the exact version installed', () => {
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const installed = (require('next/package.json') as { version: string }).version;
    expect(manifest.dependencies.next).toBe(installed);
  });

  it('FileSystemCache (lib/cache-handlers/pages.cjs extends it): a class with get, set and revalidateTag whose set fills the static memoryCache', () => {
    const FileSystemCache = (require(FILE_SYSTEM_CACHE) as { default: unknown }).default as {
      new (ctx: Record<string, unknown>): object;
      memoryCache?: unknown;
      prototype: Record<string, unknown>;
    };
    expect(typeof FileSystemCache).toBe('function');
    for (const method of ['get', 'set', 'revalidateTag'])
      expect(typeof FileSystemCache.prototype[method], method).toBe('function');
    // pages.cjs reads the static memoryCache to know whether the files are the only copy.
    new FileSystemCache({ fs: {}, serverDistDir: '/nonexistent', revalidatedTags: [], maxMemoryCacheSize: 1024 });
    expect(FileSystemCache.memoryCache).toBeDefined();
  });

  it("the tags manifest (lib/cache-handlers/tag-state.cjs writes to it): a Map Next's own expiry check reads", () => {
    const manifest = require(TAGS_MANIFEST) as {
      tagsManifest: Map<string, { expired?: number; stale?: number }>;
      areTagsExpired: (tags: string[], timestamp: number) => boolean;
      areTagsStale: (tags: string[], timestamp: number) => boolean;
    };
    expect(manifest.tagsManifest).toBeInstanceOf(Map);
    const now = performance.timeOrigin + performance.now();
    expect(manifest.areTagsExpired(['zvezda-test-tag'], now - 1000)).toBe(false);
    manifest.tagsManifest.set('zvezda-test-tag', { expired: now, stale: now + 2000 });
    expect(manifest.areTagsExpired(['zvezda-test-tag'], now - 1000)).toBe(true);
    expect(manifest.areTagsStale(['zvezda-test-tag'], now)).toBe(true);
    manifest.tagsManifest.delete('zvezda-test-tag');
  });

  it('next build is run through the CLI at next/dist/bin/next (scripts/start.ts, tests/setup/global.ts)', () => {
    expect(existsSync(path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'))).toBe(true);
  });

  it('the cache handlers fail loudly, naming the module, when one of these modules is gone', () => {
    for (const [handler, missing] of [
      ['lib/cache-handlers/tag-state.cjs', TAGS_MANIFEST],
      ['lib/cache-handlers/pages.cjs', FILE_SYSTEM_CACHE],
    ] as const) {
      // As an upgrade that moved the module would leave it: resolving it fails.
      const hide = `const M = require('node:module'); const resolve = M._resolveFilename;
        M._resolveFilename = function (request, ...rest) {
          if (request === ${JSON.stringify(missing)}) { const e = new Error('Cannot find module ' + request); e.code = 'MODULE_NOT_FOUND'; throw e; }
          return resolve.call(this, request, ...rest);
        };
        require(${JSON.stringify(path.join(root, handler))});`;
      const run = spawnSync(process.execPath, ['-e', hide], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, DATABASE_URL: '' },
      });
      expect(run.status, `${handler} loaded without ${missing}`).not.toBe(0);
      expect(run.stderr).toContain(missing);
      expect(run.stderr).toContain('tests/unit/next-internals.test.ts');
    }
  });
});

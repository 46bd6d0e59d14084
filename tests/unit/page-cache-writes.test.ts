// lib/cache-handlers/pages.cjs, Next's cache of rendered pages: a page is served from memory as
// soon as it is rendered, its files are written after, in order, and no 404 is kept. Run against
// Next's own FileSystemCache and real files; only writeFile is held back, to see the order.
import { mkdtempSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const { nodeFs } = require('next/dist/server/lib/node-fs-methods.js') as { nodeFs: Record<string, unknown> };
type Page = {
  kind: 'APP_PAGE';
  html: Buffer;
  rscData: Buffer;
  headers: Record<string, string>;
  status: number;
  postponed: undefined;
  segmentData: Map<string, Buffer>;
};
type PageCacheClass = {
  new (ctx: Record<string, unknown>): {
    set(key: string, data: Page, ctx: Record<string, unknown>): Promise<void>;
    get(key: string, ctx: Record<string, unknown>): Promise<{ value: Page } | null>;
  };
  flushed(): Promise<void>;
};
const PageCache = require('../../lib/cache-handlers/pages.cjs') as PageCacheClass;

const dir = mkdtempSync(path.join(tmpdir(), 'zvezda-page-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Files are written only once `open` resolves; a file whose text contains "slow" takes 100 ms more. */
function heldFs(open: Promise<void>) {
  const written: string[] = [];
  const fs = {
    ...nodeFs,
    writeFile: async (file: string, data: Buffer | string) => {
      await open;
      if (String(data).includes('slow')) await new Promise((resolve) => setTimeout(resolve, 100));
      await writeFile(file, data);
      written.push(`${path.basename(file)}: ${String(data).slice(0, 20)}`);
    },
  };
  return { fs, written };
}

/** A page cache on disk in `dir` whose files are written through heldFs(open). */
function heldCache(open: Promise<void>) {
  const { fs, written } = heldFs(open);
  const cache = new PageCache({
    fs,
    serverDistDir: dir,
    flushToDisk: true,
    maxMemoryCacheSize: 8 * 1024 * 1024,
    revalidatedTags: [],
  });
  return { cache, written };
}

const page = (text: string, status = 200): Page => ({
  kind: 'APP_PAGE',
  html: Buffer.from(`<p>${text}</p>`),
  rscData: Buffer.from(`0:${text}`),
  headers: {},
  status,
  postponed: undefined,
  segmentData: new Map([['/_tree', Buffer.from(`tree ${text}`)]]),
});
const setContext = {
  cacheControl: { revalidate: false, expire: undefined },
  isRoutePPREnabled: false,
  isFallback: false,
};
const getContext = { kind: 'APP_PAGE', isRoutePPREnabled: false, isFallback: false };
const settled = (promise: Promise<unknown>) =>
  Promise.race([promise.then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), 50))]);

describe('the cache of rendered pages', () => {
  it('serves a page from memory before its files are written, and writes them after', async () => {
    let open!: () => void;
    const { cache, written } = heldCache(new Promise<void>((resolve) => (open = resolve)));

    expect(await settled(cache.set('/en/heroes/first', page('first'), setContext))).toBe(true);
    const kept = await cache.get('/en/heroes/first', getContext);
    expect(kept?.value.html.toString()).toBe('<p>first</p>');
    expect(existsSync(path.join(dir, 'app/en/heroes/first.html'))).toBe(false);

    open();
    await PageCache.flushed();
    expect(readFileSync(path.join(dir, 'app/en/heroes/first.html'), 'utf8')).toBe('<p>first</p>');
    expect(readFileSync(path.join(dir, 'app/en/heroes/first.rsc'), 'utf8')).toBe('0:first');
    expect(readFileSync(path.join(dir, 'app/en/heroes/first.segments/_tree.segment.rsc'), 'utf8')).toBe('tree first');
    expect(written.some((line) => line.startsWith('first.meta'))).toBe(true);
  });

  it('writes two renders of one address in order: the files are the later render, never a mix', async () => {
    let open!: () => void;
    const { cache } = heldCache(new Promise<void>((resolve) => (open = resolve)));

    // The first render's files are slow to write; the second render's set waits for them.
    await cache.set('/en/heroes/twice', page('slow, earlier'), setContext);
    const second = cache.set('/en/heroes/twice', page('later'), setContext);
    expect(await settled(second)).toBe(false);
    open();
    await second;
    await PageCache.flushed();
    expect(readFileSync(path.join(dir, 'app/en/heroes/twice.html'), 'utf8')).toBe('<p>later</p>');
    expect(readFileSync(path.join(dir, 'app/en/heroes/twice.rsc'), 'utf8')).toBe('0:later');
    expect((await cache.get('/en/heroes/twice', getContext))?.value.html.toString()).toBe('<p>later</p>');
  });

  it('keeps no 404, in memory or on disk', async () => {
    const { cache } = heldCache(Promise.resolve());
    await cache.set('/en/heroes/nobody', page('not found', 404), setContext);
    await PageCache.flushed();
    expect(await cache.get('/en/heroes/nobody', getContext)).toBeNull();
    expect(existsSync(path.join(dir, 'app/en/heroes/nobody.html'))).toBe(false);
  });
});

// Deep zoom for document scans: the full-resolution image cut by sharp into IIIF Image API 3
// tiles (a level-0 service: static files, every request is a file written here), so a reader can
// read a handwritten award sheet on a phone without downloading a 40-megapixel scan.
// A tile set lives under one content-addressed prefix, `t/<sha256>/`: its info.json, its tiles,
// and `files.txt`, the list of its tiles, which backup and purge read to find every file of it.
// Pure: no database, so the pipeline, the scripts and the tests can all use it.
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Sharp } from 'sharp';
import { DOCUMENT_KINDS } from './schemas';

/** Big enough to cut a 40-megapixel scan into a few hundred files, small enough for a phone. */
export const TILE_SIZE = 512;
const TILE_QUALITY = 80;

/** Kinds a reader examines closely: their writing is what matters. */
const DEEP_ZOOM_KINDS = DOCUMENT_KINDS;

/** The MediaFile variant that points at a tile set's info.json. */
export const DEEP_ZOOM_VARIANT = 'iiif';

/** Where the site serves tile sets (app/api/media/iiif). */
export const DEEP_ZOOM_PATH = '/api/media/iiif';

const INFO_JSON_TYPE = 'application/ld+json;profile="http://iiif.io/api/image/3/context.json"';

/**
 * Documents get tiles, and so does any picture with more pixels than the large size shows; an
 * image that fits the display size has nothing more to show close up.
 */
export function needsDeepZoom(
  kind: string,
  width: number,
  height: number,
  sizes: { display: number; large: number },
): boolean {
  const longest = Math.max(width, height);
  if (longest <= sizes.display) return false;
  return (DEEP_ZOOM_KINDS as readonly string[]).includes(kind) || longest > sizes.large;
}

type TileFile = { path: string; body: Buffer };
export type DeepZoomTiles = { hash: string; width: number; height: number; files: TileFile[] };

const TILE_PATH = /^(full|\d{1,6},\d{1,6},\d{1,6},\d{1,6})\/\d{1,5},\d{1,5}\/0\/default\.jpg$/;
const SET_KEY =
  /^t\/([0-9a-f]{64})\/(info\.json|files\.txt|(?:full|\d{1,6},\d{1,6},\d{1,6},\d{1,6})\/\d{1,5},\d{1,5}\/0\/default\.jpg)$/;

export function isTileSetKey(key: string): boolean {
  return SET_KEY.test(key);
}

/** Where a viewer finds the set whose info.json is stored under `key` (`t/<hash>/info.json`). */
export function deepZoomUrl(key: string): string {
  return `${DEEP_ZOOM_PATH}/${key.split('/')[1]}/info.json`;
}

export function infoKey(hash: string): string {
  return `t/${hash}/info.json`;
}

/** The hash of the set an info.json key names, or null for any other key. */
export function tileSetHash(key: string): string | null {
  const match = SET_KEY.exec(key);
  return match && match[2] === 'info.json' ? match[1]! : null;
}

/** The storage key of a file asked for by its IIIF path, or null when the path is none of ours. */
export function tileKeyFromPath(hash: string, rest: string): string | null {
  if (!/^[0-9a-f]{64}$/.test(hash)) return null;
  if (rest !== 'info.json' && !TILE_PATH.test(rest)) return null;
  return `t/${hash}/${rest}`;
}

/**
 * Cuts an upright, flattened, sRGB image (as the pipeline prepares it) into tiles. sharp writes
 * the tiles to a folder; they are read back into memory, the folder removed. No metadata is
 * carried into a tile: sharp writes none unless asked.
 */
export async function makeDeepZoomTiles(image: Sharp): Promise<DeepZoomTiles> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'zvezda-tiles-'));
  try {
    const out = path.join(folder, 'set');
    await image
      .jpeg({ quality: TILE_QUALITY })
      // The id is a placeholder: info.json gets the site's own address each time it is served.
      .tile({ layout: 'iiif3', size: TILE_SIZE, overlap: 0, id: 'https://zvezda.invalid/iiif' })
      .toFile(out);
    const names = (await readdir(out, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
    const files: TileFile[] = [];
    for (const entry of names) {
      const full = path.join(entry.parentPath, entry.name);
      files.push({ path: path.relative(out, full).split(path.sep).join('/'), body: await readFile(full) });
    }
    files.sort((a, b) => a.path.localeCompare(b.path));
    const info = files.find((f) => f.path === 'info.json');
    const tiles = files.filter((f) => f.path !== 'info.json');
    if (!info || tiles.length === 0 || tiles.some((f) => !TILE_PATH.test(f.path)))
      throw new Error('sharp wrote an unexpected tile layout');
    const { width, height } = JSON.parse(info.body.toString('utf8')) as { width: number; height: number };
    const manifest = Buffer.from(`${tiles.map((f) => f.path).join('\n')}\n`);
    // The prefix is the content: every tile's path and bytes, and info.json (its sizes and levels).
    const digest = createHash('sha256');
    for (const file of files) digest.update(`${file.path}\0${createHash('sha256').update(file.body).digest('hex')}\n`);
    return { hash: digest.digest('hex'), width, height, files: [...files, { path: 'files.txt', body: manifest }] };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

const CONTENT_TYPES: Record<string, string> = {
  json: INFO_JSON_TYPE,
  txt: 'text/plain; charset=utf-8',
  jpg: 'image/jpeg',
};

export function tileContentType(key: string): string {
  return CONTENT_TYPES[key.slice(key.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
}

/**
 * Stores a tile set through the caller's `put` (which records what it wrote, so a failed upload
 * can remove it) and returns the MediaFile row that points at it. A few writes at a time: a
 * bucket answers each in a round trip, and a large scan has hundreds of tiles.
 */
export async function storeDeepZoomTiles(
  tiles: DeepZoomTiles,
  put: (key: string, body: Buffer, contentType: string) => Promise<string>,
) {
  const queue = tiles.files.filter((f) => f.path !== 'info.json');
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const key = `t/${tiles.hash}/${file.path}`;
      await put(key, file.body, tileContentType(key));
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
  // info.json last: once it is there, every tile it promises is there too.
  const info = tiles.files.find((f) => f.path === 'info.json')!;
  const key = await put(infoKey(tiles.hash), info.body, INFO_JSON_TYPE);
  return {
    variant: DEEP_ZOOM_VARIANT,
    key,
    contentType: INFO_JSON_TYPE,
    width: tiles.width,
    height: tiles.height,
    bytes: tiles.files.reduce((sum, f) => sum + f.body.length, 0),
  };
}

/** Every key of the set an info.json key names (itself included), read from its files.txt. */
export async function tileSetKeys(key: string, get: (key: string) => Promise<Buffer | null>): Promise<string[]> {
  const hash = tileSetHash(key);
  if (!hash) return [key];
  const manifest = await get(`t/${hash}/files.txt`);
  const tiles = manifest
    ? manifest
        .toString('utf8')
        .split('\n')
        .filter((line) => TILE_PATH.test(line))
    : [];
  return [...tiles.map((tile) => `t/${hash}/${tile}`), `t/${hash}/files.txt`, key];
}

/** info.json with the address it is served from: a viewer builds every tile's address from `id`. */
export function infoJsonFor(body: Buffer, serviceUrl: string): Buffer {
  const info = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
  return Buffer.from(JSON.stringify({ ...info, id: serviceUrl }));
}

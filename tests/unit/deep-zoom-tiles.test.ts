// The tiles sharp writes must be exactly the ones OpenSeadragon asks for, at every level and for
// sizes that do not halve evenly; else a reader sees holes in a document. The addresses below
// follow OpenSeadragon 6's IIIFTileSource.getTileUrl for a IIIF 3 level-0 service.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
  isTileSetKey,
  makeDeepZoomTiles,
  needsDeepZoom,
  TILE_SIZE,
  tileKeyFromPath,
  tileSetKeys,
} from '../../lib/media/tiles';
import { isMediaKey } from '../../lib/media/storage';

type Info = { width: number; height: number; tiles: { width: number; scaleFactors: number[] }[] };

function urlsOpenSeadragonAsks(info: Info): string[] {
  const { width, height } = info;
  const tile = info.tiles[0]!.width;
  const maxLevel = Math.round(Math.log2(Math.max(...info.tiles[0]!.scaleFactors)));
  const urls: string[] = [];
  for (let level = 0; level <= maxLevel; level += 1) {
    const scale = 0.5 ** (maxLevel - level);
    const levelWidth = Math.ceil(width * scale);
    const levelHeight = Math.ceil(height * scale);
    const size = (w: number, h: number) => (w === width && h === height ? 'max' : `${w},${h}`);
    if (levelWidth < tile && levelHeight < tile) {
      urls.push(`full/${size(levelWidth, levelHeight)}/0/default.jpg`);
      continue;
    }
    const regionSide = Math.round(tile / scale);
    for (let y = 0; y < Math.ceil(levelHeight / tile); y += 1) {
      for (let x = 0; x < Math.ceil(levelWidth / tile); x += 1) {
        const rx = x * regionSide;
        const ry = y * regionSide;
        const rw = Math.min(regionSide, width - rx);
        const rh = Math.min(regionSide, height - ry);
        const region = rx === 0 && ry === 0 && rw === width && rh === height ? 'full' : `${rx},${ry},${rw},${rh}`;
        urls.push(
          `${region}/${size(Math.min(tile, levelWidth - x * tile), Math.min(tile, levelHeight - y * tile))}/0/default.jpg`,
        );
      }
    }
  }
  return urls.sort();
}

const page = (width: number, height: number) =>
  sharp({
    create: { width, height, channels: 3, background: '#e8dcc0', noise: { type: 'gaussian', mean: 200, sigma: 20 } },
  }).png();

describe('deep-zoom tiles', () => {
  for (const [width, height] of [
    [3001, 2003],
    [1537, 4099],
    [2048, 1024],
  ] as const) {
    it(`are every tile OpenSeadragon asks for, and nothing more (${width}×${height})`, async () => {
      const tiles = await makeDeepZoomTiles(sharp(await page(width, height).toBuffer()));
      const info = JSON.parse(tiles.files.find((f) => f.path === 'info.json')!.body.toString()) as Info & {
        type: string;
        profile: string;
      };
      expect(info).toMatchObject({
        type: 'ImageService3',
        profile: 'level0',
        width,
        height,
        tiles: [{ width: TILE_SIZE }],
      });
      const written = tiles.files
        .map((f) => f.path)
        .filter((p) => p.endsWith('.jpg'))
        .sort();
      expect(written).toEqual(urlsOpenSeadragonAsks(info));
      // The list backup and purge read names the same tiles.
      const manifest = tiles.files
        .find((f) => f.path === 'files.txt')!
        .body.toString()
        .trim()
        .split('\n')
        .sort();
      expect(manifest).toEqual(written);
      for (const file of tiles.files) expect(isMediaKey(`t/${tiles.hash}/${file.path}`), file.path).toBe(true);
      const first = tiles.files.find((f) => f.path.endsWith('.jpg'))!;
      const meta = await sharp(first.body).metadata();
      expect(meta.format).toBe('jpeg');
      expect(meta.exif).toBeUndefined();
      expect(Math.max(meta.width, meta.height)).toBeLessThanOrEqual(TILE_SIZE);
    });
  }

  it('name their prefix by their content: the same image gives the same set, another image another', async () => {
    const bytes = await page(1300, 1100).toBuffer();
    const [a, b] = await Promise.all([makeDeepZoomTiles(sharp(bytes)), makeDeepZoomTiles(sharp(bytes))]);
    expect(a.hash).toBe(b.hash);
    const other = await makeDeepZoomTiles(sharp(bytes).negate());
    expect(other.hash).not.toBe(a.hash);
  });

  it('are listed from files.txt, with info.json last, for backup and purge', async () => {
    const tiles = await makeDeepZoomTiles(sharp(await page(1300, 1100).toBuffer()));
    const stored = new Map(tiles.files.map((f) => [`t/${tiles.hash}/${f.path}`, f.body]));
    const keys = await tileSetKeys(`t/${tiles.hash}/info.json`, (key) => Promise.resolve(stored.get(key) ?? null));
    expect(keys.sort()).toEqual([...stored.keys()].sort());
    expect(
      (await tileSetKeys(`t/${tiles.hash}/info.json`, (key) => Promise.resolve(stored.get(key) ?? null))).at(-1),
    ).toBe(`t/${tiles.hash}/info.json`);
    expect(await tileSetKeys('d/' + 'a'.repeat(64) + '.jpg', () => Promise.resolve(null))).toEqual([
      'd/' + 'a'.repeat(64) + '.jpg',
    ]);
  });

  it('take only paths of a tile set: nothing that climbs out or names another file', () => {
    const hash = 'b'.repeat(64);
    expect(tileKeyFromPath(hash, 'info.json')).toBe(`t/${hash}/info.json`);
    expect(tileKeyFromPath(hash, '0,0,512,512/512,512/0/default.jpg')).toBe(
      `t/${hash}/0,0,512,512/512,512/0/default.jpg`,
    );
    for (const rest of [
      'files.txt',
      '../d/x.jpg',
      'full/max/0/default.jpg',
      '0,0,512,512/512,512/90/default.jpg',
      '0,0,512,512/512,512/0/default.png',
      '',
    ]) {
      expect(tileKeyFromPath(hash, rest), rest).toBeNull();
    }
    expect(tileKeyFromPath('../../etc', 'info.json')).toBeNull();
    expect(isTileSetKey(`t/${hash}/../info.json`)).toBe(false);
  });

  it('are made for documents that show more than the display size, and for any picture beyond the large size', () => {
    const sizes = { display: 1024, large: 2560 };
    expect(needsDeepZoom('AWARD_DOCUMENT', 1600, 1200, sizes)).toBe(true);
    expect(needsDeepZoom('LETTER', 900, 1000, sizes)).toBe(false);
    expect(needsDeepZoom('PORTRAIT', 2000, 2400, sizes)).toBe(false);
    expect(needsDeepZoom('PHOTOGRAPH', 2000, 3000, sizes)).toBe(true);
  });
});

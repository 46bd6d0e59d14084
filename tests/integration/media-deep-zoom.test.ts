// Deep zoom of document scans on the real database, the served site, a media folder and a real
// S3-protocol server: an award document's tiles are private until approval, then public, upright,
// of the sizes info.json promises and free of any metadata; removal hides them again; a rejected
// upload's tiles go with its other files; the same through S3.
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useFileDatabase } from '../support/database';
import { publishedHero } from '../support/heroes';
import { filesIn } from '../support/files';
import { useSite } from '../support/site';
import { approveMedia, rejectMedia, uploadMedia } from '../../lib/media/media';
import { getDeepZoomFile } from '../../lib/media/deep-zoom';
import { listPublicMedia } from '../../lib/media/public';
import { purgeRejectedMedia } from '../../lib/media/purge';
import { LocalStorage, type MediaStorage, type S3Storage } from '../../lib/media/storage';
import { TILE_SIZE } from '../../lib/media/tiles';
import { useUsers } from '../support/factories';
import { sidewaysJpegWithGps, UPLOAD_FIELDS, uploadPng } from '../support/images';
import { startBucket, type TestBucket } from '../support/s3';

const site = useSite();
const prisma = useFileDatabase();
const [contributor, moderator] = useUsers(prisma, 'CONTRIBUTOR', 'MODERATOR');
const mediaDir = process.env.MEDIA_DIR!;
const DOCUMENT = { ...UPLOAD_FIELDS, kind: 'AWARD_DOCUMENT', caption: 'Award sheet, 1944' };
let slug: string;

/** The tile set's hash, from the row that points at its info.json. */
async function tileSetOf(mediaId: string) {
  const file = await prisma.mediaFile.findUnique({ where: { mediaId_variant: { mediaId, variant: 'iiif' } } });
  return file ? { ...file, hash: file.key.split('/')[1]! } : null;
}

/**
 * A document scan the contributor uploads (sidewaysJpegWithGps, of its own `shade`): its id and
 * its tile set, read back from the row.
 */
async function uploadScan(name: string, kind: string, shade: number, storage?: MediaStorage) {
  const { id } = await uploadMedia(
    contributor,
    slug,
    { bytes: await sidewaysJpegWithGps(shade), name },
    { ...DOCUMENT, kind },
    storage,
  );
  return { id, set: (await tileSetOf(id))! };
}

async function pixels(bytes: Buffer) {
  const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
  return {
    info,
    at: (x: number, y: number) => [
      ...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3),
    ],
  };
}

beforeAll(async () => {
  slug = (await publishedHero(prisma, { skip: 2 })).slug;
});

describe('deep zoom of a document scan', () => {
  it('serves info.json and tiles only after approval: upright, of the promised sizes, without metadata', async () => {
    // Stored sideways with GPS in its EXIF; upright it is 2000×3000, red above blue.
    const { id, set } = await uploadScan('award-sheet.jpg', 'AWARD_DOCUMENT', 30);
    expect(set).toMatchObject({
      contentType: expect.stringContaining('application/ld+json'),
      width: 2000,
      height: 3000,
    });
    const base = `${site.url}/api/media/iiif/${set.hash}`;
    const corner = `0,0,${TILE_SIZE},${TILE_SIZE}/${TILE_SIZE},${TILE_SIZE}/0/default.jpg`;
    const whole = 'full/250,375/0/default.jpg'; // the smallest level: 1/8 of 2000×3000

    // Pending: nothing of it for the public, the files are there for moderators.
    for (const url of [`${base}/info.json`, `${base}/${corner}`, `${base}/${whole}`]) {
      const response = await fetch(url);
      expect(response.status, url).toBe(404);
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
    expect(await getDeepZoomFile([set.hash, 'info.json'], () => Promise.resolve(null))).toBeNull();
    expect(await getDeepZoomFile([set.hash, 'info.json'], () => Promise.resolve(moderator))).toMatchObject({
      public: false,
    });
    expect(await getDeepZoomFile([set.hash, 'info.json'], () => Promise.resolve(contributor))).toBeNull();

    await approveMedia(moderator, { mediaId: id });
    const [item] = (await listPublicMedia(slug)).filter((m) => m.id === id);
    expect(item?.deepZoom).toBe(`/api/media/iiif/${set.hash}/info.json`);

    const infoResponse = await fetch(`${base}/info.json`);
    expect(infoResponse.status).toBe(200);
    expect(infoResponse.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(infoResponse.headers.get('content-type')).toContain('application/ld+json');
    const info = (await infoResponse.json()) as {
      id: string;
      type: string;
      profile: string;
      width: number;
      height: number;
      tiles: { width: number; scaleFactors: number[] }[];
    };
    // The service's own address, from SITE_URL: a viewer builds every tile's address from it.
    expect(info).toEqual(
      expect.objectContaining({
        id: base,
        type: 'ImageService3',
        profile: 'level0',
        width: 2000,
        height: 3000,
        tiles: [{ width: TILE_SIZE, scaleFactors: [1, 2, 4, 8] }],
      }),
    );

    for (const [url, width, height] of [
      [`${base}/${corner}`, TILE_SIZE, TILE_SIZE],
      [`${base}/${whole}`, 250, 375],
      [`${base}/1024,2048,976,952/488,476/0/default.jpg`, 488, 476],
    ] as const) {
      const response = await fetch(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/jpeg');
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      const bytes = Buffer.from(await response.arrayBuffer());
      const meta = await sharp(bytes).metadata();
      expect(meta, url).toMatchObject({ format: 'jpeg', width, height });
      expect(meta.exif, url).toBeUndefined();
      expect(meta.xmp, url).toBeUndefined();
      expect(meta.iptc, url).toBeUndefined();
      expect(meta.icc, url).toBeUndefined();
      expect(meta.orientation ?? 1).toBe(1);
      expect(bytes.includes(Buffer.from('TestCam'))).toBe(false);
    }
    // Upright: the whole page at the smallest level is red above and blue below.
    const small = await pixels(Buffer.from(await (await fetch(`${base}/${whole}`)).arrayBuffer()));
    expect(small.at(125, 5)[0]).toBeGreaterThan(150);
    expect(small.at(125, 5)[2]).toBeLessThan(80);
    expect(small.at(125, 370)[2]).toBeGreaterThan(150);
    expect(small.at(125, 370)[0]).toBeLessThan(80);

    // Only IIIF paths of a known set: the list of tiles, other files and other hashes are not served.
    for (const url of [
      `${base}/files.txt`,
      `${base}/full/max/0/default.jpg`,
      `${base}/${corner.replace('default.jpg', 'default.png')}`,
      `${site.url}/api/media/iiif/${'0'.repeat(64)}/info.json`,
      `${site.url}/api/media/iiif/..%2F..%2Fetc/info.json`,
    ]) {
      expect((await fetch(url)).status, url).toBe(404);
    }

    // The profile offers the close view, with the large image as the link without JavaScript.
    const page = await (await fetch(`${site.url}/en/heroes/${slug}`)).text();
    expect(page).toContain(`/api/media/iiif/${set.hash}/info.json`);
    expect(page).toContain('Examine closely');
    expect(page).not.toContain('openseadragon');

    // Taken down: the tiles go with it.
    await prisma.mediaItem.update({ where: { id }, data: { removedAt: new Date() } });
    expect((await fetch(`${base}/info.json`)).status).toBe(404);
    expect((await fetch(`${base}/${corner}`)).status).toBe(404);
    await prisma.mediaItem.update({ where: { id }, data: { removedAt: null } });
  });

  it('is not made for a small photograph, which keeps the simple zoom', async () => {
    const { id } = await uploadPng(uploadMedia, contributor, slug, 'small.png', [800, 600, '#446688'], {
      ...UPLOAD_FIELDS,
      kind: 'PHOTOGRAPH',
    });
    expect(await tileSetOf(id)).toBeNull();
    expect(await prisma.mediaFile.count({ where: { mediaId: id } })).toBe(6);
  });

  it('a rejected document loses its tiles with its other files after 30 days; the row stays', async () => {
    const { id, set } = await uploadScan('decree.jpg', 'DECREE', 140);
    const tileFolder = path.join(mediaDir, 't', set.hash.slice(0, 2), set.hash.slice(2, 4), set.hash);
    expect(filesIn(tileFolder).length).toBeGreaterThan(20);
    await rejectMedia(moderator, { mediaId: id, note: 'Not this Hero.' });
    await prisma.mediaItem.update({
      where: { id },
      data: { reviewedAt: new Date(Date.now() - 31 * 24 * 60 * 60 * 1000) },
    });
    const report = await purgeRejectedMedia(prisma, new LocalStorage(mediaDir));
    expect(report.items).toBe(1);
    expect(filesIn(tileFolder)).toEqual([]);
    expect(await tileSetOf(id)).not.toBeNull();
  });
});

describe('deep zoom in S3', () => {
  let bucket: TestBucket;
  let storage: S3Storage;

  beforeAll(async () => {
    bucket = await startBucket('zvezda-zoom', 'zvezda-s3-zoom-');
    storage = bucket.storage;
  });
  afterAll(async () => {
    await bucket?.stop();
  });

  it('stores every tile in the bucket and serves them only once approved, without metadata', async () => {
    const { id, set } = await uploadScan('letter.jpg', 'LETTER', 90, storage);
    const keys = await bucket.keys(`t/${set.hash}/`);
    expect(keys).toContain(`t/${set.hash}/info.json`);
    expect(keys).toContain(`t/${set.hash}/files.txt`);
    const manifest = (await storage.get(`t/${set.hash}/files.txt`))!.toString().trim().split('\n');
    expect(keys.filter((k) => k.endsWith('.jpg')).sort()).toEqual(
      manifest.map((tile) => `t/${set.hash}/${tile}`).sort(),
    );

    const corner = [set.hash, `0,0,${TILE_SIZE},${TILE_SIZE}`, `${TILE_SIZE},${TILE_SIZE}`, '0', 'default.jpg'];
    expect(await getDeepZoomFile(corner, () => Promise.resolve(null), storage)).toBeNull();
    await approveMedia(moderator, { mediaId: id });
    const tile = await getDeepZoomFile(corner, () => Promise.resolve(null), storage);
    expect(tile).toMatchObject({ public: true, contentType: 'image/jpeg' });
    const meta = await sharp(tile!.body).metadata();
    expect(meta).toMatchObject({ width: TILE_SIZE, height: TILE_SIZE });
    expect(meta.exif).toBeUndefined();
    const info = JSON.parse(
      (await getDeepZoomFile([set.hash, 'info.json'], () => Promise.resolve(null), storage))!.body.toString(),
    ) as { id: string; width: number };
    expect(info.width).toBe(2000);
    expect(info.id).toMatch(new RegExp(`^https?://[^/]+/api/media/iiif/${set.hash}$`));
  });
});

// The same upload, approval and refusals with the images kept in S3: a real S3-protocol server
// (s3rver) on loopback, spoken to by the real AWS SDK client.
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileDatabaseUrl } from '../support/database';
import { failingOnPut } from '../support/storage';
import { createPrismaClient } from '../../lib/prisma-client';
import { approveMedia, getMediaFile, getOriginal, uploadMedia } from '../../lib/media/media';
import { storageFromEnv, type S3Storage } from '../../lib/media/storage';
import { parseEnv } from '../../lib/env';
import { useUsers } from '../support/factories';
import { heroNoOtherTestReads } from '../support/heroes';
import { png, pngBomb, sidewaysJpegWithGps, UPLOAD_FIELDS } from '../support/images';
import { startBucket, type TestBucket } from '../support/s3';

const prisma = createPrismaClient(fileDatabaseUrl(), { max: 2 });
const [contributor, moderator] = useUsers(prisma, 'CONTRIBUTOR', 'MODERATOR');
const BUCKET = 'zvezda-media';
let bucket: TestBucket;
let storage: S3Storage;
let slug: string;

beforeAll(async () => {
  bucket = await startBucket(BUCKET, 'zvezda-s3-');
  storage = bucket.storage;
  // A Hero no other test reads (the other media tests take the first and last of these).
  slug = (await heroNoOtherTestReads(prisma, 'asc', 1)).slug;
});

afterAll(async () => {
  await bucket?.stop();
  await prisma.$disconnect();
});

describe('media in S3', () => {
  it('is chosen when all five S3 settings are given, and refused when only some are', () => {
    const env = {
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_BUCKET: 'b',
      S3_ACCESS_KEY_ID: 'k',
      S3_SECRET_ACCESS_KEY: 's',
      S3_REGION: 'r',
    };
    expect(storageFromEnv(parseEnv(env)).kind).toBe('s3');
    expect(() => storageFromEnv(parseEnv({ S3_BUCKET: 'b' }))).toThrow(/all of S3_ENDPOINT/);
    expect(storageFromEnv(parseEnv({})).kind).toBe('local');
  });

  it('stores the original and derivatives, serves them once approved, without metadata', async () => {
    // Its own picture: a file identical to one approved elsewhere would rightly be public already.
    const original = await sidewaysJpegWithGps(90);
    const { id } = await uploadMedia(
      contributor,
      slug,
      { bytes: original, name: 'front.jpg' },
      { ...UPLOAD_FIELDS, kind: 'PHOTOGRAPH' },
      storage,
    );
    const item = await prisma.mediaItem.findUniqueOrThrow({ where: { id }, include: { files: true } });
    const keys = await bucket.keys();
    expect(keys).toContain(item.originalKey);
    for (const file of item.files) expect(keys).toContain(file.key);
    const large = item.files.find((f) => f.variant === 'large.webp')!;
    expect(await getMediaFile(null, large.key, storage)).toBeNull();

    await approveMedia(moderator, { mediaId: id });
    const served = await getMediaFile(null, large.key, storage);
    expect(served?.public).toBe(true);
    const meta = await sharp(served!.body).metadata();
    expect(meta).toMatchObject({ format: 'webp', width: 1707, height: 2560 });
    expect(meta.exif).toBeUndefined();
    expect((await getOriginal(moderator, id, storage))?.body.equals(original)).toBe(true);
  });

  it('refusals and a failure half-way leave the bucket as it was', async () => {
    const before = (await bucket.keys()).sort();
    await expect(
      uploadMedia(contributor, slug, { bytes: pngBomb(), name: 'bomb.png' }, UPLOAD_FIELDS, storage),
    ).rejects.toMatchObject({ messageKey: 'imageTooManyPixels' });
    await expect(
      uploadMedia(contributor, slug, { bytes: Buffer.from('<html></html>'), name: 'x.jpg' }, UPLOAD_FIELDS, storage),
    ).rejects.toMatchObject({ messageKey: 'notAnImage' });
    await expect(
      uploadMedia(
        contributor,
        slug,
        { bytes: Buffer.alloc(40 * 1024 * 1024, 1), name: 'big.jpg' },
        UPLOAD_FIELDS,
        storage,
      ),
    ).rejects.toMatchObject({ messageKey: 'fileTooLarge' });
    const failing = failingOnPut(storage, 5, 'connection reset');
    await expect(
      uploadMedia(
        contributor,
        slug,
        { bytes: await png(500, 400, '#123456'), name: 'half.png' },
        UPLOAD_FIELDS,
        failing,
      ),
    ).rejects.toThrow('connection reset');
    expect((await bucket.keys()).sort()).toEqual(before);
  });
});

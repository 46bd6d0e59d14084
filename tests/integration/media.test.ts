// Images from upload to the public page, on the real database and the served site: pending items
// are not public, approval publishes derivatives that are upright, sized and free of any
// metadata; every refusal (bomb, disguised file, size, daily cap, a failure half-way) stores nothing.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { useFileDatabase } from '../support/database';
import { failingOnPut } from '../support/storage';
import { filesIn } from '../support/files';
import { signIn } from '../support/auth';
import { useSite } from '../support/site';
import { createUser, useUsers } from '../support/factories';
import { heroNoOtherTestReads } from '../support/heroes';
import {
  approveMedia,
  getMediaFile,
  getMediaForReview,
  getOriginal,
  rejectMedia,
  uploadMedia,
} from '../../lib/media/media';
import { listPublicMedia, getPublicPortrait } from '../../lib/media/public';
import { LocalStorage, mediaStorage } from '../../lib/media/storage';
import { decodeHeic, MAX_FILE_BYTES, SIZES } from '../../lib/media/pipeline';
import { sniffImageType } from '../../lib/media/sniff';
import { heicContainerWithoutImage, png, pngBomb, sidewaysJpegWithGps, tiff, UPLOAD_FIELDS } from '../support/images';

const site = useSite();
const prisma = useFileDatabase();
const [contributor, moderator] = useUsers(prisma, 'CONTRIBUTOR', 'MODERATOR');
let slug: string;
let heroId: string;

beforeAll(async () => {
  const hero = await heroNoOtherTestReads(prisma, 'desc');
  slug = hero.slug;
  heroId = hero.id;
});

describe('an image from upload to the profile', () => {
  it('is pending and private, then public, upright, sized and stripped of metadata after approval', async () => {
    const original = await sidewaysJpegWithGps();
    const before = await sharp(original).metadata();
    expect(before.orientation).toBe(6);
    expect(before.exif?.includes(Buffer.from('GPS'))).toBe(false); // GPS tags are binary; their presence is checked below
    const { id } = await uploadMedia(contributor, slug, { bytes: original, name: 'grandfather.jpg' }, UPLOAD_FIELDS);

    const item = await prisma.mediaItem.findUniqueOrThrow({ where: { id }, include: { files: true } });
    expect(item.status).toBe('PENDING');
    expect(item).toMatchObject({
      width: 2000,
      height: 3000,
      originalType: 'image/jpeg',
      kind: 'PORTRAIT',
      datePrecision: 'MONTH',
    });
    expect(item.originalMeta).toMatchObject({ exif: true, gps: true, orientation: 6 });
    // Six derivatives, and deep-zoom tiles: it is larger than the large size (tested in media-deep-zoom).
    expect(item.files.map((f) => f.variant).sort()).toEqual([
      'display.jpeg',
      'display.webp',
      'iiif',
      'large.jpeg',
      'large.webp',
      'thumb.jpeg',
      'thumb.webp',
    ]);

    // Nothing public before approval: not listed, not served, not on the page.
    expect(await listPublicMedia(slug)).toEqual([]);
    const display = item.files.find((f) => f.variant === 'display.jpeg')!;
    expect(await getMediaFile(null, display.key)).toBeNull();
    expect((await fetch(`${site.url}/api/media/files/${display.key}`)).status).toBe(404);
    expect((await fetch(`${site.url}/api/media/originals/${id}`)).status).toBe(404);
    const pendingPage = await (await fetch(`${site.url}/en/heroes/${slug}`)).text();
    expect(pendingPage).not.toContain(display.key);
    expect(pendingPage).toContain('No photograph of him yet. Does your family have one?');
    // A moderator sees it, privately.
    expect(await getMediaFile(moderator, display.key)).toMatchObject({ public: false });

    await expect(approveMedia(contributor, { mediaId: id, portrait: true })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const revision = await approveMedia(moderator, { mediaId: id, portrait: true, note: 'Thank you' });

    const [publicItem] = await listPublicMedia(slug);
    expect(publicItem).toBeDefined();
    expect(Object.keys(publicItem!)).not.toContain('originalKey');
    expect(JSON.stringify(publicItem)).not.toMatch(/grandfather|uploader|originalMeta/);
    expect((await getPublicPortrait(slug))?.id).toBe(id);

    for (const file of item.files.filter((f) => f.variant !== 'iiif')) {
      const response = await fetch(`${site.url}/api/media/files/${file.key}`);
      expect(response.status, file.variant).toBe(200);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(response.headers.get('content-type')).toBe(file.contentType);
      const bytes = Buffer.from(await response.arrayBuffer());
      const meta = await sharp(bytes).metadata();
      expect(meta.exif, file.variant).toBeUndefined();
      expect(meta.xmp, file.variant).toBeUndefined();
      expect(meta.iptc, file.variant).toBeUndefined();
      expect(bytes.includes(Buffer.from('TestCam'))).toBe(false);
      expect(meta.orientation ?? 1).toBe(1);
      const side = SIZES[file.variant.split('.')[0] as keyof typeof SIZES];
      expect(meta.height).toBe(side); // upright and portrait-shaped: the height is the longest side
      expect(meta.width).toBe(Math.round((side * 2) / 3));
      // Upright: red on top, blue at the bottom.
      const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
      const pixel = (x: number, y: number) => [
        ...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3),
      ];
      const top = pixel(Math.floor(info.width / 2), 5);
      const bottom = pixel(Math.floor(info.width / 2), info.height - 5);
      expect(top[0]).toBeGreaterThan(150);
      expect(top[2]).toBeLessThan(80);
      expect(bottom[2]).toBeGreaterThan(150);
      expect(bottom[0]).toBeLessThan(80);
    }
    // The original keeps its metadata, for moderators only.
    const kept = await getOriginal(moderator, id);
    expect(kept?.body.equals(original)).toBe(true);
    await expect(getOriginal(contributor, id)).rejects.toMatchObject({ code: 'FORBIDDEN' });

    // The profile shows the portrait with srcset, width, height and a placeholder; history and audit say so.
    const page = await (await fetch(`${site.url}/en/heroes/${slug}`)).text();
    expect(page).toContain('data-testid="portrait"');
    expect(page).toMatch(
      new RegExp(`srcSet="[^"]*${item.files.find((f) => f.variant === 'thumb.webp')!.key}[^"]*213w`, 'i'),
    );
    expect(page).toContain('width="683" height="1024"');
    expect(page).toContain('data:image/webp;base64,');
    expect(page).toContain('Family archive');
    expect(page).toContain('CC BY 4.0');
    expect(page).not.toContain('No photograph of him yet');
    const history = await prisma.revision.findUniqueOrThrow({
      where: { heroId_number: { heroId, number: revision.number } },
    });
    expect(history.reason).toContain('Portrait added');
    expect(await prisma.auditEvent.count({ where: { targetId: id, action: 'approve:media' } })).toBe(1);
  });

  it("a phone's HEIC (HEVC-coded) is decoded, approved and served as upright derivatives without metadata", async () => {
    const bytes = readFileSync(path.join(process.cwd(), 'tests/fixtures/synthetic-gradient.heic'));
    expect(bytes.subarray(4, 12).toString('latin1')).toBe('ftypheic');
    const { id } = await uploadMedia(
      contributor,
      slug,
      { bytes, name: 'IMG_0001.HEIC' },
      { ...UPLOAD_FIELDS, kind: 'PHOTOGRAPH' },
    );
    const item = await prisma.mediaItem.findUniqueOrThrow({ where: { id }, include: { files: true } });
    expect(item).toMatchObject({ originalType: 'image/heic', width: 96, height: 64, status: 'PENDING' });
    expect((await listPublicMedia(slug)).map((m) => m.id)).not.toContain(id);
    await approveMedia(moderator, { mediaId: id, note: '' });
    const shown = (await listPublicMedia(slug)).find((m) => m.id === id);
    expect(shown).toBeDefined();
    const display = item.files.find((f) => f.variant === 'display.jpeg')!;
    const served = await fetch(`${site.url}/api/media/files/${display.key}`);
    expect(served.status).toBe(200);
    const meta = await sharp(Buffer.from(await served.arrayBuffer())).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 96, height: 64 });
    expect(meta.exif).toBeUndefined();
    // The colours survived the conversion: the gradient's top-right corner is red, not grey.
    const { data } = await sharp(
      Buffer.from(await (await fetch(`${site.url}/api/media/files/${display.key}`)).arrayBuffer()),
    )
      .extract({ left: 90, top: 0, width: 4, height: 4 })
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect(data[0]!).toBeGreaterThan(150);
  });

  it('tells the moderator when an image looks like one already in the archive', async () => {
    const first = await uploadMedia(
      contributor,
      slug,
      { bytes: await sidewaysJpegWithGps(), name: 'a.jpg' },
      { ...UPLOAD_FIELDS, kind: 'PHOTOGRAPH' },
    );
    // The same picture, upright and saved as PNG at another size: a different file, the same look.
    const again = await sharp(await sidewaysJpegWithGps())
      .rotate()
      .resize(800)
      .png()
      .toBuffer();
    const second = await uploadMedia(
      contributor,
      slug,
      { bytes: again, name: 'b.png' },
      { ...UPLOAD_FIELDS, kind: 'PHOTOGRAPH' },
    );
    const review = await getMediaForReview(moderator, second.id);
    expect(review.lookAlikes.map((l) => l.id)).toContain(first.id);
    const other = await uploadMedia(
      contributor,
      slug,
      { bytes: await tiff(), name: 'scan.tif' },
      { ...UPLOAD_FIELDS, kind: 'AWARD_DOCUMENT' },
    );
    expect((await getMediaForReview(moderator, other.id)).lookAlikes.map((l) => l.id)).not.toContain(first.id);
    const tiffItem = await prisma.mediaItem.findUniqueOrThrow({ where: { id: other.id } });
    expect(tiffItem).toMatchObject({ originalType: 'image/tiff', width: 1200, height: 900 });
    for (const { id } of [first, second, other])
      await rejectMedia(moderator, { mediaId: id, note: 'Test image, not for the archive.' });
    expect((await listPublicMedia(slug)).map((m) => m.id)).not.toContain(first.id);
  });

  it("a moderator downloads an original as <id>.<extension of its real type>, never under the uploader's name", async () => {
    // A JPEG whose name says HTML: the name is the uploader's, the type is what its bytes are.
    const { id } = await uploadMedia(
      contributor,
      slug,
      { bytes: await sidewaysJpegWithGps(), name: 'poly.html' },
      UPLOAD_FIELDS,
    );
    const reviewer = await signIn({ role: 'MODERATOR' });
    const response = await fetch(`${site.url}/api/media/originals/${id}`, { headers: { cookie: reviewer.cookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/jpeg');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${id}.jpg"`);
    expect(sniffImageType(Buffer.from(await response.arrayBuffer()))).toBe('image/jpeg');
  });
});

describe('refusals store nothing', () => {
  const mediaDir = process.env.MEDIA_DIR!;
  async function refused(bytes: Buffer, name: string, code: string, messageKey: string, actor = contributor) {
    const files = filesIn(mediaDir).length;
    const rows = await prisma.mediaItem.count();
    await expect(uploadMedia(actor, slug, { bytes, name }, UPLOAD_FIELDS)).rejects.toMatchObject({ code, messageKey });
    expect(filesIn(mediaDir).length).toBe(files);
    expect(await prisma.mediaItem.count()).toBe(rows);
  }

  it('a decompression bomb, before decoding', async () => {
    const bomb = pngBomb();
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const started = Date.now();
    await refused(bomb, 'bomb.png', 'INVALID_INPUT', 'imageTooManyPixels');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('an HTML page named .jpg', async () => {
    await refused(
      Buffer.from('<!doctype html><html><script>alert(1)</script></html>'),
      'photo.jpg',
      'INVALID_INPUT',
      'notAnImage',
    );
  });

  it('a 40 MB file', async () => {
    const big = Buffer.concat([await png(), Buffer.alloc(40 * 1024 * 1024)]);
    expect(big.length).toBeGreaterThan(MAX_FILE_BYTES);
    await refused(big, 'huge.png', 'INVALID_INPUT', 'fileTooLarge');
  });

  it('a damaged file claiming to be a JPEG', async () => {
    await refused(
      Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(5000, 3)]),
      'broken.jpg',
      'INVALID_INPUT',
      'imageUnreadable',
    );
  });

  it('a HEIC container with no decodable image, and metadata that does not validate', async () => {
    const heic = heicContainerWithoutImage();
    expect(sniffImageType(heic)).toBe('image/heic');
    await expect(decodeHeic(heic)).rejects.toMatchObject({ messageKey: 'imageUnreadable' });
    await refused(heic, 'IMG_0001.HEIC', 'INVALID_INPUT', 'imageUnreadable');
    const files = filesIn(mediaDir).length;
    await expect(
      uploadMedia(contributor, slug, { bytes: await png(), name: 'x.png' }, { ...UPLOAD_FIELDS, rightsConfirmed: '' }),
    ).rejects.toMatchObject({ fields: { rightsConfirmed: 'confirmRights' } });
    await expect(
      uploadMedia(contributor, slug, { bytes: await png(), name: 'x.png' }, { ...UPLOAD_FIELDS, archiveDelo: '' }),
    ).rejects.toMatchObject({ fields: { archiveFond: 'archiveReferenceRequired' } });
    expect(filesIn(mediaDir).length).toBe(files);
  });

  it('uploads over the daily cap, fired at once: exactly one of them gets in', async () => {
    const racer = await createUser(prisma, 'racer', 'CONTRIBUTOR');
    const template = await prisma.mediaItem.findFirstOrThrow({ where: { heroId } });
    const { id: _id, createdAt: _c, updatedAt: _u, originalMeta, ...row } = template;
    await prisma.mediaItem.createMany({
      data: Array.from({ length: 29 }, () => ({
        ...row,
        originalMeta: originalMeta as object,
        uploaderId: racer.id,
        status: 'WITHDRAWN' as const,
        isPortrait: false,
      })),
    });
    const images = await Promise.all(
      [0, 1, 2, 3].map((n) => png(300 + n, 200, ['#111111', '#222222', '#333333', '#444444'][n])),
    );
    const results = await Promise.allSettled(
      images.map((bytes, n) => uploadMedia(racer, slug, { bytes, name: `${n}.png` }, UPLOAD_FIELDS)),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((r): r is PromiseRejectedResult => r.status === 'rejected'))
      expect(r.reason).toMatchObject({ code: 'RATE_LIMITED', messageKey: 'dailyUploadCap' });
    expect(await prisma.mediaItem.count({ where: { uploaderId: racer.id } })).toBe(30);
    await refused(await png(50, 50), 'one-more.png', 'RATE_LIMITED', 'dailyUploadCap', racer);
  });

  it('a failure half-way through storing removes what this upload wrote, and nothing else', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'zvezda-media-half-'));
    try {
      const local = new LocalStorage(dir);
      const failing = failingOnPut(local, 4, 'disk full');
      const rows = await prisma.mediaItem.count();
      await expect(
        uploadMedia(
          contributor,
          slug,
          { bytes: await png(640, 480, '#abcdef'), name: 'half.png' },
          UPLOAD_FIELDS,
          failing,
        ),
      ).rejects.toThrow('disk full');
      expect(filesIn(dir)).toEqual([]);
      expect(await prisma.mediaItem.count()).toBe(rows);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the upload route behind the site server', () => {
  it('takes up to 32 MB on the upload path (the route then answers), refuses more with 413 in the reader language, and keeps 1 MB elsewhere', async () => {
    const twoMb = new Blob([Buffer.alloc(2 * 1024 * 1024)]);
    const form = () => {
      const f = new FormData();
      f.set('file', twoMb, 'x.png');
      return f;
    };
    // Not signed in: the route itself answers, so the server let the body through.
    const allowed = await fetch(`${site.url}/api/media/upload/${slug}?locale=ru`, { method: 'POST', body: form() });
    expect(allowed.status).toBe(401);
    expect((await allowed.json()).message).toMatch(/Войдите|вход/i);
    const elsewhere = await fetch(`${site.url}/api/search`, { method: 'POST', body: form() });
    expect(elsewhere.status).toBe(413);
    const big = new FormData();
    big.set('file', new Blob([Buffer.alloc(40 * 1024 * 1024)]), 'big.png');
    const files = filesIn(process.env.MEDIA_DIR!).length;
    const refused = await fetch(`${site.url}/ru/api-ignored`.replace('/ru/api-ignored', `/api/media/upload/${slug}`), {
      method: 'POST',
      body: big,
      headers: { 'accept-language': 'ru' },
    });
    expect(refused.status).toBe(413);
    expect(await refused.text()).toContain('больше 30 МБ');
    expect(filesIn(process.env.MEDIA_DIR!).length).toBe(files);
  });

  it('the configured storage is the shared test folder', () => {
    expect(mediaStorage().kind).toBe('local');
  });
});

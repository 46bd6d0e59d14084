// From an uploaded file to what the public sees: the type read from the content, the size and
// pixel count checked before anything is decoded, the image turned upright, every metadata block
// (EXIF with GPS, XMP, IPTC, ICC) left behind, and the derivatives made in WebP and JPEG.
import sharp, { type Sharp } from 'sharp';
import { AppError } from '../errors';
import { heifDeclaredSize, sniffImageType, type ImageType } from './sniff';
import { makeDeepZoomTiles, needsDeepZoom, type DeepZoomTiles } from './tiles';

export const MAX_FILE_BYTES = 30 * 1024 * 1024;
/** 100 megapixels: a 40-megapixel scan fits with room; a decompression bomb does not. */
const MAX_PIXELS = 100_000_000;

/** Longest side of each derivative; none is enlarged beyond the original. */
export const SIZES = { thumb: 320, display: 1024, large: 2560 } as const;
type SizeName = keyof typeof SIZES;

// A decoded image stays in memory only while it is being worked on: on a small server the cache
// would hold on to hundreds of megabytes after a large scan.
sharp.cache(false);

type Derivative = {
  variant: `${SizeName}.${'webp' | 'jpeg'}`;
  format: 'webp' | 'jpeg';
  width: number;
  height: number;
  body: Buffer;
};

export type ProcessedImage = {
  type: ImageType;
  /** Upright size of the full image. */
  width: number;
  height: number;
  /** What the original carried, for moderators: nothing of it reaches a public file. */
  originalMeta: {
    format: string;
    width: number;
    height: number;
    orientation: number | null;
    exif: boolean;
    gps: boolean;
    xmp: boolean;
    iptc: boolean;
    icc: boolean;
    pages: number;
  };
  derivatives: Derivative[];
  placeholder: string;
  dhash: string;
  /** IIIF tiles of the full-resolution image, for documents and large pictures (see tiles.ts). */
  deepZoom: DeepZoomTiles | null;
};

/** The EXIF block holds a GPS directory (tag 0x8825) in either byte order. */
function hasGps(exif: Buffer | undefined): boolean {
  if (!exif) return false;
  return exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88]));
}

function tooManyPixels(width: number, height: number): boolean {
  return !Number.isFinite(width) || !Number.isFinite(height) || width * height > MAX_PIXELS;
}

/** HEIC from phones (HEVC-coded): sharp's own build cannot decode it, heic-convert can. */
export async function decodeHeic(bytes: Buffer): Promise<Buffer> {
  const declared = heifDeclaredSize(bytes);
  if (!declared) throw new AppError('INVALID_INPUT', 'imageUnreadable');
  if (tooManyPixels(declared.width, declared.height))
    throw new AppError('INVALID_INPUT', 'imageTooManyPixels', { max: MAX_PIXELS / 1_000_000 });
  const { default: convert } = await import('heic-convert');
  try {
    return Buffer.from(
      await convert({ buffer: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), format: 'PNG' }),
    );
  } catch {
    throw new AppError('INVALID_INPUT', 'imageUnreadable');
  }
}

/** 64-bit difference hash: each bit says whether a pixel is brighter than its right neighbour. */
async function differenceHash(image: Sharp): Promise<string> {
  const pixels = await image.resize(9, 8, { fit: 'fill' }).greyscale().raw().toBuffer();
  let hash = 0n;
  for (let row = 0; row < 8; row += 1) {
    for (let column = 0; column < 8; column += 1) {
      hash = (hash << 1n) | (pixels[row * 9 + column]! > pixels[row * 9 + column + 1]! ? 1n : 0n);
    }
  }
  return hash.toString(16).padStart(16, '0');
}

export function hammingDistance(a: string, b: string): number {
  let x = BigInt(`0x${a}`) ^ BigInt(`0x${b}`);
  let count = 0;
  for (; x; x >>= 1n) count += Number(x & 1n);
  return count;
}

function unreadable(error: unknown): never {
  if (error instanceof AppError) throw error;
  if (/pixel limit/i.test(String((error as Error)?.message)))
    throw new AppError('INVALID_INPUT', 'imageTooManyPixels', { max: MAX_PIXELS / 1_000_000 });
  throw new AppError('INVALID_INPUT', 'imageUnreadable');
}

/** `kind` decides whether the image is also cut into deep-zoom tiles. */
export async function processImage(bytes: Buffer, options: { kind?: string } = {}): Promise<ProcessedImage> {
  if (bytes.length > MAX_FILE_BYTES)
    throw new AppError('INVALID_INPUT', 'fileTooLarge', { max: MAX_FILE_BYTES / 1024 / 1024 });
  const type = sniffImageType(bytes);
  if (!type) throw new AppError('INVALID_INPUT', 'notAnImage');
  const source = type === 'image/heic' ? await decodeHeic(bytes) : bytes;
  try {
    // The header only: no pixel is decoded before the pixel count is known to be sane.
    const meta = await sharp(source, { limitInputPixels: false }).metadata();
    if (tooManyPixels(meta.width ?? Infinity, (meta.height ?? Infinity) * (meta.pages ?? 1))) {
      throw new AppError('INVALID_INPUT', 'imageTooManyPixels', { max: MAX_PIXELS / 1_000_000 });
    }
    const swapped = (meta.orientation ?? 1) >= 5;
    const width = swapped ? meta.height : meta.width;
    const height = swapped ? meta.width : meta.height;
    // One decode, turned upright, flattened on white (a JPEG has no transparency) and brought to
    // the largest size; every smaller derivative is made from these pixels.
    const { data, info } = await sharp(source, { limitInputPixels: MAX_PIXELS, failOn: 'error' })
      .rotate()
      .resize(SIZES.large, SIZES.large, { fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
    const base = () => sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });
    const derivatives: Derivative[] = [];
    for (const [name, side] of Object.entries(SIZES) as [SizeName, number][]) {
      const resized = await base()
        .resize(side, side, { fit: 'inside', withoutEnlargement: true })
        .raw()
        .toBuffer({ resolveWithObject: true });
      const pixels = () =>
        sharp(resized.data, {
          raw: { width: resized.info.width, height: resized.info.height, channels: resized.info.channels },
        });
      const size = { width: resized.info.width, height: resized.info.height };
      derivatives.push({
        variant: `${name}.webp`,
        format: 'webp',
        ...size,
        body: await pixels().webp({ quality: 80 }).toBuffer(),
      });
      derivatives.push({
        variant: `${name}.jpeg`,
        format: 'jpeg',
        ...size,
        body: await pixels().jpeg({ quality: 82, mozjpeg: true }).toBuffer(),
      });
    }
    const tiny = await base().resize(16, 16, { fit: 'inside' }).webp({ quality: 30 }).toBuffer();
    // A second decode, at full resolution, streamed through libvips into tiles: holding the
    // pixels of a 40-megapixel scan in memory for the derivatives above would cost far more.
    const deepZoom = needsDeepZoom(options.kind ?? 'OTHER', width, height, SIZES)
      ? await makeDeepZoomTiles(
          sharp(source, { limitInputPixels: MAX_PIXELS, failOn: 'error' })
            .rotate()
            .flatten({ background: '#ffffff' })
            .toColourspace('srgb'),
        )
      : null;
    return {
      type,
      width,
      height,
      originalMeta: {
        format: meta.format ?? 'unknown',
        width: meta.width,
        height: meta.height,
        orientation: meta.orientation ?? null,
        exif: Boolean(meta.exif),
        gps: hasGps(meta.exif),
        xmp: Boolean(meta.xmp),
        iptc: Boolean(meta.iptc),
        icc: Boolean(meta.icc),
        pages: meta.pages ?? 1,
      },
      derivatives,
      placeholder: `data:image/webp;base64,${tiny.toString('base64')}`,
      dhash: await differenceHash(base()),
      deepZoom,
    };
  } catch (error) {
    unreadable(error);
  }
}

// The type of an upload, read from its first bytes. The name and the type the browser declares
// are never trusted: an HTML page called photo.jpg is refused here.
export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/tiff', 'image/heic'] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];

export const EXTENSIONS: Record<ImageType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/tiff': 'tiff',
  'image/heic': 'heic',
};

const starts = (bytes: Buffer, signature: number[], at = 0) => signature.every((byte, i) => bytes[at + i] === byte);

/** ISO base media files (HEIF, AVIF) name their brands in the first box. */
function heifBrands(bytes: Buffer): string[] | null {
  if (bytes.length < 16 || bytes.toString('latin1', 4, 8) !== 'ftyp') return null;
  const size = Math.min(bytes.readUInt32BE(0), bytes.length, 256);
  const brands = [bytes.toString('latin1', 8, 12)];
  for (let at = 16; at + 4 <= size; at += 4) brands.push(bytes.toString('latin1', at, at + 4));
  return brands;
}

export function sniffImageType(bytes: Buffer): ImageType | null {
  if (starts(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP') return 'image/webp';
  if (starts(bytes, [0x49, 0x49, 0x2a, 0x00]) || starts(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'image/tiff';
  const brands = heifBrands(bytes);
  if (brands) {
    if (brands[0] === 'avif' || brands[0] === 'avis') return 'image/avif';
    if (['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx'].includes(brands[0]!)) return 'image/heic';
    if (brands[0] === 'mif1' || brands[0] === 'msf1') return brands.includes('avif') ? 'image/avif' : 'image/heic';
  }
  return null;
}

/**
 * Width and height a HEIF file declares ('ispe' boxes), read without decoding, so a
 * decompression bomb is refused before the decoder allocates anything. The largest counts.
 */
export function heifDeclaredSize(bytes: Buffer): { width: number; height: number } | null {
  let best: { width: number; height: number } | null = null;
  // Box headers sit near the start; the coded data follows in 'mdat'.
  const limit = Math.min(bytes.length - 16, 1 << 20);
  for (
    let at = bytes.indexOf('ispe', 0, 'latin1');
    at !== -1 && at <= limit;
    at = bytes.indexOf('ispe', at + 4, 'latin1')
  ) {
    const width = bytes.readUInt32BE(at + 8);
    const height = bytes.readUInt32BE(at + 12);
    if (!best || width * height > best.width * best.height) best = { width, height };
  }
  return best;
}

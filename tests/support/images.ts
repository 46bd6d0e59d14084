// Real images made with sharp for the media tests: nothing here is a stand-in for a file format.
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import type { Actor } from '../../lib/permissions';

/**
 * 3000×2000 stored sideways (EXIF orientation 6: turn 90° clockwise to view), with GPS in its
 * EXIF. `shade` changes the picture slightly, for a file of its own. Stored: left half red, right half blue; upright it is 2000×3000, red on top, blue below.
 */
export async function sidewaysJpegWithGps(shade = 60): Promise<Buffer> {
  // Green rises down the stored image, so the upright picture has detail from left to right too.
  const width = 3000;
  const height = 2000;
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const at = (y * width + x) * 3;
      pixels[at] = x < width / 2 ? 208 : 0;
      pixels[at + 1] = Math.round((y / height) * shade);
      pixels[at + 2] = x < width / 2 ? 0 : 208;
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 90 })
    .withExif({
      IFD0: { Make: 'TestCam', Model: 'Zvezda 1', Copyright: 'The Family' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '38/1 33/1 36/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '68/1 47/1 13/1',
      },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

export async function png(width = 800, height = 600, colour = '#336699'): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 4, background: colour } })
    .png()
    .toBuffer();
}

/** A scan-like TIFF: dark lines of "writing" on a light page, varying across and down. */
export async function tiff(width = 1200, height = 900): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1)
      pixels[y * width + x] = Math.sin(x / 37 + y / 91) * Math.cos(y / 23) > 0.3 ? 40 : 230;
  }
  return sharp(pixels, { raw: { width, height, channels: 1 } })
    .tiff({ compression: 'lzw' })
    .toBuffer();
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A decompression bomb: a valid PNG header declaring 60,000 × 60,000 pixels (3.6 gigapixels)
 * followed by the start of its zero-filled data, in about 100 KB.
 */
export function pngBomb(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(60_000, 0);
  header.writeUInt32BE(60_000, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  const rows = deflateSync(Buffer.alloc(60_001 * 200));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', rows),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The first box of a HEIC file from a phone (brand 'heic') with nothing decodable after it. */
export function heicContainerWithoutImage(): Buffer {
  const ftyp = Buffer.alloc(24);
  ftyp.writeUInt32BE(24, 0);
  ftyp.write('ftypheic', 4, 'latin1');
  ftyp.writeUInt32BE(0, 12);
  ftyp.write('mif1heic', 16, 'latin1');
  return Buffer.concat([ftyp, Buffer.alloc(2000, 7)]);
}

export const UPLOAD_FIELDS = {
  kind: 'PORTRAIT',
  caption: 'Portrait in uniform, 1944',
  captionLanguage: 'en',
  date: '1944-05',
  place: 'Stalinabad',
  pictured: 'The Hero, seated',
  provenance: 'ARCHIVE',
  provenanceNote: '',
  archiveFond: '33',
  archiveOpis: '682525',
  archiveDelo: '120',
  licence: 'CC_BY_4',
  rightsConfirmed: 'yes',
  credit: 'Family archive',
};

type Upload = (
  actor: Actor,
  target: string,
  file: { bytes: Buffer; name: string },
  input: Record<string, unknown>,
) => Promise<{ id: string }>;

/**
 * A PNG named `name`, of `width`×`height` in `colour`, sent by `uploader` through `upload`
 * (uploadMedia for a Hero's slug, uploadMediaWithProposal for a proposal's id) with `fields`.
 */
export async function uploadPng(
  upload: Upload,
  uploader: Actor,
  target: string,
  name: string,
  [width, height, colour]: [number, number, string],
  fields: Record<string, unknown> = UPLOAD_FIELDS,
): Promise<{ id: string }> {
  return upload(uploader, target, { bytes: await png(width, height, colour), name }, fields);
}

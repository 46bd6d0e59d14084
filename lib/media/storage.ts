// Where image bytes live: one small interface, a local folder by default, an S3-compatible bucket
// when configured. Keys are content-addressed (the SHA-256 of the bytes), so a key never changes
// meaning: a write of an existing key is a no-op and served files can be cached for ever.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  NoSuchKey,
  NotFound,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { env, type Env } from '../env';
import { isTileSetKey } from './tiles';

export interface MediaStorage {
  /** Stores the bytes under `key`; `created` is false when the key was already there (the same bytes). */
  put(key: string, body: Buffer, contentType: string): Promise<{ created: boolean }>;
  get(key: string): Promise<Buffer | null>;
  delete(key: string): Promise<void>;
  readonly kind: 'local' | 's3';
}

const KEY = /^(o|d)\/[0-9a-f]{64}\.(jpg|png|webp|avif|tiff|heic)$/;

export function contentKey(prefix: 'o' | 'd', body: Buffer, extension: string): string {
  return `${prefix}/${createHash('sha256').update(body).digest('hex')}.${extension}`;
}

/** An original or derivative (`o/…`, `d/…`), or a file of a deep-zoom tile set (`t/<sha256>/…`). */
export function isMediaKey(key: string): boolean {
  return KEY.test(key) || isTileSetKey(key);
}

function checkKey(key: string): void {
  // Keys come from our own rows, but a path is built from them: never let one climb out.
  if (!isMediaKey(key)) throw new Error(`Not a media key: ${key}`);
}

export class LocalStorage implements MediaStorage {
  readonly kind = 'local';
  constructor(private readonly root: string) {}

  private file(key: string): string {
    checkKey(key);
    const [prefix, name, ...rest] = key.split('/') as [string, string, ...string[]];
    // Two levels of fan-out keep a folder from holding hundreds of thousands of files; a tile
    // set is one folder under its hash.
    return path.join(this.root, prefix, name.slice(0, 2), name.slice(2, 4), name, ...rest);
  }

  async put(key: string, body: Buffer, _contentType?: string): Promise<{ created: boolean }> {
    const file = this.file(key);
    if (
      await stat(file).then(
        () => true,
        () => false,
      )
    )
      return { created: false };
    await mkdir(path.dirname(file), { recursive: true });
    // Written aside and renamed: a reader never sees half a file, a crash leaves only a temp file.
    const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
    await writeFile(temporary, body, { mode: 0o640 });
    await rename(temporary, file);
    return { created: true };
  }

  async get(key: string): Promise<Buffer | null> {
    return readFile(this.file(key)).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
  }

  async delete(key: string): Promise<void> {
    await rm(this.file(key), { force: true });
  }
}

export type S3Settings = {
  endpoint: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
};

export class S3Storage implements MediaStorage {
  readonly kind = 's3';
  private readonly client: S3Client;
  constructor(private readonly settings: S3Settings) {
    this.client = new S3Client({
      endpoint: settings.endpoint,
      region: settings.region,
      credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
      // MinIO, Ceph and most self-hosted servers want the bucket in the path, not the host name.
      forcePathStyle: true,
      // Checksums only where S3 requires them: many self-hosted servers reject the newer trailers.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async put(key: string, body: Buffer, contentType: string): Promise<{ created: boolean }> {
    checkKey(key);
    const exists = await this.client.send(new HeadObjectCommand({ Bucket: this.settings.bucket, Key: key })).then(
      () => true,
      (error: unknown) => {
        if (
          error instanceof NotFound ||
          (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404
        )
          return false;
        throw error;
      },
    );
    if (exists) return { created: false };
    await this.client.send(
      new PutObjectCommand({ Bucket: this.settings.bucket, Key: key, Body: body, ContentType: contentType }),
    );
    return { created: true };
  }

  async get(key: string): Promise<Buffer | null> {
    checkKey(key);
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.settings.bucket, Key: key }));
      return object.Body ? Buffer.from(await object.Body.transformToByteArray()) : null;
    } catch (error) {
      if (
        error instanceof NoSuchKey ||
        (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404
      )
        return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    checkKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: key }));
  }
}

export function storageFromEnv(config: Env = env): MediaStorage {
  const { S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY, S3_REGION } = config;
  const s3 = [S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY, S3_REGION];
  if (s3.every(Boolean)) {
    return new S3Storage({
      endpoint: S3_ENDPOINT!,
      bucket: S3_BUCKET!,
      accessKeyId: S3_ACCESS_KEY_ID!,
      secretAccessKey: S3_SECRET_ACCESS_KEY!,
      region: S3_REGION!,
    });
  }
  if (s3.some(Boolean))
    throw new Error(
      'S3 storage needs all of S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY and S3_REGION.',
    );
  // A folder chosen at run time: nothing for the build to trace.
  return new LocalStorage(path.resolve(/*turbopackIgnore: true*/ process.cwd(), config.MEDIA_DIR));
}

let configured: MediaStorage | undefined;

/** The storage the site uses; tests may pass another to the functions that take one. */
export function mediaStorage(): MediaStorage {
  configured ??= storageFromEnv();
  return configured;
}

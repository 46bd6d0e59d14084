// A real S3-protocol server (s3rver) on loopback, in a folder of its own, with one empty bucket: for
// the tests that keep pictures in S3 and speak to it through the real AWS SDK client.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { startS3Server } from '../../scripts/deploy/s3-server';
import { S3Storage, type S3Settings } from '../../lib/media/storage';

export type TestBucket = {
  settings: S3Settings;
  storage: S3Storage;
  /** The keys in the bucket (under `prefix` when given), read back through the AWS SDK. */
  keys: (prefix?: string) => Promise<string[]>;
  /** Stops the server and deletes its folder. */
  stop: () => Promise<void>;
};

/** Starts s3rver on a free port with the bucket `bucket`; its files go to a new folder named from `folderPrefix`. */
export async function startBucket(bucket: string, folderPrefix: string): Promise<TestBucket> {
  const folder = mkdtempSync(path.join(os.tmpdir(), folderPrefix));
  const server = await startS3Server(folder, bucket);
  const settings: S3Settings = {
    endpoint: server.endpoint,
    bucket,
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    region: 'us-east-1',
  };
  return {
    settings,
    storage: new S3Storage(settings),
    keys: async (prefix) => {
      const client = new S3Client({
        endpoint: settings.endpoint,
        region: settings.region,
        forcePathStyle: true,
        credentials: settings,
      });
      const listed = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix }));
      client.destroy();
      return (listed.Contents ?? []).map((o) => o.Key!);
    },
    stop: async () => {
      await server.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

// A real S3-protocol server (s3rver) on loopback with one empty bucket, its files in a folder: the
// object store of the deployment check and the bucket of the tests that keep pictures in S3.
import S3rver from 's3rver';

export type RunningS3 = { endpoint: string; close: () => Promise<void> };

/** Starts s3rver on a free port with the bucket `bucket`, its files in `folder`. */
export async function startS3Server(folder: string, bucket: string): Promise<RunningS3> {
  const server = new S3rver({
    port: 0,
    address: '127.0.0.1',
    silent: true,
    directory: folder,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  const { port } = await server.run();
  return { endpoint: `http://127.0.0.1:${port}`, close: () => server.close() };
}

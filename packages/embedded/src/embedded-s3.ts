/// <reference path="./s3rver.d.ts" />
import { mkdirSync } from 'node:fs';
import S3rver from 's3rver';

export interface EmbeddedS3Options {
  directory: string;
  port: number;
  bucket: string;
}

export interface EmbeddedS3 {
  endpoint: string;
  port: number;
  accessKey: string;
  secretKey: string;
  bucket: string;
  stop(): Promise<void>;
}

// s3rver checks signatures against this fixed key pair; it is not a secret.
export const S3RVER_KEY = 'S3RVER';

/**
 * Runs an S3-protocol server in this process, filesystem-backed, for development and tests.
 * Production uses MinIO; both are reached through the same `minio` client (packages/storage).
 */
export async function startEmbeddedS3(options: EmbeddedS3Options): Promise<EmbeddedS3> {
  mkdirSync(options.directory, { recursive: true });
  const server = new S3rver({
    address: '127.0.0.1',
    port: options.port,
    directory: options.directory,
    silent: true,
    configureBuckets: [{ name: options.bucket }],
  });
  tolerateConcurrentFolderCleanup(server);
  const address = await server.run();
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    port: address.port,
    accessKey: S3RVER_KEY,
    secretKey: S3RVER_KEY,
    bucket: options.bucket,
    stop: () => server.close(),
  };
}

const lostCleanupRace = (err: unknown) => {
  const code = (err as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTEMPTY';
};

/**
 * s3rver removes an object's files, then the folders the removal left empty. Two removals in one
 * folder race there (one finds the folder gone, or refilled) and s3rver answers 500, though the
 * object is gone; the client then retries after a pause, and fails if the race recurs. Only the
 * clean-up can lose that race, so it is safe to ignore: an empty folder left is harmless.
 */
function tolerateConcurrentFolderCleanup(server: S3rver): void {
  const store = server.store;
  const deleteObject = store.deleteObject.bind(store);
  store.deleteObject = async (bucket, key) => {
    try {
      await deleteObject(bucket, key);
    } catch (err) {
      if (!lostCleanupRace(err)) throw err;
    }
  };
}

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

/// <reference path="./s3rver.d.ts" />
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream, mkdirSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import S3rver from 's3rver';
import { signedLengthRefusal } from './signed-length-check';

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

/** The embedded S3 server on `port` (one started here, or by a running `npm start`). */
export function embeddedS3Connection(port: number, bucket: string) {
  return { endpoint: `http://127.0.0.1:${port}`, accessKey: S3RVER_KEY, secretKey: S3RVER_KEY, bucket };
}

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
  makePutsAtomic(server);
  checkSignedLengths(server);
  const address = await server.run();
  return {
    ...embeddedS3Connection(address.port, options.bucket),
    port: address.port,
    stop: () => server.close(),
  };
}

/** Presigned uploads whose size is signed are refused, as MinIO does, when the size or signature differ. */
function checkSignedLengths(server: S3rver): void {
  server.middleware.unshift(async (ctx, next) => {
    const refusal = signedLengthRefusal(ctx.req, S3RVER_KEY);
    if (!refusal) return next();
    ctx.status = 403;
    ctx.type = 'application/xml';
    ctx.body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${refusal.code}</Code><Message>${refusal.message}</Message></Error>`;
  });
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

/**
 * s3rver writes an object in place: the file exists (empty, then partial) from the moment the PUT
 * starts, and a GET in that window answers 200 with the bytes written so far, since it takes the
 * length from the file. It even answers the PUT before the file is flushed. MinIO and S3 never show
 * a partial object, and the API uploads masks just after a commit, when a browser may already ask
 * for them. So: stream into a staging file beside the object (no key ends in its name), then write
 * the metadata, then rename the file into place. A GET sees no object, or the whole of it.
 */
function makePutsAtomic(server: S3rver): void {
  const store = server.store;
  store.putObject = async (object) => {
    const objectPath = store.getResourcePath(object.bucket, object.key, 'object');
    const staging = `${objectPath}.staging-${randomUUID()}`;
    await mkdir(dirname(objectPath), { recursive: true });
    const md5 = createHash('md5');
    let size = 0;
    const measure = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        md5.update(chunk);
        size += chunk.length;
        callback(null, chunk);
      },
    });
    const content = Buffer.isBuffer(object.content) ? Readable.from([object.content]) : object.content;
    try {
      await pipeline(content, measure, createWriteStream(staging));
      const digest = md5.digest('hex');
      await store.putMetadata(object.bucket, object.key, object.metadata, digest);
      await rename(staging, objectPath);
      return { size, md5: digest };
    } catch (err) {
      await rm(staging, { force: true });
      throw err;
    }
  };
}

import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Client } from 'minio';
import { presignSizedPut } from './presigned-put';
import { RequestDeadline } from './request-deadline';

export interface ObjectStoreConfig {
  /** e.g. http://127.0.0.1:9000 */
  endpoint: string;
  accessKey: string;
  secretKey: string;
  bucket: string;
  region: string;
  /**
   * A request that sends or receives no byte for this long fails with ObjectStoreTimeoutError
   * (default 30 s). An idle limit, not a total one: large transfers that keep moving are never cut.
   */
  idleTimeoutMs?: number;
  /**
   * Where `get` looks for an object the store does not have (yet): objects committed to the database
   * and uploaded after the commit (the PendingObject outbox, `pendingObjectReader` of @hep2/db).
   */
  pending?: PendingObjectReader;
}

/** The bytes of a committed object that is not uploaded yet, or null when there is none. */
export type PendingObjectReader = (key: string) => Promise<Uint8Array | null>;

/** What `putStream` stored. */
export interface StreamedObject {
  /** Bytes stored under the key. */
  bytes: number;
  /** Requests that carried them: 1 for a single PUT, else the parts of a multipart upload. */
  parts: number;
}

export interface PutStreamOptions {
  /**
   * Bytes per part, held in memory while it is sent (default 8 MiB, growing by its own size after
   * every 1000 parts so that S3's 10,000-part limit is never met). S3 and MinIO refuse parts under
   * 5 MiB but the last; only tests against the embedded server go lower.
   */
  partBytes?: number;
}

export interface StoredObjectInfo {
  key: string;
  size: number;
  contentType: string | undefined;
  etag: string;
}

/** Removals in flight at once in removeMany. */
const REMOVE_BATCH = 8;

// `put` sends bodies in memory as one request (the minio client would buffer a stream up to its part
// size anyway); streams of unknown length go through `putStream`'s own multipart upload.
const SINGLE_PART_LIMIT = 1024 * 1024 * 1024;
const STREAM_PART_BYTES = 8 * 1024 * 1024;
/** Parts of one size before `putStream` grows them (x1000 parts: well below S3's 10,000-part cap). */
const PARTS_PER_SIZE = 1000;
const DEFAULT_IDLE_TIMEOUT_MS = 30_000;

/**
 * The one object-storage module, on the `minio` client (S3 protocol), used in every mode:
 * MinIO in production, the embedded S3 server in development and tests.
 * Callers always pass object sizes (bytes in memory), which the embedded server requires.
 * No call hangs: one whose server stops answering rejects with ObjectStoreTimeoutError.
 */
export class ObjectStore {
  readonly bucket: string;
  private readonly client: Client;
  private readonly deadline: RequestDeadline;
  private readonly pending: PendingObjectReader | undefined;
  private readonly config: ObjectStoreConfig;

  constructor(config: ObjectStoreConfig) {
    const url = new URL(config.endpoint);
    this.config = config;
    this.bucket = config.bucket;
    this.pending = config.pending;
    this.deadline = new RequestDeadline(idleTimeoutOf(config), url.protocol === 'https:');
    this.client = new Client({
      endPoint: url.hostname,
      port: url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80,
      useSSL: url.protocol === 'https:',
      accessKey: config.accessKey,
      secretKey: config.secretKey,
      region: config.region,
      pathStyle: true,
      partSize: SINGLE_PART_LIMIT,
      transport: this.deadline.transport,
      transportAgent: this.deadline.agent,
    });
  }

  ensureBucket(): Promise<void> {
    return this.deadline.run(`ensureBucket "${this.bucket}"`, async () => {
      if (!(await this.client.bucketExists(this.bucket))) await this.client.makeBucket(this.bucket);
    });
  }

  /** Cheap reachability probe for readiness checks. */
  ping(): Promise<void> {
    return this.deadline.run('ping', async () => {
      await this.client.bucketExists(this.bucket);
    });
  }

  put(key: string, body: Uint8Array, contentType = 'application/octet-stream'): Promise<void> {
    const buffer = Buffer.isBuffer(body) ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength);
    return this.deadline.run(`put "${key}"`, async () => {
      await this.client.putObject(this.bucket, key, buffer, buffer.byteLength, {
        'Content-Type': contentType,
      });
    });
  }

  /**
   * Stores a stream of unknown length (e.g. a zip being written) with bounded memory: the stream is
   * read one part at a time, and each part is sent before the next is read, so a slow store slows
   * the writer down instead of filling memory. A stream shorter than one part is one PUT; a longer
   * one is a multipart upload, visible under `key` only once completed. When the stream fails or
   * the store refuses a part, the upload is aborted (best effort: the embedded server cannot abort,
   * MinIO and S3 also expire unfinished uploads) and nothing is stored under `key`.
   */
  async putStream(
    key: string,
    source: AsyncIterable<Uint8Array>,
    contentType = 'application/octet-stream',
    options: PutStreamOptions = {},
  ): Promise<StreamedObject> {
    const basePart = options.partBytes ?? STREAM_PART_BYTES;
    if (!Number.isInteger(basePart) || basePart <= 0)
      throw new RangeError(`partBytes must be a positive integer, got ${basePart}`);
    const sizeOfPart = (n: number) => basePart * (1 + Math.floor((n - 1) / PARTS_PER_SIZE));
    const headers = { 'Content-Type': contentType };
    const etags: { part: number; etag: string }[] = [];
    let uploadId: string | null = null;
    let part = Buffer.allocUnsafe(sizeOfPart(1));
    let filled = 0;
    let bytes = 0;
    const sendPart = async (body: Buffer) => {
      const started = uploadId;
      const id =
        started ??
        (await this.deadline.run(`start upload of "${key}"`, () =>
          this.client.initiateNewMultipartUpload(this.bucket, key, headers),
        ));
      uploadId = id;
      const number = etags.length + 1;
      const sent = await this.deadline.run(`upload part ${number} of "${key}"`, () =>
        this.client.uploadPart(
          { bucketName: this.bucket, objectName: key, uploadID: id, partNumber: number, headers: {} },
          body,
        ),
      );
      etags.push({ part: number, etag: sent.etag });
    };
    try {
      for await (const chunk of source) {
        let offset = 0;
        while (offset < chunk.byteLength) {
          const taken = Math.min(part.length - filled, chunk.byteLength - offset);
          part.set(chunk.subarray(offset, offset + taken), filled);
          filled += taken;
          offset += taken;
          if (filled === part.length) {
            // Sent before the next byte is read: the part's buffer is reused afterwards.
            await sendPart(part);
            bytes += filled;
            filled = 0;
            if (part.length !== sizeOfPart(etags.length + 1))
              part = Buffer.allocUnsafe(sizeOfPart(etags.length + 1));
          }
        }
      }
      if (uploadId === null) {
        await this.put(key, part.subarray(0, filled), contentType);
        return { bytes: filled, parts: 1 };
      }
      if (filled > 0) {
        await sendPart(part.subarray(0, filled));
        bytes += filled;
      }
      const id: string = uploadId;
      await this.deadline.run(`complete upload of "${key}"`, () =>
        this.client.completeMultipartUpload(this.bucket, key, id, etags),
      );
      return { bytes, parts: etags.length };
    } catch (error) {
      const id = uploadId;
      if (id !== null)
        await this.deadline
          .run(`abort upload of "${key}"`, () => this.client.abortMultipartUpload(this.bucket, key, id))
          .catch(() => {});
      throw error;
    }
  }

  /** The object's bytes; one the store lacks is read from `pending` when it holds it. */
  async get(key: string): Promise<Buffer> {
    try {
      // Reading the body is part of the operation: a server that stalls mid-object times out too.
      return await this.deadline.run(`get "${key}"`, async () => {
        const stream = await this.client.getObject(this.bucket, key);
        const chunks: Buffer[] = [];
        for await (const chunk of stream) chunks.push(chunk as Buffer);
        return Buffer.concat(chunks);
      });
    } catch (error) {
      const pending = this.pending && isNotFound(error) ? await this.pending(key) : null;
      if (pending) return Buffer.from(pending.buffer, pending.byteOffset, pending.byteLength);
      throw error;
    }
  }

  /**
   * Streams the object into a local file (large objects, e.g. uploaded archives, never sit in
   * memory). The idle deadline applies: a store that stops sending fails the call.
   */
  download(key: string, file: string): Promise<void> {
    return this.deadline.run(`download "${key}"`, async () => {
      const stream = await this.client.getObject(this.bucket, key);
      await pipeline(stream, createWriteStream(file));
    });
  }

  /** Returns null when the object does not exist (any other failure throws). */
  stat(key: string): Promise<StoredObjectInfo | null> {
    return this.deadline.run(`stat "${key}"`, async () => {
      try {
        const info = await this.client.statObject(this.bucket, key);
        const contentType = info.metaData['content-type'] as string | undefined;
        return { key, size: info.size, contentType, etag: info.etag };
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
    });
  }

  async exists(key: string): Promise<boolean> {
    return (await this.stat(key)) !== null;
  }

  remove(key: string): Promise<void> {
    return this.deadline.run(`remove "${key}"`, () => this.client.removeObject(this.bucket, key));
  }

  /**
   * Removes every key, a few at a time, and only then fails (with the first error) if any removal
   * did: one object that cannot be removed does not keep the others, and a store that stopped
   * answering costs one idle deadline per batch, not one per object.
   */
  async removeMany(keys: readonly string[]): Promise<void> {
    let failure: { error: unknown } | null = null;
    for (let start = 0; start < keys.length; start += REMOVE_BATCH) {
      const batch = keys.slice(start, start + REMOVE_BATCH);
      const results = await Promise.allSettled(batch.map((key) => this.remove(key)));
      for (const result of results)
        if (result.status === 'rejected' && !failure) failure = { error: result.reason };
    }
    if (failure) throw failure.error;
  }

  copy(fromKey: string, toKey: string): Promise<void> {
    return this.deadline.run(`copy "${fromKey}" to "${toKey}"`, async () => {
      await this.client.copyObject(this.bucket, toKey, `/${this.bucket}/${fromKey}`);
    });
  }

  list(prefix: string): Promise<string[]> {
    return this.deadline.run(`list "${prefix}"`, async () => {
      const keys: string[] = [];
      for await (const item of this.client.listObjectsV2(this.bucket, prefix, true)) {
        if (item.name) keys.push(item.name);
      }
      return keys;
    });
  }

  /**
   * A short-lived GET URL. With `downloadAs`, the response says `attachment` with that file name, so
   * that a browser saves the file instead of navigating to it (the bucket is another origin, where
   * an `<a download>` attribute is ignored).
   */
  presignedGet(key: string, ttlSeconds: number, downloadAs?: string): Promise<string> {
    const headers = downloadAs
      ? { 'response-content-disposition': `attachment; filename="${downloadAs.replace(/["\\\r\n]/g, '_')}"` }
      : undefined;
    return this.client.presignedGetObject(this.bucket, key, ttlSeconds, headers);
  }

  /**
   * A short-lived PUT URL. With `contentLength` the length is part of the signature: the store
   * refuses a body of any other size (presigned-put.ts), so a client cannot store more than it declared.
   */
  presignedPut(key: string, ttlSeconds: number, contentLength?: number): Promise<string> {
    if (contentLength === undefined) return this.client.presignedPutObject(this.bucket, key, ttlSeconds);
    const { endpoint, accessKey, secretKey, region } = this.config;
    return Promise.resolve(
      presignSizedPut({
        endpoint: new URL(endpoint),
        bucket: this.bucket,
        key,
        accessKey,
        secretKey,
        region,
        ttlSeconds,
        contentLength,
      }),
    );
  }
}

function idleTimeoutOf(config: ObjectStoreConfig): number {
  const ms = config.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;
  if (!Number.isFinite(ms) || ms <= 0)
    throw new RangeError(`idleTimeoutMs must be a positive number, got ${ms}`);
  return ms;
}

function isNotFound(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === 'NotFound' || code === 'NoSuchKey';
}

/// <reference path="../../../../packages/embedded/src/s3rver.d.ts" />
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import S3rver from 's3rver';

// s3rver checks signatures against this fixed key pair; it is not a secret.
const KEY = 'S3RVER';

export interface LimitedS3 {
  endpoint: string;
  accessKey: string;
  secretKey: string;
  bucket: string;
  /** The folder whose capacity is limited (put filler files here). */
  root: string;
  /** true: a real tmpfs of `capacityBytes` (writes fail with the kernel's ENOSPC); false: simulated. */
  tmpfs: boolean;
  stop(): Promise<void>;
}

interface S3Object {
  bucket: string;
  key: string;
  content: Buffer | Readable;
  metadata: Record<string, string>;
}
interface FilesystemStore {
  getResourcePath(bucket: string, key: string, kind: string): string;
  putMetadata(bucket: string, key: string, metadata: Record<string, string>, md5: string): Promise<void>;
  putObject(object: S3Object): Promise<{ size: number; md5: string }>;
}

function usedBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? usedBytes(path) : statSync(path).size;
  }
  return total;
}

async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * An S3 server on a disk of `capacityBytes`: a real tmpfs when this process may mount one (root on
 * Linux), else the same limit enforced in the store. s3rver's own putObject does not handle write
 * errors (an ENOSPC is an unhandled stream error that kills the process), so writes go through a
 * version that fails the request with a 500 InternalError and removes the partial files - which
 * is what MinIO does on a full disk (XMinioStorageFull).
 */
export async function startLimitedS3(o: {
  directory: string;
  port: number;
  bucket: string;
  capacityBytes: number;
}): Promise<LimitedS3> {
  const root = o.directory;
  mkdirSync(root, { recursive: true });
  const tmpfs =
    process.platform === 'linux' &&
    process.getuid?.() === 0 &&
    !process.env.HEP2_TEST_NO_TMPFS &&
    spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${o.capacityBytes}`, 'tmpfs', root]).status === 0;
  const server = new S3rver({
    address: '127.0.0.1',
    port: o.port,
    directory: join(root, 's3'),
    silent: true,
    configureBuckets: [{ name: o.bucket }],
  });
  let inFlight = 0;
  const store = (server as unknown as { store: FilesystemStore }).store;
  store.putObject = async function putObject(object: S3Object) {
    const content = Buffer.isBuffer(object.content) ? object.content : await collect(object.content);
    const paths = ['object', 'object.md5', 'metadata.json'].map((kind) =>
      this.getResourcePath(object.bucket, object.key, kind),
    );
    // Concurrent writes count against the limit before they land (as blocks allocated on a disk).
    if (!tmpfs && usedBytes(root) + inFlight + content.length > o.capacityBytes) {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    }
    inFlight += content.length;
    try {
      await mkdir(dirname(paths[0] as string), { recursive: true });
      await writeFile(paths[0] as string, content);
      const md5 = createHash('md5').update(content).digest('hex');
      await this.putMetadata(object.bucket, object.key, object.metadata, md5);
      return { size: content.length, md5 };
    } catch (error) {
      for (const path of paths) await rm(path, { force: true });
      throw error;
    } finally {
      inFlight -= content.length;
    }
  };
  const address = await server.run();
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    accessKey: KEY,
    secretKey: KEY,
    bucket: o.bucket,
    root,
    tmpfs,
    stop: async () => {
      await server.close();
      if (tmpfs) spawnSync('umount', ['-l', root]);
      rmSync(root, { recursive: true, force: true });
    },
  };
}

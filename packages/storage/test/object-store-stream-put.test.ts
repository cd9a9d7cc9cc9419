/**
 * putStream stores a stream of unknown length (an export's zip as it is written) on the embedded S3
 * server: one PUT when it fits a part, else a multipart upload read one part at a time. A stream
 * that fails part-way leaves nothing under its key.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EmbeddedS3, startEmbeddedS3 } from '@hep2/embedded';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ObjectStore } from '../src';

const PART = 64 * 1024;

/** `count` chunks of `size` bytes with varied content; `pulled` says how many the reader took. */
function source(count: number, size: number, failAt?: number) {
  const state = { pulled: 0 };
  async function* chunks(): AsyncIterable<Uint8Array> {
    for (let i = 0; i < count; i += 1) {
      if (i === failAt) throw new Error('the writer failed');
      state.pulled += 1;
      const chunk = new Uint8Array(size);
      for (let b = 0; b < size; b += 1) chunk[b] = (i * 31 + b) % 251;
      yield chunk;
    }
  }
  return { chunks: chunks(), state };
}

async function expected(count: number, size: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of source(count, size).chunks) parts.push(Buffer.from(chunk));
  return Buffer.concat(parts);
}

const md5 = (b: Uint8Array) => createHash('md5').update(b).digest('hex');

describe('putStream on the embedded S3 server', () => {
  const directory = mkdtempSync(join(tmpdir(), 'hep2-stream-s3-'));
  let s3: EmbeddedS3;
  let store: ObjectStore;

  beforeAll(async () => {
    s3 = await startEmbeddedS3({ directory, port: 0, bucket: 'hep2-stream' });
    store = new ObjectStore({ ...s3, region: 'us-east-1' });
    await store.ensureBucket();
  });
  afterAll(async () => {
    await s3?.stop();
    rmSync(directory, { recursive: true, force: true });
  });

  it('uploads a long stream in parts, each part sent before the next is read', async () => {
    // 3.5 parts of 64 KiB, in odd-sized chunks that straddle part boundaries.
    const { chunks, state } = source(56, 4 * 1024 + 7);
    const stored = await store.putStream('streams/long.zip', chunks, 'application/zip', { partBytes: PART });
    const want = await expected(56, 4 * 1024 + 7);
    expect(stored).toEqual({ bytes: want.length, parts: Math.ceil(want.length / PART) });
    expect(state.pulled).toBe(56);
    const got = await store.get('streams/long.zip');
    expect(md5(got)).toBe(md5(want));
    expect((await store.stat('streams/long.zip'))?.contentType).toBe('application/zip');
  });

  it('reads no further than the part being filled before the store took the previous ones', async () => {
    // The server's own record of the parts it stored: one `<n>.md5` file per part, written before
    // it answers the part's request.
    const uploads = join(directory, 'hep2-stream', '._S3rver_uploads');
    const partsStored = () =>
      existsSync(uploads)
        ? readdirSync(uploads).flatMap((id) =>
            readdirSync(join(uploads, id)).filter((f) => f.endsWith('.md5')),
          ).length
        : 0;
    const chunk = 16 * 1024;
    let readAhead = 0;
    const watched: AsyncIterable<Uint8Array> = {
      async *[Symbol.asyncIterator]() {
        for (let i = 0; i < 40; i += 1) {
          readAhead = Math.max(readAhead, (i + 1) * chunk - partsStored() * PART);
          yield new Uint8Array(chunk).fill(i);
        }
      },
    };
    const stored = await store.putStream('streams/bounded.bin', watched, undefined, { partBytes: PART });
    expect(stored).toEqual({ bytes: 40 * chunk, parts: 10 });
    // Never more than one part (plus the chunk being read) ahead of what the store holds.
    expect(readAhead).toBeLessThanOrEqual(PART + chunk);
    expect(readAhead).toBeGreaterThan(PART / 2);
  });

  it('sends a stream shorter than a part as one PUT, and an empty one as an empty object', async () => {
    const short = await store.putStream('streams/short.csv', source(3, 100).chunks, 'text/csv', {
      partBytes: PART,
    });
    expect(short).toEqual({ bytes: 300, parts: 1 });
    expect(md5(await store.get('streams/short.csv'))).toBe(md5(await expected(3, 100)));
    const empty = await store.putStream('streams/empty.bin', source(0, 1).chunks);
    expect(empty).toEqual({ bytes: 0, parts: 1 });
    expect((await store.stat('streams/empty.bin'))?.size).toBe(0);
  });

  it('stores nothing under the key when the stream fails after some parts were sent', async () => {
    const { chunks } = source(40, 4096, 30);
    await expect(
      store.putStream('streams/failed.zip', chunks, undefined, { partBytes: PART }),
    ).rejects.toThrow('the writer failed');
    expect(await store.exists('streams/failed.zip')).toBe(false);
    const { chunks: early } = source(4, 4096, 2);
    await expect(store.putStream('streams/failed-early.zip', early)).rejects.toThrow('the writer failed');
    expect(await store.exists('streams/failed-early.zip')).toBe(false);
  });
});

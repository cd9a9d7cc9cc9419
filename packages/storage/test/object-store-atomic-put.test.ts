/**
 * A PUT on the embedded S3 server is atomic for readers, as on MinIO and S3: a GET during the upload
 * finds no object or the whole of it. s3rver alone writes the object in place, and a GET in the
 * window answered 200 with the bytes written so far (an empty PNG reached a clean CI run's e2e test,
 * which read a mask the API uploads just after its commit).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EmbeddedS3, startEmbeddedS3 } from '@hep2/embedded';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ObjectStore } from '../src';

const READERS = 8;

describe('put on the embedded S3 server, read while it runs', () => {
  const directory = mkdtempSync(join(tmpdir(), 'hep2-atomic-s3-'));
  let s3: EmbeddedS3;
  let store: ObjectStore;

  beforeAll(async () => {
    s3 = await startEmbeddedS3({ directory, port: 0, bucket: 'hep2-atomic' });
    store = new ObjectStore({ ...s3, region: 'us-east-1' });
    await store.ensureBucket();
  });
  afterAll(async () => {
    await s3?.stop();
    rmSync(directory, { recursive: true, force: true });
  });

  /** Reads `url` until `done()`, from several clients at once; returns each 200's body length. */
  async function readWhile(url: string, done: () => boolean): Promise<number[]> {
    const lengths: number[] = [];
    const reader = async () => {
      while (!done()) {
        const response = await fetch(url);
        const bytes = await response.arrayBuffer();
        if (response.ok) lengths.push(bytes.byteLength);
      }
    };
    await Promise.all(Array.from({ length: READERS }, reader));
    return lengths;
  }

  it('never answers a partial object: each read finds nothing or every byte', async () => {
    const body = Buffer.alloc(64 * 1024, 7);
    const answered: number[] = [];
    for (let i = 0; i < 40; i += 1) {
      const key = `objects/${i}.bin`;
      const url = await store.presignedGet(key, 60);
      let done = false;
      const upload = store.put(key, body, 'application/octet-stream').finally(() => {
        done = true;
      });
      answered.push(...(await readWhile(url, () => done)));
      await upload;
      expect((await store.get(key)).equals(body)).toBe(true);
    }
    expect(answered.length).toBeGreaterThan(0);
    expect(answered.filter((length) => length !== body.length)).toEqual([]);
  });
});

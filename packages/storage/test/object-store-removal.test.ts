/**
 * Removing many objects that share folders, on the embedded S3 server: each removal answers at once.
 * The server tidies empty folders after a delete; concurrent deletes of siblings raced in that
 * clean-up and answered 500, which the client retried once (a pause, and a failure if it recurred).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EmbeddedS3, startEmbeddedS3 } from '@hep2/embedded';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ObjectStore } from '../src';

describe('removeMany on the embedded S3 server', () => {
  const directory = mkdtempSync(join(tmpdir(), 'hep2-removal-s3-'));
  let s3: EmbeddedS3;
  let store: ObjectStore;

  beforeAll(async () => {
    s3 = await startEmbeddedS3({ directory, port: 0, bucket: 'hep2-removal' });
    store = new ObjectStore({ ...s3, region: 'us-east-1' });
    await store.ensureBucket();
  });
  afterAll(async () => {
    await s3?.stop();
    rmSync(directory, { recursive: true, force: true });
  });

  it('removes sibling objects concurrently without a server error or a retry', async () => {
    const keys = Array.from({ length: 12 }, (_, s) =>
      ['image.png', 'mask.png', 'patches/0.png', 'patches/1.png'].map(
        (f) => `datasets/d/specimens/${s}/${f}`,
      ),
    ).flat();
    for (const key of keys) await store.put(key, Buffer.from(key), 'image/png');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      await store.removeMany(keys);
      const retries = warn.mock.calls.filter((args) => /Retrying request/.test(String(args[0])));
      expect(retries).toEqual([]);
    } finally {
      warn.mockRestore();
    }
    expect(await store.list('datasets/')).toEqual([]);
  });
});

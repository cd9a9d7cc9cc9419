/**
 * A real S3 server (the embedded one, in its own process) frozen with SIGSTOP: every operation fails
 * with ObjectStoreTimeoutError instead of hanging, and after SIGCONT the same ObjectStore works again.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EmbeddedS3Process, startEmbeddedS3Process } from '@hep2/embedded';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ObjectStore, ObjectStoreTimeoutError } from '../src';
import { everyOperation } from './support/every-operation';
import { timed } from './support/timed';

const IDLE_MS = 400;

describe('object store whose server is frozen', () => {
  const directory = mkdtempSync(join(tmpdir(), 'hep2-frozen-s3-'));
  let s3: EmbeddedS3Process;
  let store: ObjectStore;

  beforeAll(async () => {
    s3 = await startEmbeddedS3Process({ directory, port: 0, bucket: 'hep2-frozen' });
    store = new ObjectStore({ ...s3, region: 'us-east-1', idleTimeoutMs: IDLE_MS });
  });
  afterAll(async () => {
    await s3?.stop();
    rmSync(directory, { recursive: true, force: true });
  });

  it('times every operation out while frozen, and serves again on SIGCONT', async () => {
    await store.ensureBucket();
    const kept = Buffer.from('a specimen image stored before the freeze');
    await store.put('kept/specimen.png', kept, 'image/png');
    await store.put('frozen/a.png', Buffer.from('x'), 'image/png');

    s3.process.kill('SIGSTOP');
    try {
      const operations = Object.entries(everyOperation(store, 'frozen/'));
      const results = await Promise.all(operations.map(([, call]) => timed(call)));
      for (const [i, [name]] of operations.entries()) {
        expect(results[i]!.error, name).toBeInstanceOf(ObjectStoreTimeoutError);
        // A bound for "did not hang" (the SDK's own socket timeout is minutes), not a speed check:
        // a loaded machine may take seconds past IDLE_MS to run the timer.
        expect(results[i]!.ms, name).toBeLessThan(IDLE_MS + 20_000);
      }
    } finally {
      s3.process.kill('SIGCONT');
    }

    // The same instance: no poisoned connection pool, no stuck state.
    await store.ping();
    expect(await store.get('kept/specimen.png')).toEqual(kept);
    await store.put('kept/after.png', Buffer.from('after'), 'image/png');
    expect(await store.stat('kept/after.png')).toMatchObject({ size: 5, contentType: 'image/png' });
    expect(await store.list('kept/')).toEqual(['kept/after.png', 'kept/specimen.png']);
    await store.remove('kept/after.png');
    expect(await store.exists('kept/after.png')).toBe(false);
  });
});

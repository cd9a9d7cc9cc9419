/**
 * The object store frozen (its process stopped with SIGSTOP: accepts connections, answers nothing)
 * during a submit: the submit is refused within the idle deadline with STORAGE_UNAVAILABLE instead
 * of hanging, nothing is half-written, and the same submit succeeds once the store runs again.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EmbeddedS3Process, startEmbeddedS3Process } from '@hep2/embedded';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftAwaitingSubmit } from './support/draft-awaiting-submit';
import { gql, startTestApi, type TestApi } from './support/test-api';
import { SUBMIT } from './support/workflow-fixtures';

const IDLE_MS = 1000;

describe('object store frozen during a submit', () => {
  const directory = mkdtempSync(join(tmpdir(), 'hep2-frozen-s3-'));
  let s3: EmbeddedS3Process;
  let api: TestApi;

  beforeAll(async () => {
    s3 = await startEmbeddedS3Process({ directory, port: 0, bucket: 'hep2-frozen' });
    api = await startTestApi({
      S3_ENDPOINT: s3.endpoint,
      S3_ACCESS_KEY: s3.accessKey,
      S3_SECRET_KEY: s3.secretKey,
      S3_BUCKET: s3.bucket,
      S3_IDLE_TIMEOUT_MS: String(IDLE_MS),
    });
  });
  afterAll(async () => {
    await api?.stop();
    await s3?.stop();
    rmSync(directory, { recursive: true, force: true });
  });

  it('refuses with STORAGE_UNAVAILABLE within the deadline, writes nothing, and the retry succeeds', async () => {
    const { annotator, submit, snapshot } = await draftAwaitingSubmit(api);
    const before = await snapshot();

    s3.process.kill('SIGSTOP');
    let refused: Awaited<ReturnType<typeof gql>>;
    const started = Date.now();
    try {
      refused = await gql(api.url, SUBMIT, { i: submit }, annotator.token);
    } finally {
      s3.process.kill('SIGCONT');
    }
    expect(Date.now() - started).toBeLessThan(IDLE_MS + 3000);
    expect(refused.data).toBeNull();
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'STORAGE_UNAVAILABLE',
      status: 503,
      cause: 'OBJECT_STORE_TIMEOUT',
    });
    expect(refused.errors?.[0]?.message).toMatch(/object store is unavailable \(it did not answer for 1 s\)/);
    expect(await snapshot()).toEqual(before);

    const retried = await gql<{ submitAnnotation: { version: number; status: string; maskArea: number } }>(
      api.url,
      SUBMIT,
      { i: submit },
      annotator.token,
    );
    expect(retried.errors).toBeUndefined();
    expect(retried.data?.submitAnnotation).toMatchObject({ version: 2, status: 'SUBMITTED', maskArea: 30 });
    const after = await snapshot();
    expect(after.annotation.maskKey).not.toBe(before.annotation.maskKey);
    expect(await api.services.store.exists(after.annotation.maskKey!)).toBe(true);
    expect(await api.services.store.exists(before.annotation.maskKey!)).toBe(true);
  });
});

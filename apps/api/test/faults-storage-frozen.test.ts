/**
 * The object store frozen (its process stopped with SIGSTOP: accepts connections, answers nothing)
 * during a submit: the submit answers without waiting for it (the mask commits to the PendingObject
 * outbox), the upload after the commit fails at its idle deadline instead of hanging, and the sweep
 * uploads the mask once the store runs again.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EmbeddedS3Process, startEmbeddedS3Process } from '@hep2/embedded';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pendingUploadsSettled, uploadPendingObjects, uploadsInFlight } from '../src/shared/pending-objects';
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

  it('answers the submit without waiting for the store; the upload times out, later saves leave theirs to the sweep, which uploads them all', async () => {
    const { annotator, submit, snapshot } = await draftAwaitingSubmit(api);
    await pendingUploadsSettled(api.db);
    const before = await snapshot();

    s3.process.kill('SIGSTOP');
    let maskKey: string;
    let nextDraftKey: string;
    try {
      const accepted = await gql<{ submitAnnotation: { version: number; status: string; maskArea: number } }>(
        api.url,
        SUBMIT,
        { i: submit },
        annotator.token,
      );
      expect(accepted.errors).toBeUndefined();
      expect(accepted.data?.submitAnnotation).toMatchObject({
        version: 2,
        status: 'SUBMITTED',
        maskArea: 30,
      });
      maskKey = (await snapshot()).annotation.maskKey!;
      // the upload after the commit hangs on the frozen store until its idle deadline ends it
      await pendingUploadsSettled(api.db);
      expect(await api.db.pendingObject.count({ where: { key: maskKey } })).toBe(1);
      // after that failure, saves leave their masks to the sweep instead of opening a connection
      // each to a store that does not answer
      const next = await draftAwaitingSubmit(api);
      expect(uploadsInFlight(api.db)).toBe(0);
      nextDraftKey = (await next.snapshot()).annotation.maskKey!;
      expect(await api.db.pendingObject.count({ where: { key: nextDraftKey } })).toBe(1);
    } finally {
      s3.process.kill('SIGCONT');
    }
    expect(maskKey).not.toBe(before.annotation.maskKey);
    for (const key of [maskKey, nextDraftKey]) {
      const sweep = { olderThanMs: 0, prefix: `${key.split('/annotations/')[0]}/` };
      expect(await uploadPendingObjects(api.db, api.services.store, sweep)).toEqual({
        uploaded: 1,
        failed: 0,
      });
      expect(await api.db.pendingObject.count({ where: { key } })).toBe(0);
      expect(await api.services.store.exists(key)).toBe(true);
    }
    expect(await api.services.store.exists(before.annotation.maskKey!)).toBe(true);
  });
});

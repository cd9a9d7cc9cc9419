import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort, startEmbeddedS3 } from '@hep2/embedded';
import { startTestApi, type TestApi } from './test-api';

/**
 * A test API whose object store runs in this test process. The harness's embedded S3 lives in the
 * `npm test` parent, whose event loop is blocked while vitest runs (spawnSync), so object writes to
 * it hang; workflow tests store masks and need a store that answers.
 */
export async function startWorkflowTestApi(overrides: Record<string, string> = {}): Promise<TestApi> {
  const directory = mkdtempSync(join(tmpdir(), 'hep2-wf-s3-'));
  const s3 = await startEmbeddedS3({ directory, port: await findFreePort(), bucket: 'hep2-wf' });
  const api = await startTestApi({
    S3_ENDPOINT: s3.endpoint,
    S3_ACCESS_KEY: s3.accessKey,
    S3_SECRET_KEY: s3.secretKey,
    S3_BUCKET: s3.bucket,
    ...overrides,
  });
  return {
    ...api,
    stop: async () => {
      await api.stop();
      await s3.stop();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

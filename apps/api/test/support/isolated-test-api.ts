import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyMigrations, createScratchDatabase, prismaMigrationsDir } from '@hep2/db';
import { findFreePort, startEmbeddedS3 } from '@hep2/embedded';
import type { ApiConfig } from '../../src/config';
import { startTestApi, type TestApi } from './test-api';

/**
 * A test API with a database and an object store of its own: other test files running at the same
 * time write to the shared database, so only an isolated one lets a test say "this call wrote nothing".
 */
export async function startIsolatedTestApi(
  overrides: Partial<Record<keyof ApiConfig, string>> = {},
): Promise<TestApi> {
  const baseUrl = process.env.DATABASE_URL;
  if (!baseUrl) throw new Error('DATABASE_URL is not set (run through npm test)');
  const database = await createScratchDatabase(baseUrl, 'hep2_isolated');
  await applyMigrations(database.url, prismaMigrationsDir);
  const directory = mkdtempSync(join(tmpdir(), 'hep2-isolated-s3-'));
  const s3 = await startEmbeddedS3({ directory, port: await findFreePort(), bucket: 'hep2-isolated' });
  const api = await startTestApi({
    DATABASE_URL: database.url,
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
      await database.drop();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

import { applyMigrations, createScratchDatabase, prismaMigrationsDir } from '@hep2/db';
import type { ApiConfig } from '../../src/config';
import type { TestApi } from './test-api';
import { startWorkflowTestApi } from './workflow-test-api';

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
  // Its object store runs in this process too, as the workflow tests' does.
  const api = await startWorkflowTestApi({ DATABASE_URL: database.url, ...overrides });
  return {
    ...api,
    stop: async () => {
      await api.stop();
      await database.drop();
    },
  };
}

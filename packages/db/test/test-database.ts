import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { prismaSchemaPath } from '../src/migrations/repo-paths';
import { createScratchDatabase, type ScratchDatabase } from '../src/migrations/scratch-database';

// `npm test` provides DATABASE_URL (embedded Postgres, or the configured one); scratch databases are
// created on that server. TEST_DATABASE_URL overrides it for running this package's tests alone.
const configured = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
if (!configured)
  throw new Error('DATABASE_URL is not set: run these tests through `npm test -- packages/db`');
export const serverUrl: string = configured;

export {
  prismaMigrationsDir as realMigrationsDir,
  prismaSchemaPath as realSchemaPath,
} from '../src/migrations/repo-paths';

/** Runs `fn` against a fresh database and always drops it. */
export async function withScratchDatabase<T>(fn: (db: ScratchDatabase) => Promise<T>): Promise<T> {
  const db = await createScratchDatabase(serverUrl, 'hep2_test');
  try {
    return await fn(db);
  } finally {
    await db.drop();
  }
}

/** A temporary copy of prisma/ (schema + migrations) that a test may edit freely. */
export async function withPrismaCopy<T>(
  fn: (dir: { schemaPath: string; migrationsDir: string }) => Promise<T>,
): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'hep2-prisma-'));
  try {
    await cp(path.dirname(prismaSchemaPath), dir, { recursive: true });
    return await fn({
      schemaPath: path.join(dir, 'schema.prisma'),
      migrationsDir: path.join(dir, 'migrations'),
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The database and object store `npm test` started (DATABASE_URL, S3_*), as the tests of the
 * trainer and of the packages that read them use them (test code only).
 */
import { createDb, type Db } from '@hep2/db';
import { ObjectStore } from '@hep2/storage';
import { afterAll, beforeAll } from 'vitest';

export interface TestServices {
  db: Db;
  store: ObjectStore;
}

export function testServices(): TestServices {
  const env = process.env;
  if (!env.DATABASE_URL || !env.S3_ENDPOINT)
    throw new Error('run through `npm test` (it starts Postgres and S3)');
  return {
    db: createDb({ connectionString: env.DATABASE_URL, poolSize: 4 }),
    store: new ObjectStore({
      endpoint: env.S3_ENDPOINT,
      accessKey: env.S3_ACCESS_KEY ?? '',
      secretKey: env.S3_SECRET_KEY ?? '',
      bucket: env.S3_BUCKET ?? 'hep2-test',
      region: env.S3_REGION ?? 'us-east-1',
    }),
  };
}

/**
 * testServices for one test file, called at its top level: the database is let go after the
 * file's tests; `wasm` also starts TensorFlow.js on its WASM backend before them.
 */
export function useTestServices(options: { wasm?: boolean } = {}): TestServices {
  const services = testServices();
  if (options.wasm)
    beforeAll(async () => {
      const { initBackend } = await import('@hep2/model');
      await initBackend({ order: ['wasm'], log: () => {} });
    });
  afterAll(async () => {
    await services.db.$disconnect();
  });
  return services;
}

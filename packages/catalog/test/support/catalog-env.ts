import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDb, type Db } from '@hep2/db';
import { ObjectStore } from '@hep2/storage';
import { afterAll, beforeAll } from 'vitest';
import { type CreateDatasetInput, createDataset } from '../../src';

export interface CatalogEnv {
  db: Db;
  store: ObjectStore;
  close: () => Promise<void>;
}

/** The Postgres and S3 server `npm test` provides (DATABASE_URL / S3_*). */
export async function openCatalogEnv(): Promise<CatalogEnv> {
  const url = process.env.DATABASE_URL;
  const endpoint = process.env.S3_ENDPOINT;
  if (!url || !endpoint) throw new Error('run through `npm test`: DATABASE_URL and S3_ENDPOINT are unset');
  const db = createDb({ connectionString: url, poolSize: 4 });
  const store = new ObjectStore({
    endpoint,
    accessKey: process.env.S3_ACCESS_KEY ?? '',
    secretKey: process.env.S3_SECRET_KEY ?? '',
    bucket: process.env.S3_BUCKET ?? 'hep2-test',
    region: process.env.S3_REGION ?? 'us-east-1',
  });
  await store.ensureBucket();
  return { db, store, close: () => db.$disconnect() };
}

/** A dataset of the test's own (unique slug). */
export async function testDataset(db: Db, label: string, extra: Partial<CreateDatasetInput> = {}) {
  const tag = randomUUID().slice(0, 8);
  return createDataset(db, { slug: `${label}-${tag}`, name: `${label} ${tag}`, ...extra });
}

export async function scratchDir(label: string): Promise<string> {
  const root = process.env.HEP2_TEST_SCRATCH ?? tmpdir();
  return mkdtemp(path.join(root, `${label}-`));
}

/** Rows and objects of a dataset, to prove an import changed nothing. */
export async function datasetFootprint(env: CatalogEnv, datasetId: string) {
  const [specimens, patches, annotations, keys] = await Promise.all([
    env.db.specimen.count({ where: { datasetId } }),
    env.db.patch.count({ where: { datasetId } }),
    env.db.annotation.count({ where: { patch: { datasetId } } }),
    env.store.list(`datasets/${datasetId}/`),
  ]);
  return { specimens, patches, annotations, keys: keys.sort() };
}

/**
 * Opens the environment before the tests of the enclosing file or describe block and closes it after
 * them; the object returned is filled in by then, so tests read `env.db` and `env.store` as usual.
 */
export function useCatalogEnv(): CatalogEnv {
  const env = {} as CatalogEnv;
  beforeAll(async () => {
    Object.assign(env, await openCatalogEnv());
  });
  afterAll(() => env.close?.());
  return env;
}

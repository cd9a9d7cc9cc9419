/**
 * Background imports survive the death of the process running them: the job is on a durable
 * pg-boss queue; the worker is killed with SIGKILL mid-import (objects already written, nothing
 * committed); another process retries it to completion, or, with no retries left, the job ends
 * FAILED with the reason. Either way: no orphan objects in the bucket, no partial rows.
 */
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeDatasetFolder } from '@hep2/data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedInUser, gql, startTestApi, type TestApi, type TestUser } from './support/test-api';
import { waitFor, workerChildren } from './support/worker-children';

const QUEUE = `import-durable-${randomUUID().slice(0, 8)}`;
/** Fast dead-worker detection: pg-boss's minimum heartbeat, a supervisor pass every second. */
const QUEUE_ENV = { IMPORT_QUEUE: QUEUE, IMPORT_HEARTBEAT_SECONDS: '10', IMPORT_SUPERVISE_SECONDS: '1' };
const SPECIMENS = 24;
const workers = workerChildren(QUEUE_ENV);

let withRetries: TestApi;
let noRetries: TestApi;
let admin: TestUser;

async function startImport(api: TestApi): Promise<{ datasetId: string; jobId: string }> {
  const created = await gql<{ createDataset: { id: string } }>(
    api.url,
    'mutation($s:String!,$n:String!){createDataset(slug:$s,name:$n){id}}',
    { s: `durable-${randomUUID().slice(0, 8)}`, n: 'Durable import' },
    admin.token,
  );
  const datasetId = created.data?.createDataset.id as string;
  const dir = await mkdtemp(path.join(process.env.HEP2_TEST_SCRATCH ?? tmpdir(), 'durable-import-'));
  await writeDatasetFolder(
    dir,
    { seed: `durable-${datasetId}`, specimens: SPECIMENS, width: 420, height: 400, cellCount: 10 },
    { layout: 'seed-csv' },
  );
  const started = await gql<{ startImport: { id: string; status: string } }>(
    api.url,
    'mutation($d:ID!,$p:String!){startImport(datasetId:$d,serverPath:$p){id status}}',
    { d: datasetId, p: dir },
    admin.token,
  );
  expect(started.errors).toBeUndefined();
  return { datasetId, jobId: started.data?.startImport.id as string };
}

/** Kills the worker with SIGKILL once the import has written objects but committed nothing. */
async function killMidImport(api: TestApi, victim: ChildProcess, datasetId: string, jobId: string) {
  const journalled = await waitFor('objects written by the import', async () => {
    const n = await api.db.importJobObject.count({ where: { jobId } });
    return n >= 10 ? n : null;
  });
  await workers.kill(victim);
  const killedAt = Date.now();
  // The dead attempt left objects behind and no rows.
  expect(journalled).toBeGreaterThan(0);
  expect((await api.services.store.list(`datasets/${datasetId}/`)).length).toBeGreaterThan(0);
  expect(await api.db.specimen.count({ where: { datasetId } })).toBe(0);
  const job = await api.db.importJob.findUniqueOrThrow({ where: { id: jobId } });
  expect(job.status).toBe('RUNNING');
  return killedAt;
}

async function finished(api: TestApi, jobId: string) {
  return waitFor('the import to end', async () => {
    const job = await api.db.importJob.findUniqueOrThrow({ where: { id: jobId } });
    return job.status === 'SUCCEEDED' || job.status === 'FAILED' ? job : null;
  });
}

/** Every object under the dataset's prefix is referenced by a committed specimen or patch row. */
async function objectsAndReferences(api: TestApi, datasetId: string) {
  const stored = (await api.services.store.list(`datasets/${datasetId}/`)).sort();
  const [specimens, patches] = await Promise.all([
    api.db.specimen.findMany({ where: { datasetId }, select: { imageKey: true, maskKey: true } }),
    api.db.patch.findMany({ where: { datasetId }, select: { imageKey: true, maskKey: true } }),
  ]);
  const referenced = [...specimens, ...patches]
    .flatMap((r) => [r.imageKey, r.maskKey])
    .filter((k): k is string => !!k);
  return { stored, referenced: [...new Set(referenced)].sort() };
}

beforeAll(async () => {
  // These APIs only enqueue: the children run the workers, so the test knows whom to kill.
  withRetries = await startTestApi({ ...QUEUE_ENV, IMPORT_WORKER: 'false', IMPORT_RETRY_LIMIT: '2' });
  noRetries = await startTestApi({ ...QUEUE_ENV, IMPORT_WORKER: 'false', IMPORT_RETRY_LIMIT: '0' });
  admin = await createSignedInUser(withRetries, 'ADMIN');
});

afterAll(async () => {
  await workers.stopAll();
  await withRetries?.stop();
  await noRetries?.stop();
});

describe('durable imports', () => {
  it('kill -9 mid-import: another process retries it to completion, no orphans, no partial rows', {
    timeout: 180_000,
  }, async () => {
    const victim = await workers.start('victim');
    const { datasetId, jobId } = await startImport(withRetries);
    const killedAt = await killMidImport(withRetries, victim, datasetId, jobId);
    const survivor = await workers.start('survivor');
    const job = await finished(withRetries, jobId);
    console.log(
      `import retried and finished ${((Date.now() - killedAt) / 1000).toFixed(1)} s after the kill`,
    );
    expect(job).toMatchObject({ status: 'SUCCEEDED', attempts: 2, importedRows: SPECIMENS, error: null });
    expect(await withRetries.db.specimen.count({ where: { datasetId } })).toBe(SPECIMENS);
    expect(await withRetries.db.patch.count({ where: { datasetId } })).toBe(SPECIMENS * 4);
    const { stored, referenced } = await objectsAndReferences(withRetries, datasetId);
    expect(stored).toEqual(referenced);
    expect(await withRetries.db.importJobObject.count({ where: { jobId } })).toBe(0);
    await workers.stop(survivor);
  });

  it('kill -9 with no retries left: the job ends FAILED with the reason, nothing left behind', {
    timeout: 180_000,
  }, async () => {
    const victim = await workers.start('victim-2');
    const { datasetId, jobId } = await startImport(noRetries);
    const killedAt = await killMidImport(noRetries, victim, datasetId, jobId);
    // Someone must be there to hear the dead letter: any process running the import workers.
    const bystander = await workers.start('bystander');
    const job = await finished(noRetries, jobId);
    console.log(`abandoned import failed ${((Date.now() - killedAt) / 1000).toFixed(1)} s after the kill`);
    expect(job.status).toBe('FAILED');
    expect(job.importedRows).toBe(0);
    expect(job.error).toMatch(/^import abandoned: the process running it stopped 1 time\(s\)/);
    expect(job.error).toMatch(/object\(s\) it had written were removed/);
    expect(await noRetries.db.specimen.count({ where: { datasetId } })).toBe(0);
    expect(await noRetries.db.patch.count({ where: { datasetId } })).toBe(0);
    expect(await noRetries.services.store.list(`datasets/${datasetId}/`)).toEqual([]);
    expect(await noRetries.db.importJobObject.count({ where: { jobId } })).toBe(0);
    await workers.stop(bystander);
  });
});

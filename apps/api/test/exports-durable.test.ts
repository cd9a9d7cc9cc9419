/**
 * Background exports survive the death of the process making them: the job is on the durable
 * queue; the worker is killed with SIGKILL mid-archive; another process makes it again from the
 * start and records its own archive, and nothing the dead attempt began is left in the bucket.
 */
import { randomUUID } from 'node:crypto';
import { readZip } from '@hep2/catalog';
import { objectKeys } from '@hep2/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedExportDataset } from './support/export-fixtures';
import { createSignedInUser, gql, startTestApi, type TestApi, type TestUser } from './support/test-api';
import { waitFor, workerChildren } from './support/worker-children';

/** Fast dead-worker detection: pg-boss's minimum heartbeat, a supervisor pass every second. */
const QUEUE_ENV = {
  EXPORT_QUEUE: `export-durable-${randomUUID().slice(0, 8)}`,
  EXPORT_HEARTBEAT_SECONDS: '10',
  IMPORT_SUPERVISE_SECONDS: '1',
  IMPORT_WORKER: 'false',
  WEBHOOK_WORKER: 'false',
};
const workers = workerChildren(QUEUE_ENV);

let api: TestApi;
let curator: TestUser;

beforeAll(async () => {
  // This API only enqueues: the children run the workers, so the test knows whom to kill.
  api = await startTestApi({ ...QUEUE_ENV, EXPORT_WORKER: 'false' });
  curator = await createSignedInUser(api, 'CURATOR');
});

afterAll(async () => {
  await workers.stopAll();
  await api?.stop();
});

describe('durable exports', () => {
  it('kill -9 mid-archive: another process makes it again and keeps only its own archive', {
    timeout: 180_000,
  }, async () => {
    const seeded = await seedExportDataset(api.db, api.services.store, {
      patches: 800,
      specimens: 8,
      submittedEvery: 1000,
    });
    const victim = await workers.start('victim');
    const started = await gql<{ startExport: { id: string } }>(
      api.url,
      'mutation($d:ID!){startExport(datasetId:$d,format:SEED_CSV){id}}',
      { d: seeded.datasetId },
      curator.token,
    );
    const jobId = started.data!.startExport.id;
    const row = () => api.db.exportJob.findUniqueOrThrow({ where: { id: jobId } });
    // Killed once it has written part of the archive (progress is on the row).
    await waitFor('the archive under way', async () => ((await row()).progressDone >= 20 ? true : null));
    await workers.kill(victim);
    const killedAt = Date.now();
    expect(await row()).toMatchObject({ status: 'RUNNING', attempts: 1, archiveKey: null });

    const survivor = await workers.start('survivor');
    const job = await waitFor('the export to end', async () => {
      const j = await row();
      return j.status === 'SUCCEEDED' || j.status === 'FAILED' ? j : null;
    });
    console.log(
      `export made again and finished ${((Date.now() - killedAt) / 1000).toFixed(1)} s after the kill`,
    );
    expect(job).toMatchObject({ status: 'SUCCEEDED', attempts: 2, items: 800, files: 1602, error: null });
    expect(job.archiveKey).toBe(objectKeys.exportArchive(seeded.datasetId, jobId, 2));
    expect(await api.services.store.list(objectKeys.exportJob(seeded.datasetId, jobId))).toEqual([
      job.archiveKey,
    ]);
    const zip = await readZip(await api.services.store.get(job.archiveKey!));
    expect(zip.size).toBe(1602);
    expect(zip.get('dataset.csv')!.toString('utf8').trim().split('\n')).toHaveLength(800);
    await workers.stop(survivor);
  });
});

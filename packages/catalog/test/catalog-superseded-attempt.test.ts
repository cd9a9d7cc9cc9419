import { writeDatasetFolder } from '@hep2/data';
import { describe, expect, it } from 'vitest';
import { createImportJob, importFolder } from '../src';
import { datasetFootprint, scratchDir, testDataset, useCatalogEnv } from './support/catalog-env';

const env = useCatalogEnv();

/*
 * A durable queue may hand a job to a second attempt while the first is only stalled (a long pause,
 * not a death). When the first wakes up, the job's outcome is already decided: it must neither
 * commit its rows nor overwrite the outcome, and it takes its own objects back.
 */
describe('an import attempt whose job was finished meanwhile', () => {
  it('commits nothing, leaves the outcome alone and removes what it wrote', async () => {
    const dir = await scratchDir('superseded');
    await writeDatasetFolder(
      dir,
      { seed: 'superseded', specimens: 3, width: 200, height: 150 },
      { layout: 'seed-csv' },
    );
    const ds = await testDataset(env.db, 'superseded');
    const jobId = await createImportJob(env.db, {
      datasetId: ds.id,
      layout: 'auto',
      source: dir,
      allOrNothing: true,
      createdById: null,
    });
    const before = await datasetFootprint(env, ds.id);
    let decided = false;
    const finishes: string[] = [];
    const result = await importFolder(env.db, env.store, {
      datasetId: ds.id,
      dir,
      jobId,
      // While this attempt writes its objects, "another attempt" decides the job.
      journalObject: async () => {
        if (decided) return;
        decided = true;
        await env.db.importJob.update({
          where: { id: jobId },
          data: { status: 'FAILED', error: 'decided by another attempt', finishedAt: new Date() },
        });
      },
      onFinished: async (_tx, outcome) => {
        finishes.push(outcome.status);
      },
    });
    expect(decided).toBe(true);
    expect(result.status).toBe('FAILED');
    expect(result.error).toMatch(/another attempt already finished this import/);
    // The other attempt recorded the end; this one must not record a second one.
    expect(finishes).toEqual([]);
    const job = await env.db.importJob.findUniqueOrThrow({ where: { id: jobId } });
    expect(job).toMatchObject({ status: 'FAILED', error: 'decided by another attempt', importedRows: 0 });
    expect(await datasetFootprint(env, ds.id)).toEqual(before);
  });
});

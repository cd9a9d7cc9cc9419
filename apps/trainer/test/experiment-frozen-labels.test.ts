import { randomUUID } from 'node:crypto';
import { initBackend } from '@hep2/model';
import { createExperiment, readStoredGrid } from '@hep2/training';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestServices } from '../../../test/support/test-services';
import { loadTaxonomy } from '../src/features/data/dataset-taxonomy';
import { SampleCache } from '../src/features/data/sample-cache';
import { loadSamples } from '../src/features/data/sample-loader';
import type { EvaluationMetrics } from '../src/features/evaluation/evaluate-model';
import { describeEnvironment } from '../src/features/runs/run-environment';
import { type ExecutorDeps, executeRun } from '../src/features/runs/run-executor';
import { seedDataset } from './support/seed-dataset';

const { db, store } = useTestServices();
let backend: Awaited<ReturnType<typeof initBackend>>;

beforeAll(async () => {
  backend = await initBackend({ order: ['wasm'], log: () => {} });
});

/** A worker whose own TRAIN_THREADS is 2: the experiment's pinned 1 must win. */
const worker = (id: string): ExecutorDeps => ({
  db,
  store,
  cache: new SampleCache(16 * 2 ** 20),
  workerId: id,
  environment: describeEnvironment(backend, id, null, 2),
  heartbeatMs: 500,
  log: () => {},
});

describe('an experiment trains on the label set frozen at its creation', () => {
  it('a label approved (and one returned) after creation changes nothing; threads are pinned', async () => {
    const seeded = await seedDataset(db, store, {
      specimens: 4,
      patchesPerSpecimen: 2,
      size: 32,
      seed: 'frz',
    });
    const created = await createExperiment(db, {
      datasetId: seeded.datasetId,
      name: 'frozen labels',
      folds: 2,
      seed: 3,
      grid: {
        maskLosses: ['bce'],
        weightings: [{ kind: 'fixed' }],
        variants: [{ variant: 'lite', width: 4, blocks: [1, 1, 1], inputSize: 32 }],
        base: { epochs: 1, batchSize: 8, augment: false, checkpointEvery: 0 },
        threads: 1,
      },
    });
    if (created.kind !== 'created') throw new Error('not created');
    const experiment = await db.experiment.findUniqueOrThrow({ where: { id: created.experimentId } });
    expect(experiment.labelCount).toBe(8);
    const frozen = await db.experimentLabel.findMany({ where: { experimentId: created.experimentId } });
    expect(frozen.map((l) => l.annotationId).sort()).toEqual([...seeded.annotationIds].sort());

    // After creation: a new patch is labelled and approved, and a frozen label is returned.
    const first = await db.patch.findUniqueOrThrow({ where: { id: seeded.patchIds[0] as string } });
    const late = await db.patch.create({
      data: { ...first, id: randomUUID(), x: 999, createdAt: undefined, updatedAt: undefined },
      select: { id: true },
    });
    const source = await db.annotation.findUniqueOrThrow({
      where: { id: seeded.annotationIds[0] as string },
    });
    await db.annotation.create({
      data: {
        patchId: late.id,
        status: 'APPROVED',
        patternClassId: source.patternClassId,
        intensityLevelId: source.intensityLevelId,
        maskKey: source.maskKey,
      },
    });
    await db.annotation.update({
      where: { id: seeded.annotationIds[1] as string },
      data: { status: 'REJECTED' },
    });

    // What a run of the experiment loads: exactly the frozen patches (what a plain run loads differs).
    const taxonomy = await loadTaxonomy(db, seeded.datasetId);
    const loaded = await loadSamples(worker('frz-load'), seeded.datasetId, taxonomy, {
      inputSize: 32,
      weakLabels: false,
      frozenExperimentId: created.experimentId,
    });
    expect(loaded.map((s) => s.patchId).sort()).toEqual([...seeded.patchIds].sort());
    const now = await loadSamples(worker('frz-now'), seeded.datasetId, taxonomy, {
      inputSize: 32,
      weakLabels: false,
    });
    expect(now.map((s) => s.patchId)).toContain(late.id);
    expect(now.map((s) => s.patchId)).not.toContain(seeded.patchIds[1]);

    // The fold-0 run itself: trains on the frozen set, validates on the fold's specimens, 1 thread.
    const { plan } = readStoredGrid(experiment.grid);
    const run = await db.trainingRun.findFirstOrThrow({
      where: { experimentId: created.experimentId, fold: 0 },
      select: { id: true },
    });
    const outcome = await executeRun(worker('frz-run'), run.id, new AbortController());
    expect(['EVALUATED', 'REJECTED', 'PROMOTED']).toContain(outcome.status);
    const done = await db.trainingRun.findUniqueOrThrow({
      where: { id: run.id },
      select: { progress: true, environment: true, modelVersion: { select: { metrics: true } } },
    });
    const samples = (done.progress as { samples: { train: number; validation: number } }).samples;
    expect(samples.train + samples.validation).toBe(8);
    const fold0 = new Set(plan.folds[0]);
    const patchesInFold = seeded.patchIds.filter((_, i) =>
      fold0.has(seeded.specimenIds[Math.floor(i / 2)] as string),
    );
    expect(samples.validation).toBe(patchesInFold.length);
    const metrics = done.modelVersion?.metrics as { validation: EvaluationMetrics } | undefined;
    const validation = metrics?.validation;
    expect(validation?.perSpecimen?.map((s) => s.id)).toEqual([...(plan.folds[0] ?? [])].sort());
    expect((done.environment as { trainThreads: number }).trainThreads).toBe(1);
  });
});

import { createHash } from 'node:crypto';
import { loadVersionOnnx } from '@hep2/active-learning';
import { deserializeModel } from '@hep2/model';
import { enqueueTrainingRun } from '@hep2/training';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestServices } from '../../../test/support/test-services';
import { loadTaxonomy } from '../src/features/data/dataset-taxonomy';
import { SampleCache } from '../src/features/data/sample-cache';
import { loadSamples } from '../src/features/data/sample-loader';
import { evaluateModel, trainingLabelsOf } from '../src/features/evaluation/evaluate-model';
import { withEvaluationPredictor } from '../src/features/evaluation/evaluation-predictor';
import { attachNativeTruth } from '../src/features/evaluation/native-truth';
import { startTrainerService, type TrainerService } from '../src/trainer-service';
import { type SeededDataset, seedDataset } from './support/seed-dataset';
import { TINY_RUN, testTrainerConfig, waitFor } from './support/trainer-env';

const { db, store } = useTestServices({ wasm: true });
let trainer: TrainerService;
let seeded: SeededDataset;
const lines: string[] = [];

beforeAll(async () => {
  seeded = await seedDataset(db, store, { specimens: 6, patchesPerSpecimen: 4, seed: 'e2e' });
  trainer = await startTrainerService(testTrainerConfig({ TRAINER_WORKER_ID: 'e2e-trainer' }), (l) =>
    lines.push(l),
  );
});

afterAll(async () => {
  await trainer?.stop();
});

/** The run's training.finish audit entries (one per terminal status written). */
const finishEntries = (runId: string) =>
  db.auditLog.findMany({
    where: { action: 'training.finish', entityType: 'TrainingRun', entityId: runId },
    select: { actorId: true, after: true },
  });

const finished = (runId: string) => async () => {
  const run = await db.trainingRun.findUniqueOrThrow({ where: { id: runId } });
  return ['QUEUED', 'RUNNING'].includes(run.status) ? null : run;
};

describe('a training run end to end', () => {
  it('trains, evaluates, stores a verified artifact and promotes the first version', async () => {
    // A webhook subscribed to run outcomes: the AuditLog trigger queues its delivery with the status.
    const webhook = await db.webhook.create({
      data: {
        url: 'http://127.0.0.1:9/training-run-test',
        events: ['TRAINING_RUN_FINISHED'],
        datasetId: seeded.datasetId,
        secret: 'whsec_training-run-test',
      },
    });
    const started = Date.now();
    const queued = await enqueueTrainingRun(db, {
      datasetId: seeded.datasetId,
      trigger: 'MANUAL',
      config: TINY_RUN,
    });
    expect(queued.kind).toBe('queued');
    const runId = queued.kind === 'queued' ? queued.runId : '';
    const run = await waitFor('the run to finish', finished(runId), 90_000);
    console.info(`first run: ${(Date.now() - started) / 1000} s wall, status ${run.status}`);
    expect(run.error).toBeNull();
    expect(run.status).toBe('PROMOTED');
    expect(run.trigger).toBe('MANUAL');
    expect(run.jobId).toBe(runId);
    expect(run.workerId).toBe('e2e-trainer');
    expect(run.environment).toMatchObject({
      backend: 'wasm',
      workerId: 'e2e-trainer',
      trainThreads: testTrainerConfig().TRAIN_THREADS,
    });
    expect((run.environment as { hardware: { cpus: number } }).hardware.cpus).toBeGreaterThan(0);
    expect(run.progress).toMatchObject({
      phase: 'saving',
      samples: { train: expect.any(Number), validation: expect.any(Number) },
      // The finished run keeps its training figures (the admin page shows them, not dashes).
      epoch: 2,
      epochs: 2,
      elapsedSeconds: expect.any(Number),
      etaSeconds: 0,
    });
    const finalProgress = run.progress as { step: number; totalSteps: number; elapsedSeconds: number };
    expect(finalProgress.step).toBe(finalProgress.totalSteps);
    expect(finalProgress.elapsedSeconds).toBeGreaterThan(0);

    const epochs = await db.trainingEpoch.findMany({ where: { runId }, orderBy: { epoch: 'asc' } });
    expect(epochs.map((e) => e.epoch)).toEqual([1, 2]);
    expect(epochs[0]?.losses).toMatchObject({
      mask: expect.any(Number),
      pattern: expect.any(Number),
      intensity: expect.any(Number),
    });
    expect(epochs[0]?.taskWeights).toMatchObject({ mask: expect.any(Number) });
    // Per-epoch validation ran on ONNX Runtime (EVALUATION_BACKEND auto; it loads here).
    expect(epochs[0]?.metrics).toMatchObject({ validation: { backend: 'onnxruntime' } });

    const validation = await db.specimen.count({
      where: { datasetId: seeded.datasetId, isValidation: true },
    });
    expect(validation).toBeGreaterThanOrEqual(1);

    const version = await db.modelVersion.findUniqueOrThrow({ where: { trainingRunId: runId } });
    expect(version).toMatchObject({ number: 1, status: 'ACTIVE', parentId: null });
    const bytes = new Uint8Array(await store.get(version.artifactKey));
    expect(bytes.byteLength).toBe(version.artifactBytes);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(version.artifactSha256);
    // Its ONNX export beside it, checksummed the same way.
    const onnxBytes = new Uint8Array(await store.get(version.onnxKey ?? ''));
    expect(onnxBytes.byteLength).toBe(version.onnxBytes);
    expect(createHash('sha256').update(onnxBytes).digest('hex')).toBe(version.onnxSha256);
    const metrics = version.metrics as {
      validation: {
        segmentation: { dice: number };
        pattern: { meanClassAccuracy: number };
        evaluatedOn: { backend: string };
      };
    };
    expect(metrics.validation.evaluatedOn).toMatchObject({
      backend: 'onnxruntime',
      fallbackReason: null,
      graph: 'exported from the model (the weights being evaluated)',
    });
    expect(metrics.validation.segmentation.dice).toBeGreaterThanOrEqual(0);
    expect((version.promotion as { rule: { promote: boolean; reason: string } }).rule).toMatchObject({
      promote: true,
      reason: 'no active version',
    });
    const finishedAfter = {
      status: 'PROMOTED',
      modelVersionId: version.id,
      metrics: {
        dice: metrics.validation.segmentation.dice,
        patternMca: metrics.validation.pattern.meanClassAccuracy,
        intensityAccuracy: expect.any(Number),
        composite: expect.any(Number),
      },
    };
    expect(await finishEntries(runId)).toEqual([{ actorId: null, after: finishedAfter }]);
    // The trainer's own promotion is audited like an admin's (MODEL_PROMOTED webhooks hear both).
    const promotions = await db.auditLog.findMany({
      where: { action: 'model.promote', entityId: version.id },
      select: { actorId: true, after: true },
    });
    expect(promotions).toEqual([
      {
        actorId: null,
        after: { status: 'ACTIVE', by: 'trainer', runId, retired: null, reason: 'no active version' },
      },
    ]);
    const deliveries = await db.webhookDelivery.findMany({ where: { webhookId: webhook.id } });
    await db.webhook.delete({ where: { id: webhook.id } });
    expect(deliveries.map((d) => d.event)).toEqual(['TRAINING_RUN_FINISHED']);
    expect(deliveries[0]?.payload).toMatchObject({
      event: 'training_run.finished',
      datasetId: seeded.datasetId,
      entity: { type: 'TrainingRun', id: runId },
      data: finishedAfter,
    });

    // The stored artifact reproduces the stored metrics exactly on the same validation patches.
    const model = await deserializeModel(bytes);
    const taxonomy = await loadTaxonomy(db, seeded.datasetId);
    const deps = { db, store, cache: new SampleCache(64 * 2 ** 20) };
    const samples = await loadSamples(deps, seeded.datasetId, taxonomy, { inputSize: 32, weakLabels: false });
    const validationIds = new Set(
      (await db.specimen.findMany({ where: { datasetId: seeded.datasetId, isValidation: true } })).map(
        (s) => s.id,
      ),
    );
    const validationSamples = samples.filter((s) => validationIds.has(s.specimenId));
    // Masks are judged at the patches' own resolution, as the run does.
    await attachNativeTruth(store, validationSamples);
    // On the stored ONNX export: the graph the run evaluated, so the figures are identical.
    const onnx = await loadVersionOnnx(store, version);
    const again = await withEvaluationPredictor(model, { onnx }, (predictor) =>
      evaluateModel(model, validationSamples, {
        predictor,
        // The majority-class baselines use the run's training labels (here: every other sample).
        trainingLabels: trainingLabelsOf(samples.filter((s) => !validationIds.has(s.specimenId))),
      }),
    );
    model.dispose();
    expect(again.evaluatedOn?.graph).toMatch(/^stored export, sha256 /);
    const { evaluatedOn: _stored, ...figures } = metrics.validation;
    const { evaluatedOn: _again, ...againFigures } = JSON.parse(JSON.stringify(again));
    expect(againFigures).toEqual(figures);
  });

  it('fine-tunes the active version next and judges it against it on the same specimens', async () => {
    const active = await db.modelVersion.findFirstOrThrow({
      where: { datasetId: seeded.datasetId, status: 'ACTIVE' },
    });
    const queued = await enqueueTrainingRun(db, {
      datasetId: seeded.datasetId,
      trigger: 'MANUAL',
      config: { ...TINY_RUN, epochs: 1 },
    });
    const runId = queued.kind === 'queued' ? queued.runId : '';
    const run = await waitFor('the second run', finished(runId), 90_000);
    expect(run.error).toBeNull();
    expect(['PROMOTED', 'REJECTED']).toContain(run.status);
    expect(run.baseModelVersionId).toBe(active.id);
    const version = await db.modelVersion.findUniqueOrThrow({ where: { trainingRunId: runId } });
    expect(version.number).toBe(2);
    expect(version.parentId).toBe(active.id);
    const stored = version.metrics as { baseline: { versionId: string } };
    expect(stored.baseline.versionId).toBe(active.id);
    const rule = (version.promotion as { rule: { promote: boolean; activeScore: number } }).rule;
    expect(rule.activeScore).toEqual(expect.any(Number));
    const activeNow = await db.modelVersion.findMany({
      where: { datasetId: seeded.datasetId, status: 'ACTIVE' },
    });
    expect(activeNow).toHaveLength(1);
    expect(activeNow[0]?.id).toBe(rule.promote ? version.id : active.id);
  });

  it('cancels a running run on request: CANCELLED, no model version', async () => {
    const queued = await enqueueTrainingRun(db, {
      datasetId: seeded.datasetId,
      trigger: 'MANUAL',
      config: { ...TINY_RUN, epochs: 200 },
    });
    const runId = queued.kind === 'queued' ? queued.runId : '';
    await waitFor('training steps', async () => {
      const run = await db.trainingRun.findUniqueOrThrow({ where: { id: runId } });
      return run.status === 'RUNNING' && ((run.progress as { step?: number }).step ?? 0) >= 1;
    });
    await db.trainingRun.update({ where: { id: runId }, data: { cancelRequested: true } });
    const run = await waitFor('the cancel', finished(runId), 30_000);
    expect(run.status).toBe('CANCELLED');
    expect(await db.modelVersion.count({ where: { trainingRunId: runId } })).toBe(0);
    expect(await finishEntries(runId)).toEqual([{ actorId: null, after: { status: 'CANCELLED' } }]);
  });

  it('refuses a second queued run of the same dataset unless forced', async () => {
    const other = await seedDataset(db, store, { specimens: 2, patchesPerSpecimen: 1, seed: 'busy' });
    const first = await enqueueTrainingRun(db, {
      datasetId: other.datasetId,
      trigger: 'MANUAL',
      config: { ...TINY_RUN, epochs: 1 },
    });
    const second = await enqueueTrainingRun(db, { datasetId: other.datasetId, trigger: 'MANUAL' });
    expect(first.kind).toBe('queued');
    expect(second).toEqual({ kind: 'busy', busyRunId: first.kind === 'queued' ? first.runId : '' });
    const forced = await enqueueTrainingRun(db, {
      datasetId: other.datasetId,
      trigger: 'MANUAL',
      force: true,
      config: { ...TINY_RUN, epochs: 1 },
    });
    expect(forced.kind).toBe('queued');
    for (const r of [first, forced])
      await waitFor('queued runs', finished(r.kind === 'queued' ? r.runId : ''), 90_000);
  });
});

import { initBackend } from '@hep2/model';
import { enqueueTrainingRun, resolveRunConfig } from '@hep2/training';
import { describe, expect, it } from 'vitest';
import { useTestServices } from '../../../test/support/test-services';
import { loadTaxonomy } from '../src/features/data/dataset-taxonomy';
import { SampleCache } from '../src/features/data/sample-cache';
import { loadSamples } from '../src/features/data/sample-loader';
import { type EvaluationMetrics, evaluateModel } from '../src/features/evaluation/evaluate-model';
import { freshModel, modelConfigFor } from '../src/features/runs/model-source';
import { describeEnvironment } from '../src/features/runs/run-environment';
import { type ExecutorDeps, executeRun } from '../src/features/runs/run-executor';
import { seedDataset } from './support/seed-dataset';
import { testTrainerConfig } from './support/trainer-env';

/**
 * Acceptance: a lite model trained from scratch on the synthetic data, for the time a CI test can
 * allow, reaches documented figures on the validation specimens (apps/trainer/README.md, "Quality").
 * Seeded data, ordered patch ids, fixed validation specimens and a seeded run: the same figures on
 * every machine with the same backend. Thresholds sit below the measured values with a margin and
 * far above chance; the untrained network is evaluated too and must score clearly lower.
 */
const PATTERNS = ['homogeneous', 'speckled', 'nucleolar', 'centromere'] as const;
/** All four patterns, two positive and two intermediate specimens (see seedDataset's layout). */
const VALIDATION_SPECIMENS = [8, 9, 14, 15];
const RUN = {
  variant: 'lite',
  width: 8,
  blocks: [1, 1, 1],
  inputSize: 64,
  epochs: 30,
  batchSize: 8,
  learningRate: 3e-3,
  fromScratch: true,
  seed: 1,
  // Every epoch is trained and validated and the last one is kept: the test pins the per-epoch curve
  // and compares its last point with the full evaluation.
  earlyStoppingPatience: 0,
  keepBestEpoch: false,
} as const;
/**
 * README "Quality": measured (cosine with the default 5 % warm-up) Dice 0.932 / pattern 0.708 /
 * intensity 0.833 (0.933 / 0.708 / 0.875 before the warm-up); chance 0.638 / 0.25 / 0.5.
 */
const THRESHOLDS = { dice: 0.85, patternAccuracy: 0.6, intensityAccuracy: 0.75 };

const { db, store } = useTestServices();

const figures = (m: EvaluationMetrics) => ({
  dice: m.segmentation?.dice ?? 0,
  patternAccuracy: m.pattern?.accuracy ?? 0,
  patternMca: m.pattern?.meanClassAccuracy ?? 0,
  intensityAccuracy: m.intensity?.accuracy ?? 0,
});
const fmt = (f: Record<string, number>) =>
  Object.entries(f)
    .map(([k, v]) => `${k} ${v.toFixed(3)}`)
    .join(', ');

describe('model quality on the synthetic data', () => {
  it('a lite model trained from scratch reaches the documented Dice and pattern accuracy', async () => {
    const backend = await initBackend({ order: ['wasm'], log: () => {} });
    const seeded = await seedDataset(db, store, {
      specimens: 16,
      patchesPerSpecimen: 6,
      patterns: [...PATTERNS],
      seed: 'quality',
      validationSpecimens: VALIDATION_SPECIMENS,
      orderedIds: true,
    });
    const deps: ExecutorDeps = {
      db,
      store,
      cache: new SampleCache(64 * 2 ** 20),
      workerId: 'quality-test',
      environment: describeEnvironment(backend, 'quality-test', null, testTrainerConfig().TRAIN_THREADS),
      heartbeatMs: 1000,
      log: () => {},
    };
    const queued = await enqueueTrainingRun(db, {
      datasetId: seeded.datasetId,
      trigger: 'MANUAL',
      config: RUN,
    });
    if (queued.kind !== 'queued') throw new Error(`not queued: ${queued.kind}`);
    const started = performance.now();
    const outcome = await executeRun(deps, queued.runId, new AbortController());
    const wall = (performance.now() - started) / 1000;
    const run = await db.trainingRun.findUniqueOrThrow({ where: { id: queued.runId } });
    expect(run.error).toBeNull();
    expect(outcome.status).toBe('PROMOTED');
    const version = await db.modelVersion.findUniqueOrThrow({ where: { trainingRunId: run.id } });
    const metrics = (version.metrics as unknown as { validation: EvaluationMetrics }).validation;
    const trained = figures(metrics);

    // The same network before training, and what a constant answer would score.
    const taxonomy = await loadTaxonomy(db, seeded.datasetId);
    const validationIds = new Set(VALIDATION_SPECIMENS.map((i) => seeded.specimenIds[i]));
    const samples = (
      await loadSamples(deps, seeded.datasetId, taxonomy, { inputSize: 64, weakLabels: false })
    ).filter((s) => validationIds.has(s.specimenId));
    const untrainedModel = freshModel(modelConfigFor(resolveRunConfig(RUN), taxonomy));
    const untrained = figures(await evaluateModel(untrainedModel, samples));
    untrainedModel.dispose();
    const chance = {
      dice: allForegroundDice(samples.map((s) => s.mask as Float32Array)),
      patternAccuracy: 1 / PATTERNS.length,
      intensityAccuracy: 0.5,
    };
    const epochRows = await db.trainingEpoch.findMany({
      where: { runId: run.id },
      select: { epoch: true, seconds: true, metrics: true },
      orderBy: { epoch: 'asc' },
    });
    const trainSeconds = epochRows.reduce((sum, e) => sum + e.seconds, 0);
    const perEpoch = epochRows.map((e) => ({
      epoch: e.epoch,
      ...((
        e.metrics as { validation?: { loss: number; dice: number; patternAccuracy: number; seconds: number } }
      ).validation ?? { loss: 0, dice: 0, patternAccuracy: 0, seconds: 0 }),
    }));
    const validationSeconds = perEpoch.reduce((sum, e) => sum + e.seconds, 0);
    console.info(
      [
        `quality: ${samples.length} validation patches of ${VALIDATION_SPECIMENS.length} specimens; ` +
          `run ${wall.toFixed(1)} s wall (training ${trainSeconds.toFixed(1)} s, per-epoch validation ` +
          `${validationSeconds.toFixed(1)} s), backend ${backend.choice}`,
        `  per-epoch validation (epoch: loss / dice / pattern): ${perEpoch
          .filter((e) => e.epoch % 5 === 0 || e.epoch === 1)
          .map(
            (e) =>
              `${e.epoch}: ${e.loss.toFixed(2)} / ${e.dice.toFixed(2)} / ${e.patternAccuracy.toFixed(2)}`,
          )
          .join(', ')}`,
        `  trained:   ${fmt(trained)}`,
        `  untrained: ${fmt(untrained)}`,
        `  chance:    ${fmt(chance)} (dice: every pixel foreground)`,
        `  thresholds: ${fmt(THRESHOLDS)}`,
      ].join('\n'),
    );

    expect(samples).toHaveLength(VALIDATION_SPECIMENS.length * 6);
    expect(trained.dice).toBeGreaterThanOrEqual(THRESHOLDS.dice);
    expect(trained.patternAccuracy).toBeGreaterThanOrEqual(THRESHOLDS.patternAccuracy);
    expect(trained.intensityAccuracy).toBeGreaterThanOrEqual(THRESHOLDS.intensityAccuracy);
    // The per-epoch figures (one cheap pass at the input size, threshold 0.5) agree with the full
    // evaluation's figure measured the same way; its headline Dice uses the threshold it chose.
    expect(perEpoch).toHaveLength(RUN.epochs);
    expect(perEpoch.at(-1)?.dice).toBeCloseTo(metrics.segmentation?.diceAtInput ?? -1, 3);
    expect(perEpoch.at(-1)?.patternAccuracy).toBeCloseTo(trained.patternAccuracy, 3);
    // The thresholds mean something: neither chance nor the untrained network reaches them.
    for (const key of Object.keys(THRESHOLDS) as (keyof typeof THRESHOLDS)[]) {
      expect(chance[key]).toBeLessThan(THRESHOLDS[key] - 0.1);
      expect(untrained[key]).toBeLessThan(THRESHOLDS[key]);
    }
  }, 400_000);
});

/** Pooled Dice of predicting foreground everywhere: 2|Y| / (|Y| + N). */
function allForegroundDice(masks: Float32Array[]): number {
  let positives = 0;
  let pixels = 0;
  for (const m of masks) {
    pixels += m.length;
    for (const v of m) positives += v > 0.5 ? 1 : 0;
  }
  return (2 * positives) / (positives + pixels);
}

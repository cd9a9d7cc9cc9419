import {
  createExperiment,
  type ExperimentReport,
  presignReportFiles,
  REPORT_METRICS,
  readStoredGrid,
} from '@hep2/training';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestServices } from '../../../test/support/test-services';
import type { EvaluationMetrics } from '../src/features/evaluation/evaluate-model';
import { startTrainerService, type TrainerService } from '../src/trainer-service';
import { type SeededDataset, seedDataset } from './support/seed-dataset';
import { testTrainerConfig, waitFor } from './support/trainer-env';

const { db, store } = useTestServices({ wasm: true });
let seeded: SeededDataset;
const trainers: TrainerService[] = [];
const lines: string[] = [];
const env = { TRAINER_EXPERIMENT_SECONDS: '0.5' };

beforeAll(async () => {
  // 12 specimens = 2 patterns x 2 intensities x 3: every fold gets one of each stratum.
  seeded = await seedDataset(db, store, { specimens: 12, patchesPerSpecimen: 2, size: 32, seed: 'exp' });
});

afterAll(async () => {
  for (const t of trainers) await t.stop().catch(() => {});
});

describe('a cross-validated experiment through the job queue', () => {
  it('3 folds x 2 settings: survives a stopped trainer, reports per-fold numbers equal to the runs', async () => {
    const started = Date.now();
    const created = await createExperiment(db, {
      datasetId: seeded.datasetId,
      name: 'BCE vs Dice (test)',
      folds: 3,
      seed: 7,
      grid: {
        maskLosses: ['bce', 'dice'],
        weightings: [{ kind: 'gradnorm', alpha: 0.06 }],
        variants: [{ variant: 'lite', width: 4, blocks: [1, 1, 1], inputSize: 32 }],
        base: { epochs: 2, batchSize: 8, augment: false },
      },
    });
    if (created.kind !== 'created') throw new Error('not created');
    expect(created.runIds).toHaveLength(6);
    const experimentId = created.experimentId;

    // Fold plan: disjoint, covers every specimen, stratified (one specimen of each stratum per fold).
    const experiment = await db.experiment.findUniqueOrThrow({ where: { id: experimentId } });
    const { plan, settings } = readStoredGrid(experiment.grid);
    expect(settings.map((s) => s.key)).toEqual([
      'bce|gradnorm-0.06|lite-w4-b1.1.1-32px',
      'dice|gradnorm-0.06|lite-w4-b1.1.1-32px',
    ]);
    expect(plan.folds.flat().sort()).toEqual([...seeded.specimenIds].sort());
    for (const counts of Object.values(plan.strata)) expect(counts).toEqual([1, 1, 1]);
    const queued = await db.trainingRun.findMany({ where: { experimentId } });
    for (const run of queued) {
      expect(run.trigger).toBe('EXPERIMENT');
      expect((run.config as { validationSpecimenIds: string[] }).validationSpecimenIds).toEqual(
        plan.folds[run.fold as number],
      );
      expect(run.config).toMatchObject({ fromScratch: true, autoPromote: false, seed: 7 });
    }

    // Trainer A takes the first run; it is stopped mid-run (its run ends FAILED), then B joins.
    const a = await startTrainerService(testTrainerConfig({ ...env, TRAINER_WORKER_ID: 'exp-a' }), (l) =>
      lines.push(`A ${l}`),
    );
    trainers.push(a);
    const held = await waitFor('trainer A to hold a run', async () => a.currentRunId(), 30_000, 20);
    await a.stop();
    const b = await startTrainerService(testTrainerConfig({ ...env, TRAINER_WORKER_ID: 'exp-b' }), (l) =>
      lines.push(`B ${l}`),
    );
    trainers.push(b);
    const c = await startTrainerService(testTrainerConfig({ ...env, TRAINER_WORKER_ID: 'exp-c' }), (l) =>
      lines.push(`C ${l}`),
    );
    trainers.push(c);

    const done = await waitFor(
      'the experiment report',
      async () => {
        const e = await db.experiment.findUniqueOrThrow({ where: { id: experimentId } });
        return e.report && ['DONE', 'FAILED'].includes(e.status) ? e : null;
      },
      100_000,
      250,
    );
    console.info(`experiment: ${(Date.now() - started) / 1000} s wall, status ${done.status}`);
    expect(done.status, lines.join('\n')).toBe('DONE');

    const runs = await db.trainingRun.findMany({
      where: { experimentId },
      include: { modelVersion: { select: { metrics: true, status: true } } },
      orderBy: { createdAt: 'asc' },
    });
    const heldRun = runs.find((r) => r.id === held);
    if (heldRun?.status === 'FAILED') {
      // The stopped trainer's run was retried with the same cell, fold and config.
      expect(heldRun.error).toMatch(/aborted/);
      const retry = runs.find(
        (r) => r.id !== held && r.experimentCell === heldRun.experimentCell && r.fold === heldRun.fold,
      );
      expect(retry?.config).toEqual(heldRun.config);
      expect(runs).toHaveLength(7);
    } else {
      console.warn(
        `trainer A finished its run before the stop was seen (${heldRun?.status}); no retry needed`,
      );
    }
    const succeeded = runs.filter((r) => r.modelVersion);
    expect(succeeded).toHaveLength(6);
    expect(new Set(succeeded.map((r) => r.workerId)).size).toBeGreaterThanOrEqual(1);
    for (const r of succeeded) {
      expect(r.status).toBe('EVALUATED'); // never promoted: experiments leave the active model alone
      expect(r.environment).toMatchObject({ backend: 'wasm' });
    }
    expect(await db.modelVersion.count({ where: { datasetId: seeded.datasetId, status: 'ACTIVE' } })).toBe(0);

    // The report's per-fold numbers are exactly the values stored on the runs.
    const report = done.report as unknown as ExperimentReport;
    expect(report.final).toBe(true);
    expect(report.method.primaryTest).toBe('wilcoxon-signed-rank-exact');
    expect(report.method.minimumPossibleP).toBeCloseTo(0.25, 12);
    expect(report.method.canCallDifferences).toBe(false);
    expect(report.perFold).toHaveLength(6);
    for (const row of report.perFold) {
      const run = succeeded.find((r) => r.id === row.runId);
      expect(run?.experimentCell).toBe(row.setting);
      expect(run?.fold).toBe(row.fold);
      const metrics = run?.modelVersion?.metrics as unknown as { validation: EvaluationMetrics };
      const stored = metrics.validation;
      expect(stored.specimens).toBe(plan.folds[row.fold]?.length);
      for (const m of REPORT_METRICS) expect(row.values[m.key]).toBe(m.get(stored));
    }
    for (const s of settings) {
      const dice = report.summary.find((r) => r.setting === s.key && r.metric === 'dice');
      expect(dice?.n).toBe(3);
      const values = report.perFold.filter((r) => r.setting === s.key).map((r) => r.values.dice as number);
      expect(dice?.mean).toBeCloseTo(values.reduce((x, y) => x + y, 0) / 3, 12);
    }
    expect(report.comparisons.filter((c) => c.metric === 'dice')).toHaveLength(1);
    expect(report.comparisons.every((c) => c.verdict === 'not called')).toBe(true);
    expect(report.curves).toHaveLength(6);
    expect(report.curves[0]?.epochs).toEqual([1, 2]);
    expect(report.confusion.some((c) => c.head === 'pattern' && c.level === 'patch')).toBe(true);
    expect(report.runs.filter((r) => r.used)).toHaveLength(6);
    expect(report.runs.every((r) => r.backend === 'wasm' && r.hardware)).toBe(true);

    // Files in the object store: Markdown naming the test, CSV, SVG figures.
    const md = new TextDecoder().decode(await store.get(report.files?.['report.md'] as string));
    expect(md).toContain('Primary answer: main effects');
    expect(md).toContain('exact Wilcoxon signed-rank');
    expect(md).toContain('cannot call any pairwise difference');
    // Every run trained with the experiment's pinned threads (grid default 2 on wasm).
    expect(report.runs.every((r) => r.threads === 2)).toBe(true);
    const csv = new TextDecoder().decode(await store.get(report.files?.['summary.csv'] as string));
    expect(csv.split('\n')[0]).toContain('setting,label,metric,level,n,mean,sd,fold0,fold1,fold2');
    const svgs = Object.keys(report.files ?? {}).filter((k) => k.endsWith('.svg'));
    expect(svgs).toEqual(
      expect.arrayContaining(['figures/loss-mask.svg', 'figures/weight-mask.svg', 'figures/metric-dice.svg']),
    );
    const svg = new TextDecoder().decode(await store.get(report.files?.['figures/loss-mask.svg'] as string));
    expect(svg).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const urls = await presignReportFiles(store, report, 'markdown');
    expect(urls).toHaveLength(1);
    const fetched = await fetch(urls[0]?.url as string);
    expect(fetched.status).toBe(200);
    console.info(md.split('\n').slice(0, 60).join('\n'));
  }, 150_000);
});

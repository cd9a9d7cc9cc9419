import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SeedRun } from './al-loop';
import { type ArmComparison, summariseArm } from './arm-report';
import { ARM_NAMES } from './arms';
import { curveChartSvg } from './curve-chart';
import type { MetricName } from './curve-report';
import { TEST_SETS } from './seed-world';
import type { SimulationRecord } from './simulation-record';

const COLOURS = ['#1f77b4', '#9467bd', '#ff7f0e', '#2ca02c', '#d62728'];
const csv = (rows: (string | number)[][]) => `${rows.map((r) => r.join(',')).join('\n')}\n`;

/** simulation.json, comparisons.csv, curves.csv and one SVG per test set and metric, in `dir`. */
export function writeSimulationFiles(
  dir: string,
  r: {
    runs: readonly SeedRun[];
    comparisons: readonly ArmComparison[];
    metrics: readonly MetricName[];
    record: SimulationRecord;
  },
): void {
  mkdirSync(dir, { recursive: true });
  const seeds = r.runs.length;
  for (const testSet of TEST_SETS) {
    for (const metric of r.metrics) {
      const svg = curveChartSvg(
        `${metric}, ${testSet} test set (${seeds} seeds, mean +- sd)`,
        metric,
        ARM_NAMES.map((arm, k) => ({
          name: arm,
          color: COLOURS[k] as string,
          summary: summariseArm(r.runs, arm, testSet, metric),
        })),
      );
      writeFileSync(join(dir, `curve-${testSet}-${metric}.svg`), svg);
    }
  }
  writeFileSync(
    join(dir, 'comparisons.csv'),
    csv([
      [
        'testSet',
        'metric',
        'arm',
        'aucMean',
        'aucDiff',
        'aucDiffLow',
        'aucDiffHigh',
        'costRatioMedian',
        'costRatioLow',
        'costRatioHigh',
        'reached',
        'seeds',
      ],
      ...r.comparisons.map((c) => [
        c.testSet,
        c.metric,
        c.arm,
        c.aucArm.reduce((a, b) => a + b, 0) / c.aucArm.length,
        c.aucDifference?.estimate ?? '',
        c.aucDifference?.lower ?? '',
        c.aucDifference?.upper ?? '',
        c.costRatioMedian?.estimate ?? '',
        c.costRatioMedian?.lower ?? '',
        c.costRatioMedian?.upper ?? '',
        c.reached,
        c.costRatio.length,
      ]),
    ]),
  );
  writeFileSync(
    join(dir, 'curves.csv'),
    csv([
      ['seed', 'arm', 'labels', 'cost', 'testSet', ...r.metrics],
      ...r.runs.flatMap((run) =>
        run.arms.flatMap((a) =>
          a.curve.flatMap((p) =>
            TEST_SETS.map((t) => [
              run.seed,
              a.arm,
              p.labels,
              p.cost,
              t,
              ...r.metrics.map((m) => p.byTestSet[t][m]),
            ]),
          ),
        ),
      ),
    ]),
  );
  const { curves: _curves, comparisons: _stored, ...meta } = r.record;
  writeFileSync(
    join(dir, 'simulation.json'),
    JSON.stringify(
      { ...meta, runs: r.runs, comparisons: r.comparisons, at: new Date().toISOString() },
      (_, v) => (v === Number.POSITIVE_INFINITY ? 'not reached' : v),
      2,
    ),
  );
}

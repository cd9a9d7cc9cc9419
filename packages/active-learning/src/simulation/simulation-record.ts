import type { Db, Prisma } from '@hep2/db';
import type { SeedRun } from './al-loop';
import { type ArmComparison, summariseArm } from './arm-report';
import { ARM_NAMES } from './arms';
import type { MetricName } from './curve-report';
import type { LabelCost, LabelTask } from './label-cost';
import type { PairedInterval } from './paired-interval';
import { TEST_SETS } from './seed-world';

/** An interval as stored: null bounds mean "not reached within the budget" (infinite cost). */
export interface StoredInterval {
  estimate: number | null;
  lower: number | null;
  upper: number | null;
}

/** One arm's mean curve over seeds on one test set, against labels and label cost. */
export interface StoredCurve {
  arm: string;
  testSet: string;
  labels: number[];
  cost: number[];
  /** Per metric, mean and sample SD over seeds at each point (null: the metric has no targets). */
  metrics: Record<string, { mean: (number | null)[]; sd: (number | null)[] }>;
}

export interface StoredComparison {
  arm: string;
  testSet: string;
  metric: string;
  /** Mean over seeds of the arm's normalised AUC over cost. */
  aucMean: number | null;
  /** Mean paired AUC difference to random with its bootstrap interval (null for random itself). */
  aucDifference: StoredInterval | null;
  /** Median cost share the arm needs to reach random's full-budget value, with its interval. */
  costRatioMedian: StoredInterval | null;
  reached: number;
  seeds: number;
}

export interface SimulationRecord {
  /** "generated", or the slug of the dataset whose curated labels were the oracle. */
  oracle: string;
  seeds: number;
  labelCost: LabelCost;
  labelTasks: LabelTask[];
  settings: Record<string, unknown>;
  curves: StoredCurve[];
  comparisons: StoredComparison[];
  seconds: number;
}

const finite = (x: number | undefined): number | null => (x !== undefined && Number.isFinite(x) ? x : null);

function storedInterval(i: PairedInterval | null): StoredInterval | null {
  if (!i) return null;
  return { estimate: finite(i.estimate), lower: finite(i.lower), upper: finite(i.upper) };
}

/** The curves and comparisons of a finished simulation, as the database and the API keep them. */
export function simulationRecord(
  runs: readonly SeedRun[],
  metrics: readonly MetricName[],
  comparisons: readonly ArmComparison[],
  meta: Omit<SimulationRecord, 'curves' | 'comparisons' | 'seeds'>,
): SimulationRecord {
  const curves = TEST_SETS.flatMap((testSet) =>
    ARM_NAMES.map((arm): StoredCurve => {
      const byMetric = metrics.map((m) => [m, summariseArm(runs, arm, testSet, m)] as const);
      const first = byMetric[0]?.[1];
      return {
        arm,
        testSet,
        labels: first?.labels ?? [],
        cost: first?.cost ?? [],
        metrics: Object.fromEntries(
          byMetric.map(([m, s]) => [m, { mean: s.mean.map(finite), sd: s.sd.map(finite) }]),
        ),
      };
    }),
  );
  return {
    ...meta,
    seeds: runs.length,
    curves,
    comparisons: comparisons.map((c) => {
      const auc = c.aucArm.reduce((a, b) => a + b, 0) / Math.max(1, c.aucArm.length);
      return {
        arm: c.arm,
        testSet: c.testSet,
        metric: c.metric,
        aucMean: finite(auc),
        aucDifference: c.arm === 'random' ? null : storedInterval(c.aucDifference),
        costRatioMedian: storedInterval(c.costRatioMedian),
        reached: c.reached,
        seeds: c.costRatio.length,
      };
    }),
  };
}

/** Stores a simulation for a dataset (its label-efficiency chart shows the latest); returns its id. */
export async function storeSimulation(db: Db, datasetId: string, record: SimulationRecord): Promise<string> {
  const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue;
  const row = await db.activeLearningSimulation.create({
    data: {
      datasetId,
      oracle: record.oracle,
      seeds: record.seeds,
      labelCost: json(record.labelCost),
      labelTasks: record.labelTasks,
      settings: json(record.settings),
      curves: json(record.curves),
      comparisons: json(record.comparisons),
      seconds: record.seconds,
    },
    select: { id: true },
  });
  return row.id;
}

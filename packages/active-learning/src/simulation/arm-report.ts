import type { SeedRun, SimCurvePoint } from './al-loop';
import type { ArmName } from './arms';
import { labelsToReach, type MetricName, normalisedAuc, type SeriesSummary } from './curve-report';
import {
  type BootstrapOptions,
  bootstrapInterval,
  medianOf,
  type PairedInterval,
  pairedMeanDifference,
} from './paired-interval';
import type { TestSetName } from './seed-world';

export interface ArmComparison {
  arm: ArmName;
  testSet: TestSetName;
  metric: MetricName;
  /** Per seed: normalised AUC over the cost axis (the curve's mean height). */
  aucArm: number[];
  aucRandom: number[];
  /** mean over seeds of (arm AUC - random AUC), paired bootstrap interval over seeds. */
  aucDifference: PairedInterval | null;
  /**
   * Per seed: cost the arm needs to reach random's full-budget value of that seed, as a share of
   * that budget; Infinity when the arm never reaches it within the budget.
   */
  costRatio: number[];
  /** Median over seeds of costRatio (robust to not-reached seeds), paired bootstrap interval. */
  costRatioMedian: PairedInterval | null;
  reached: number;
}

const valuesOf = (curve: SimCurvePoint[], testSet: TestSetName, metric: MetricName) =>
  curve.map((p) => p.byTestSet[testSet][metric]);
const costsOf = (curve: SimCurvePoint[]) => curve.map((p) => p.cost);

function curveOf(run: SeedRun, arm: ArmName): SimCurvePoint[] {
  const found = run.arms.find((a) => a.arm === arm);
  if (!found) throw new Error(`seed ${run.seed} has no run of arm ${arm}`);
  return found.curve;
}

/** Labels (cost) an arm needs for random's full-budget value, / that budget, per seed. */
export function costRatioPerSeed(
  arm: SimCurvePoint[],
  random: SimCurvePoint[],
  testSet: TestSetName,
  metric: MetricName,
): number {
  const last = random[random.length - 1] as SimCurvePoint;
  const target = last.byTestSet[testSet][metric];
  const needed = labelsToReach(costsOf(arm), valuesOf(arm, testSet, metric), target);
  return needed === null ? Number.POSITIVE_INFINITY : needed / last.cost;
}

/** One arm against random over the seeds, on one test set and metric. */
export function compareArm(
  runs: readonly SeedRun[],
  arm: ArmName,
  testSet: TestSetName,
  metric: MetricName,
  options: BootstrapOptions = {},
): ArmComparison {
  const auc = (name: ArmName) =>
    runs.map((r) => {
      const c = curveOf(r, name);
      return normalisedAuc(costsOf(c), valuesOf(c, testSet, metric));
    });
  const aucArm = auc(arm);
  const aucRandom = auc('random');
  const costRatio = runs.map((r) => costRatioPerSeed(curveOf(r, arm), curveOf(r, 'random'), testSet, metric));
  return {
    arm,
    testSet,
    metric,
    aucArm,
    aucRandom,
    aucDifference: pairedMeanDifference(aucArm, aucRandom, options),
    costRatio,
    costRatioMedian: bootstrapInterval(costRatio, medianOf, options),
    reached: costRatio.filter(Number.isFinite).length,
  };
}

/** Mean and sample SD over seeds per curve point (the seeds share the cost schedule). */
export function summariseArm(
  runs: readonly SeedRun[],
  arm: ArmName,
  testSet: TestSetName,
  metric: MetricName,
): SeriesSummary & { cost: number[] } {
  const curves = runs.map((r) => curveOf(r, arm));
  const first = curves[0] ?? [];
  const at = (i: number) => curves.map((c) => (c[i] as SimCurvePoint).byTestSet[testSet][metric]);
  const mean = first.map((_, i) => at(i).reduce((a, b) => a + b, 0) / curves.length);
  const sd = first.map((_, i) => {
    const v = at(i);
    if (v.length < 2) return 0;
    const m = mean[i] as number;
    return Math.sqrt(v.reduce((a, b) => a + (b - m) ** 2, 0) / (v.length - 1));
  });
  return { labels: first.map((p) => p.labels), cost: first.map((p) => p.cost), mean, sd };
}

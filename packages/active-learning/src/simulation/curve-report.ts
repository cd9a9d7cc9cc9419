import type { CurvePoint } from './al-loop';
import type { SimMetrics } from './sim-metrics';

export type MetricName = keyof SimMetrics;

export interface SeriesSummary {
  labels: number[];
  mean: number[];
  sd: number[];
}

const meanOf = (v: number[]) => v.reduce((a, b) => a + b, 0) / Math.max(1, v.length);
const sdOf = (v: number[]) => {
  if (v.length < 2) return 0;
  const m = meanOf(v);
  return Math.sqrt(v.reduce((a, b) => a + (b - m) ** 2, 0) / (v.length - 1));
};

/** Mean and sample SD per label count over seeds (all runs share the label schedule). */
export function summarise(runs: CurvePoint[][], metric: MetricName): SeriesSummary {
  const labels = (runs[0] ?? []).map((p) => p.labels);
  const at = (i: number) => runs.map((r) => (r[i] as CurvePoint).metrics[metric]);
  return { labels, mean: labels.map((_, i) => meanOf(at(i))), sd: labels.map((_, i) => sdOf(at(i))) };
}

/** Trapezoid area under metric(labels), divided by the label range: the curve's mean height. */
export function normalisedAuc(labels: number[], values: number[]): number {
  let area = 0;
  for (let i = 1; i < labels.length; i += 1) {
    area +=
      (((values[i] as number) + (values[i - 1] as number)) / 2) *
      ((labels[i] as number) - (labels[i - 1] as number));
  }
  const range = (labels[labels.length - 1] ?? 0) - (labels[0] ?? 0);
  return range > 0 ? area / range : (values[0] ?? 0);
}

/** First label count where the curve reaches target (linear interpolation); null if never. */
export function labelsToReach(labels: number[], values: number[], target: number): number | null {
  for (let i = 0; i < labels.length; i += 1) {
    const v = values[i] as number;
    if (v >= target) {
      if (i === 0) return labels[0] as number;
      const v0 = values[i - 1] as number;
      const l0 = labels[i - 1] as number;
      return l0 + ((target - v0) / (v - v0)) * ((labels[i] as number) - l0);
    }
  }
  return null;
}

export interface Comparison {
  metric: MetricName;
  aucActive: { mean: number; sd: number };
  aucRandom: { mean: number; sd: number };
  aucDifference: { mean: number; sd: number; perSeed: number[] };
  /** Per seed: labels the active run needs to reach random's final (full-budget) value, / budget. */
  labelRatio: { perSeed: (number | null)[]; mean: number | null; sd: number | null; reachedIn: number };
}

export function compare(active: CurvePoint[][], random: CurvePoint[][], metric: MetricName): Comparison {
  const values = (run: CurvePoint[]) => run.map((p) => p.metrics[metric]);
  const labels = (run: CurvePoint[]) => run.map((p) => p.labels);
  const aucA = active.map((r) => normalisedAuc(labels(r), values(r)));
  const aucR = random.map((r) => normalisedAuc(labels(r), values(r)));
  const diff = aucA.map((a, i) => a - (aucR[i] as number));
  const ratios = active.map((run, i) => {
    const rnd = random[i] as CurvePoint[];
    const last = rnd[rnd.length - 1] as CurvePoint;
    const needed = labelsToReach(labels(run), values(run), last.metrics[metric]);
    return needed === null ? null : needed / last.labels;
  });
  const reached = ratios.filter((r): r is number => r !== null);
  return {
    metric,
    aucActive: { mean: meanOf(aucA), sd: sdOf(aucA) },
    aucRandom: { mean: meanOf(aucR), sd: sdOf(aucR) },
    aucDifference: { mean: meanOf(diff), sd: sdOf(diff), perSeed: diff },
    labelRatio: {
      perSeed: ratios,
      mean: reached.length > 0 ? meanOf(reached) : null,
      sd: reached.length > 1 ? sdOf(reached) : null,
      reachedIn: reached.length,
    },
  };
}

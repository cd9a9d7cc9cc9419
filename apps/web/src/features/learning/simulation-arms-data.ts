import { SERIES_COLOURS } from '../charts/chart-theme';
import type { Series } from '../charts/line-series-chart';

export interface SimInterval {
  estimate?: number | null;
  lower?: number | null;
  upper?: number | null;
}
export interface SimCurve {
  arm: string;
  testSet: string;
  points: readonly { cost: number; values: readonly { metric: string; mean?: number | null }[] }[];
}
export interface SimComparison {
  arm: string;
  testSet: string;
  metric: string;
  aucMean?: number | null;
  aucDifference?: SimInterval | null;
  costRatioMedian?: SimInterval | null;
  reached: number;
  seeds: number;
}

/** The arms in simulate:al's order; random is the grey baseline, the full strategy solid. */
export const ARM_ORDER = ['random', 'random+quota', 'uncertainty', 'diversity', 'full'] as const;

const colourOf = (arm: string, i: number) =>
  arm === 'random' ? '#9aa0a6' : (SERIES_COLOURS[i % SERIES_COLOURS.length] ?? '#4fc3f7');

const rank = (arm: string) => {
  const k = (ARM_ORDER as readonly string[]).indexOf(arm);
  return k < 0 ? ARM_ORDER.length : k;
};

/** One row per label cost, one column per arm (its mean over seeds), for LineSeriesChart. */
export function armChart(
  curves: readonly SimCurve[],
  testSet: string,
  metric: string,
): { rows: Record<string, number | null>[]; series: Series[] } {
  const byCost = new Map<number, Record<string, number | null>>();
  const series: Series[] = [];
  const arms = curves.filter((c) => c.testSet === testSet).sort((a, b) => rank(a.arm) - rank(b.arm));
  arms.forEach((c, i) => {
    const key = `a${i}`;
    const values = c.points.map((p) => ({
      x: p.cost,
      y: p.values.find((v) => v.metric === metric)?.mean ?? null,
    }));
    if (!values.some((v) => v.y !== null)) return;
    series.push({ key, label: c.arm, colour: colourOf(c.arm, i), dashed: c.arm !== 'full' });
    for (const v of values) {
      if (v.y === null) continue;
      const row = byCost.get(v.x) ?? { cost: v.x };
      row[key] = v.y;
      byCost.set(v.x, row);
    }
  });
  return { rows: [...byCost.values()].sort((a, b) => (a.cost ?? 0) - (b.cost ?? 0)), series };
}

const fixed = (x: number | null | undefined, digits: number, sign = false) => {
  if (x === null || x === undefined) return 'not reached';
  const s = x.toFixed(digits);
  return sign && x >= 0 ? `+${s}` : s;
};

/** "+0.012 [-0.003, +0.025]"; null bounds read "not reached" (an infinite cost). */
export function intervalText(i: SimInterval | null | undefined, digits: number, sign = false): string {
  if (!i) return '–';
  return `${fixed(i.estimate, digits, sign)} [${fixed(i.lower, digits, sign)}, ${fixed(i.upper, digits, sign)}]`;
}

/** Table rows of every arm against random on one test set and metric, in arm order. */
export function armComparisons(comparisons: readonly SimComparison[], testSet: string, metric: string) {
  return comparisons
    .filter((c) => c.testSet === testSet && c.metric === metric)
    .sort((a, b) => rank(a.arm) - rank(b.arm))
    .map((c) => ({
      arm: c.arm,
      auc: c.aucMean === null || c.aucMean === undefined ? '–' : c.aucMean.toFixed(3),
      aucDifference: c.arm === 'random' ? 'baseline' : intervalText(c.aucDifference, 3, true),
      costShare: intervalText(c.costRatioMedian, 2),
      reached: `${c.reached}/${c.seeds}`,
    }));
}

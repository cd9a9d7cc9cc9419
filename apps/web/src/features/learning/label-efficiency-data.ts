import { SERIES_COLOURS } from '../charts/chart-theme';
import type { Series } from '../charts/line-series-chart';

export interface CurvePoint {
  labelCount: number;
  metrics: unknown;
}
export interface CurveSeries {
  series: string;
  points: readonly CurvePoint[];
}

export const CURVE_METRICS = [
  { key: 'patternMca', label: 'Pattern MCA' },
  { key: 'patternAccuracy', label: 'Pattern accuracy' },
  { key: 'intensityAccuracy', label: 'Intensity accuracy' },
  { key: 'dice', label: 'Mask Dice' },
  { key: 'composite', label: 'Composite (simulations)' },
] as const;
export type CurveMetric = (typeof CURVE_METRICS)[number]['key'];

const finite = (x: unknown): number | null => (typeof x === 'number' && Number.isFinite(x) ? x : null);

/** A point's value: a number (live series) or { mean, sd } over repeats (simulation series). */
export const metricOf = (metrics: unknown, key: CurveMetric): number | null => {
  if (typeof metrics !== 'object' || metrics === null) return null;
  const v = (metrics as Record<string, unknown>)[key];
  if (typeof v === 'object' && v !== null) return finite((v as { mean?: unknown }).mean);
  return finite(v);
};

/** "active:<strategy>" -> "active (strategy)", "simulation:x" -> "simulation (x)". */
export const seriesLabel = (name: string) => {
  const [kind, rest] = name.split(/:(.*)/s);
  return rest ? `${kind} (${rest})` : name;
};

/**
 * One row per label count with one column per series, for LineSeriesChart. Random is dashed grey,
 * simulations dotted-dashed, active series solid.
 */
export function curveChart(
  all: readonly CurveSeries[],
  metric: CurveMetric,
): { rows: Record<string, number | null>[]; series: Series[] } {
  const byX = new Map<number, Record<string, number | null>>();
  const series: Series[] = [];
  all.forEach((s, i) => {
    const key = `s${i}`;
    const values = s.points.map((p) => ({ x: p.labelCount, y: metricOf(p.metrics, metric) }));
    if (!values.some((v) => v.y !== null)) return;
    series.push({
      key,
      label: seriesLabel(s.series),
      colour: s.series === 'random' ? '#9aa0a6' : (SERIES_COLOURS[i % SERIES_COLOURS.length] ?? '#4fc3f7'),
      dashed: !s.series.startsWith('active'),
    });
    for (const v of values) {
      if (v.y === null) continue;
      const row = byX.get(v.x) ?? { labels: v.x };
      row[key] = v.y;
      byX.set(v.x, row);
    }
  });
  const rows = [...byX.values()].sort((a, b) => (a.labels ?? 0) - (b.labels ?? 0));
  return { rows, series };
}

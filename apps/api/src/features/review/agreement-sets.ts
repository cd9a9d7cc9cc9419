// Agreement over sets of items, with confidence intervals. Pure and deterministic: the bootstrap
// draws from a seeded generator, so a report (and a test) gives the same interval every time.
// A statistic is never computed on a single item (fewer than 2 units give null).

import { fleissKappa, ratingCounts } from './agreement';

export type AlphaMetric = 'nominal' | 'ordinal' | 'interval';

/** A statistic over a set of items with its 95 % interval (null where it is undefined). */
export interface Estimate {
  /** e.g. "Krippendorff's alpha (ordinal)". */
  statistic: string;
  value: number | null;
  low: number | null;
  high: number | null;
  /** Items (patches, gold attempts) the statistic was computed over. */
  items: number;
  /** How the interval was obtained. */
  interval: string;
}

export const BOOTSTRAP_RESAMPLES = 1000;
const BOOTSTRAP_SEED = 20_231;
const bootstrapLabel = `bootstrap over items, ${BOOTSTRAP_RESAMPLES} resamples, 95 % percentile`;

/** mulberry32: a small seeded generator, uniform on [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The q-quantile of ascending values, interpolated linearly (numpy's default). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) throw new Error('quantile of nothing');
  const at = q * (sorted.length - 1);
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (at - lo);
}

/**
 * Percentile bootstrap: resamples the items with replacement `resamples` times, recomputes the
 * statistic and takes the 2.5th and 97.5th percentiles of the defined values. Null with fewer than
 * 2 items or when no resample gives a value.
 */
export function bootstrapInterval<T>(
  items: readonly T[],
  statistic: (sample: readonly T[]) => number | null,
  resamples = BOOTSTRAP_RESAMPLES,
  seed = BOOTSTRAP_SEED,
): { low: number; high: number } | null {
  const n = items.length;
  if (n < 2) return null;
  const random = mulberry32(seed);
  const values: number[] = [];
  const sample = new Array<T>(n);
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < n; i++) sample[i] = items[Math.floor(random() * n)] as T;
    const v = statistic(sample);
    if (v !== null && Number.isFinite(v)) values.push(v);
  }
  if (values.length === 0) return null;
  values.sort((a, b) => a - b);
  return { low: quantile(values, 0.025), high: quantile(values, 0.975) };
}

/** A statistic over items with its bootstrap interval. */
export function estimate<T>(
  statistic: string,
  items: readonly T[],
  compute: (sample: readonly T[]) => number | null,
): Estimate {
  const value = items.length >= 2 ? compute(items) : null;
  const ci = value === null ? null : bootstrapInterval(items, compute);
  return {
    statistic,
    value,
    low: ci?.low ?? null,
    high: ci?.high ?? null,
    items: items.length,
    interval: bootstrapLabel,
  };
}

/**
 * Krippendorff's alpha from each unit's ratings (categories 0..K-1; units may have any number of
 * ratings, those with fewer than 2 are not pairable and left out). Coincidence-matrix form:
 * alpha = 1 - (n - 1) * sum o_ck d_ck / sum n_c n_k d_ck. Ordinal distances use the marginal
 * frequencies (Krippendorff 2011). Null when there is no expected disagreement (one value only).
 */
export function krippendorffAlpha(
  units: readonly (readonly number[])[],
  metric: AlphaMetric,
  categories?: number,
): number | null {
  const k = Math.max(categories ?? 0, ...units.flatMap((u) => u.map((v) => v + 1)));
  const o = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (const unit of units) {
    const m = unit.length;
    if (m < 2) continue;
    for (let i = 0; i < m; i++)
      for (let j = 0; j < m; j++) {
        if (i === j) continue;
        const row = o[unit[i] as number] as number[];
        row[unit[j] as number] = (row[unit[j] as number] as number) + 1 / (m - 1);
      }
  }
  const nc = o.map((row) => row.reduce((s, v) => s + v, 0));
  const n = nc.reduce((s, v) => s + v, 0);
  if (n < 2) return null;
  const d = distance(metric, nc);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < k; c++)
    for (let e = 0; e < k; e++) {
      const w = d(c, e);
      if (w === 0) continue;
      observed += ((o[c] as number[])[e] as number) * w;
      expected += (nc[c] as number) * (nc[e] as number) * w;
    }
  if (expected <= 1e-12) return null;
  return 1 - ((n - 1) * observed) / expected;
}

function distance(metric: AlphaMetric, nc: readonly number[]) {
  return (c: number, e: number): number => {
    if (c === e) return 0;
    if (metric === 'nominal') return 1;
    if (metric === 'interval') return (c - e) ** 2;
    const [lo, hi] = c < e ? [c, e] : [e, c];
    let between = 0;
    for (let g = lo; g <= hi; g++) between += nc[g] as number;
    return (between - ((nc[c] as number) + (nc[e] as number)) / 2) ** 2;
  };
}

/**
 * Fleiss' kappa over units of ratings: it needs the same number of raters per unit, so it uses the
 * units with the most common count (2 for double-labelled patches).
 */
export function fleissKappaOfUnits(units: readonly (readonly number[])[], categories: number): number | null {
  const byCount = new Map<number, (readonly number[])[]>();
  for (const u of units) if (u.length >= 2) byCount.set(u.length, [...(byCount.get(u.length) ?? []), u]);
  const modal = [...byCount.values()].sort((a, b) => b.length - a.length)[0];
  return modal && modal.length >= 2 ? fleissKappa(ratingCounts(modal, categories)) : null;
}

const lexicographic = (a: readonly number[], b: readonly number[]) => {
  for (let i = 0; i < Math.min(a.length, b.length); i++)
    if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  return a.length - b.length;
};

/**
 * Units in a canonical order (each unit's ratings sorted, then the units), so that the bootstrap's
 * interval does not depend on the order rows came from the database. For unordered ratings only.
 */
export const canonicalUnits = (units: readonly (readonly number[])[]): number[][] =>
  units.map((u) => [...u].sort((a, b) => a - b)).sort(lexicographic);

/** Ordered pairs (mine, reference) in a canonical order, each pair kept as it is. */
export const canonicalPairs = <T extends readonly number[]>(pairs: readonly T[]): T[] =>
  [...pairs].sort(lexicographic);

export const mean = (values: readonly number[]): number | null =>
  values.length === 0 ? null : values.reduce((s, v) => s + v, 0) / values.length;

/** Wilson score interval (95 %) for a proportion: the analytic interval for an accuracy. */
export function wilsonInterval(
  successes: number,
  n: number,
  z = 1.959964,
): { low: number; high: number } | null {
  if (n === 0) return null;
  const p = successes / n;
  const denominator = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denominator;
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** Share of correct answers with its Wilson interval (null below 2 answers). */
export function accuracyEstimate(statistic: string, outcomes: readonly boolean[]): Estimate {
  const hits = outcomes.filter(Boolean).length;
  const ci = outcomes.length >= 2 ? wilsonInterval(hits, outcomes.length) : null;
  return {
    statistic,
    value: ci ? hits / outcomes.length : null,
    low: ci?.low ?? null,
    high: ci?.high ?? null,
    items: outcomes.length,
    interval: 'Wilson score, 95 %',
  };
}

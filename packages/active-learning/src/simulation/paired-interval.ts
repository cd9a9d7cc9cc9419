/**
 * Paired percentile bootstrap over seeds. Every arm of a seed shares its pool, seed set, initial
 * weights and test sets, so the seed is the unit of pairing: a resample draws whole seeds (with
 * replacement) and recomputes the statistic of the per-seed paired values.
 */

/** Seeded uniform [0, 1) generator (mulberry32): the same seed gives the same resamples everywhere. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Quantile of ascending values by linear interpolation between order statistics (numpy's default).
 * Infinite values (a seed that never reached the target) stay infinite without producing NaN.
 */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  if (h === lo || a === b) return a;
  return a + (h - lo) * (b - a);
}

export const meanOf = (v: readonly number[]) => v.reduce((a, b) => a + b, 0) / v.length;

export function medianOf(v: readonly number[]): number {
  return quantileSorted(
    [...v].sort((a, b) => a - b),
    0.5,
  );
}

export interface PairedInterval {
  /** The statistic on all seeds. */
  estimate: number;
  lower: number;
  upper: number;
  /** Seeds with a value (a null pair is left out). */
  n: number;
  confidence: number;
  resamples: number;
  seed: number;
}

export interface BootstrapOptions {
  resamples?: number;
  seed?: number;
  confidence?: number;
}

/**
 * Percentile bootstrap interval of `statistic` over per-seed paired values: `resamples` times, n
 * seeds are drawn with replacement (index = floor(u n), u from mulberry32(seed)); the bounds are the
 * (1 - confidence) / 2 and (1 + confidence) / 2 quantiles of the resampled statistics.
 */
export function bootstrapInterval(
  values: readonly (number | null)[],
  statistic: (v: number[]) => number,
  options: BootstrapOptions = {},
): PairedInterval | null {
  const resamples = options.resamples ?? 10_000;
  const seed = options.seed ?? 1;
  const confidence = options.confidence ?? 0.95;
  const v = values.filter((x): x is number => x !== null && !Number.isNaN(x));
  const n = v.length;
  if (n === 0) return null;
  const random = mulberry32(seed);
  const stats = new Float64Array(resamples);
  const draw = new Array<number>(n);
  for (let r = 0; r < resamples; r += 1) {
    for (let i = 0; i < n; i += 1) draw[i] = v[Math.floor(random() * n)] as number;
    stats[r] = statistic(draw);
  }
  stats.sort();
  return {
    estimate: statistic(v),
    lower: quantileSorted(stats, (1 - confidence) / 2),
    upper: quantileSorted(stats, (1 + confidence) / 2),
    n,
    confidence,
    resamples,
    seed,
  };
}

/** Interval of mean(a - b) over paired seeds (a and b indexed by seed). */
export function pairedMeanDifference(
  a: readonly number[],
  b: readonly number[],
  options: BootstrapOptions = {},
): PairedInterval | null {
  if (a.length !== b.length) throw new Error(`paired samples differ in length: ${a.length} vs ${b.length}`);
  return bootstrapInterval(
    a.map((x, i) => x - (b[i] as number)),
    meanOf,
    options,
  );
}

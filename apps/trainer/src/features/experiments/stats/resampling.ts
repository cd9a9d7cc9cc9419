import { mean, sampleSd } from './descriptive';
import { studentTTwoSided } from './special-functions';

export interface CorrectedResampledTTest {
  n: number;
  meanDifference: number;
  /** 1 / n + nTest / nTrain: what replaces 1 / n in the variance of the mean difference. */
  correction: number;
  t: number;
  df: number;
  p: number;
}

/**
 * Nadeau and Bengio's (2003) corrected resampled t-test, for k-fold cross-validation repeated r
 * times (n = k r paired differences): t = mean(d) / sqrt((1 / n + nTest / nTrain) s^2), df = n - 1.
 * The n / nTest / nTrain term accounts for the folds sharing most of their training data, which makes
 * the plain paired t-test (variance s^2 / n) far too liberal once folds are repeated.
 */
export function correctedResampledTTest(
  a: readonly number[],
  b: readonly number[],
  testToTrainRatio: number,
): CorrectedResampledTTest {
  if (a.length !== b.length) throw new Error(`paired samples differ in length: ${a.length} vs ${b.length}`);
  const d = a.map((v, i) => v - (b[i] as number));
  const n = d.length;
  const md = mean(d);
  const correction = 1 / n + testToTrainRatio;
  if (n < 2) return { n, meanDifference: md, correction, t: Number.NaN, df: n - 1, p: Number.NaN };
  const s = sampleSd(d);
  if (s === 0) {
    const t = md === 0 ? 0 : Math.sign(md) * Infinity;
    return { n, meanDifference: md, correction, t, df: n - 1, p: md === 0 ? 1 : 0 };
  }
  const t = md / Math.sqrt(correction * s * s);
  return { n, meanDifference: md, correction, t, df: n - 1, p: studentTTwoSided(t, n - 1) };
}

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

export interface BootstrapInterval {
  /** Paired units (specimens) both settings have a value for. */
  n: number;
  estimate: number;
  lower: number;
  upper: number;
  confidence: number;
  resamples: number;
  seed: number;
}

/**
 * Paired percentile bootstrap interval for mean(a - b): the n paired differences are resampled with
 * replacement `resamples` times (index = floor(u n), u from mulberry32(seed)); the bounds are the
 * (1 - confidence) / 2 and (1 + confidence) / 2 quantiles of the resampled means, linearly
 * interpolated (numpy's default percentile). Pairs with a missing side are left out.
 */
export function pairedBootstrapInterval(
  a: readonly (number | null)[],
  b: readonly (number | null)[],
  options: { resamples?: number; seed?: number; confidence?: number } = {},
): BootstrapInterval | null {
  const resamples = options.resamples ?? 2000;
  const seed = options.seed ?? 1;
  const confidence = options.confidence ?? 0.95;
  const d: number[] = [];
  a.forEach((x, i) => {
    const y = b[i];
    if (x !== null && y !== null && y !== undefined && Number.isFinite(x) && Number.isFinite(y))
      d.push(x - y);
  });
  const n = d.length;
  if (n === 0) return null;
  const random = mulberry32(seed);
  const means = new Float64Array(resamples);
  for (let r = 0; r < resamples; r += 1) {
    let sum = 0;
    for (let i = 0; i < n; i += 1) sum += d[Math.floor(random() * n)] as number;
    means[r] = sum / n;
  }
  means.sort();
  return {
    n,
    estimate: mean(d),
    lower: quantile(means, (1 - confidence) / 2),
    upper: quantile(means, (1 + confidence) / 2),
    confidence,
    resamples,
    seed,
  };
}

/** Quantile of sorted values by linear interpolation between order statistics (numpy 'linear'). */
function quantile(sorted: Float64Array, q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return (sorted[lo] as number) + (h - lo) * ((sorted[hi] as number) - (sorted[lo] as number));
}

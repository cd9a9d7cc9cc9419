import {
  type BootstrapOptions,
  bootstrapInterval,
  meanOf,
  type PairedInterval,
} from '@hep2/active-learning/bootstrap';
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

/** A paired percentile bootstrap interval; `n` counts the paired units (specimens). */
export type BootstrapInterval = PairedInterval;

/**
 * Paired percentile bootstrap interval for mean(a - b) (@hep2/active-learning's bootstrap over the
 * n paired differences, 2000 resamples unless told; numpy's default percentile). Pairs with a
 * missing or non-finite side are left out.
 */
export function pairedBootstrapInterval(
  a: readonly (number | null)[],
  b: readonly (number | null)[],
  options: BootstrapOptions = {},
): BootstrapInterval | null {
  const d: number[] = [];
  a.forEach((x, i) => {
    const y = b[i];
    if (x !== null && y !== null && y !== undefined && Number.isFinite(x) && Number.isFinite(y))
      d.push(x - y);
  });
  return bootstrapInterval(d, meanOf, { ...options, resamples: options.resamples ?? 2000 });
}

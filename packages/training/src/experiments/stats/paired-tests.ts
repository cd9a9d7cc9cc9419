import { mean, sampleSd } from './descriptive';
import { studentTTwoSided } from './special-functions';

export interface PairedTTest {
  n: number;
  meanDifference: number;
  t: number;
  df: number;
  /** Two-sided; NaN below two pairs. */
  p: number;
}

/**
 * Paired t-test on a - b (scipy.stats.ttest_rel, two-sided). Differences that are all equal give
 * t = +-Infinity and p = 0 (or t = 0 and p = 1 when they are all zero), instead of NaN.
 */
export function pairedTTest(a: readonly number[], b: readonly number[]): PairedTTest {
  const d = differences(a, b);
  const n = d.length;
  const md = mean(d);
  if (n < 2) return { n, meanDifference: md, t: Number.NaN, df: n - 1, p: Number.NaN };
  const sd = sampleSd(d);
  if (sd === 0)
    return {
      n,
      meanDifference: md,
      t: md === 0 ? 0 : Math.sign(md) * Infinity,
      df: n - 1,
      p: md === 0 ? 1 : 0,
    };
  const t = md / (sd / Math.sqrt(n));
  return { n, meanDifference: md, t, df: n - 1, p: studentTTwoSided(t, n - 1) };
}

export interface WilcoxonTest {
  /** Pairs with a non-zero difference (zeros are dropped: Wilcoxon's method, scipy's default). */
  n: number;
  zeros: number;
  /** Sum of the ranks of the positive / negative differences; `statistic` = min of the two (scipy's two-sided statistic). */
  rankSumPositive: number;
  rankSumNegative: number;
  statistic: number;
  /** Exact two-sided p-value: the permutation distribution of the signed ranks (mid-ranks for ties). */
  p: number;
  /** The smallest two-sided p any data could give with n pairs: 2 / 2^n. */
  minimumP: number;
}

/**
 * Wilcoxon signed-rank test on a - b, exact: the null distribution of W+ over all 2^n sign
 * assignments is counted by dynamic programming on doubled mid-ranks (integers), so it is exact
 * also with tied magnitudes (conditional on the ties) and needs no normal approximation.
 */
export function wilcoxonSignedRank(a: readonly number[], b: readonly number[]): WilcoxonTest {
  const all = differences(a, b);
  const d = all.filter((v) => v !== 0);
  const n = d.length;
  const zeros = all.length - n;
  if (n === 0) return { n, zeros, rankSumPositive: 0, rankSumNegative: 0, statistic: 0, p: 1, minimumP: 1 };
  const doubled = doubledMidRanks(d.map(Math.abs));
  let wPlus2 = 0;
  d.forEach((v, i) => {
    if (v > 0) wPlus2 += doubled[i] as number;
  });
  const total2 = doubled.reduce((s, r) => s + r, 0);
  // counts[s] = number of sign assignments whose doubled positive rank sum is s.
  let counts = new Float64Array(total2 + 1);
  counts[0] = 1;
  for (const r of doubled) {
    const next = new Float64Array(total2 + 1);
    for (let s = 0; s <= total2; s += 1) {
      const c = counts[s] as number;
      if (c === 0) continue;
      next[s] = (next[s] as number) + c;
      next[s + r] = (next[s + r] as number) + c;
    }
    counts = next;
  }
  const all2n = 2 ** n;
  let lower = 0;
  let upper = 0;
  for (let s = 0; s <= total2; s += 1) {
    if (s <= wPlus2) lower += counts[s] as number;
    if (s >= wPlus2) upper += counts[s] as number;
  }
  const p = Math.min(1, (2 * Math.min(lower, upper)) / all2n);
  const rankSumPositive = wPlus2 / 2;
  const rankSumNegative = (total2 - wPlus2) / 2;
  return {
    n,
    zeros,
    rankSumPositive,
    rankSumNegative,
    statistic: Math.min(rankSumPositive, rankSumNegative),
    p,
    minimumP: Math.min(1, 2 / all2n),
  };
}

/** Fewest non-zero pairs for which the exact two-sided Wilcoxon test can reach p < alpha. */
export function wilcoxonMinimumPairs(alpha: number): number {
  let n = 1;
  while (2 / 2 ** n >= alpha) n += 1;
  return n;
}

function differences(a: readonly number[], b: readonly number[]): number[] {
  if (a.length !== b.length) throw new Error(`paired samples differ in length: ${a.length} vs ${b.length}`);
  return a.map((v, i) => v - (b[i] as number));
}

/** 2 x the mid-ranks of the values (ties share the mean rank), so that they are integers. */
function doubledMidRanks(values: number[]): number[] {
  const order = values.map((v, i) => ({ v, i })).sort((x, y) => x.v - y.v);
  const out = new Array<number>(values.length).fill(0);
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (
      end + 1 < order.length &&
      (order[end + 1] as { v: number }).v === (order[start] as { v: number }).v
    )
      end += 1;
    // ranks start+1 .. end+1; doubled mean = start + end + 2
    for (let k = start; k <= end; k += 1) out[(order[k] as { i: number }).i] = start + end + 2;
    start = end + 1;
  }
  return out;
}

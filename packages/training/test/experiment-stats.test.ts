import { describe, expect, it } from 'vitest';
import {
  holmAdjust,
  mean,
  pairedTTest,
  sampleSd,
  studentTTwoSided,
  wilcoxonMinimumPairs,
  wilcoxonSignedRank,
} from '../src/experiments/stats';

// Reference values from SciPy 1.17 (scipy.stats.wilcoxon / ttest_rel / t.sf), or by hand.
describe('Wilcoxon signed-rank, exact', () => {
  it("matches SciPy's documented example (Hollander & Wolfe, 15 differences)", () => {
    const d = [6, 8, 14, 16, 23, 24, 28, 29, 41, -48, 49, 56, 60, -67, 75];
    const r = wilcoxonSignedRank(d, new Array(d.length).fill(0));
    expect(r.statistic).toBe(24);
    expect(r.rankSumPositive).toBe(96);
    expect(r.p).toBeCloseTo(0.041259765625, 12);
  });

  it('is exact with tied magnitudes (mid-ranks): 7/128, as SciPy method="exact"', () => {
    const r = wilcoxonSignedRank([1, 2, 2, -3, 4, 5, 5, 6], new Array(8).fill(0));
    expect(r.statistic).toBe(4);
    expect(r.p).toBeCloseTo(0.0546875, 12);
  });

  it('drops zero differences and cannot go below 2/2^n: five folds never reach p < 0.05', () => {
    const r = wilcoxonSignedRank([0.91, 0.88, 0.93, 0.9, 0.87, 0.8], [0.89, 0.87, 0.9, 0.9, 0.85, 0.7]);
    expect(r.zeros).toBe(1);
    expect(r.n).toBe(5);
    expect(r.p).toBeCloseTo(0.0625, 12); // all five in one direction: the best possible
    expect(r.minimumP).toBeCloseTo(0.0625, 12);
    expect(wilcoxonMinimumPairs(0.05)).toBe(6);
    expect(wilcoxonSignedRank([1, 1, 1], [1, 1, 1]).p).toBe(1);
    const scipy = wilcoxonSignedRank([0.01, 0.02, -0.005, 0.03, 0.015], [0, 0, 0, 0, 0]);
    expect(scipy.statistic).toBe(1);
    expect(scipy.p).toBeCloseTo(0.125, 12);
  });
});

describe('paired t-test', () => {
  it('matches scipy.stats.ttest_rel', () => {
    const r = pairedTTest([0.91, 0.88, 0.93, 0.9, 0.87], [0.89, 0.87, 0.9, 0.9, 0.85]);
    expect(r.t).toBeCloseTo(3.1378581622109443, 10);
    expect(r.df).toBe(4);
    expect(r.p).toBeCloseTo(0.03491970667453904, 10);
    const three = pairedTTest([0.8, 0.82, 0.79], [0.78, 0.8, 0.8]);
    expect(three.t).toBeCloseTo(1, 10);
    expect(three.p).toBeCloseTo(0.42264973081037494, 10);
  });

  it('by hand: d = 1..5 gives t = 3/sqrt(2.5/5) = 4.2426, p = 0.013236', () => {
    const r = pairedTTest([1, 2, 3, 4, 5], [0, 0, 0, 0, 0]);
    expect(r.meanDifference).toBe(3);
    expect(r.t).toBeCloseTo(3 / Math.sqrt(0.5), 12);
    expect(r.p).toBeCloseTo(0.01323559956368269, 10);
  });

  it('handles degenerate inputs', () => {
    expect(pairedTTest([1, 2], [1, 2]).p).toBe(1);
    expect(pairedTTest([2, 3], [1, 2]).p).toBe(0);
    expect(Number.isNaN(pairedTTest([1], [0]).p)).toBe(true);
  });
});

describe('Student t tail', () => {
  it('df = 1 is the Cauchy distribution: p = 1 - (2/pi) atan|t|', () => {
    for (const t of [0.1, 1, 3, 12.706])
      expect(studentTTwoSided(t, 1)).toBeCloseTo(1 - (2 / Math.PI) * Math.atan(t), 12);
  });
  it('matches scipy.stats.t.sf * 2', () => {
    expect(studentTTwoSided(2.7764451051977987, 4)).toBeCloseTo(0.05, 12);
    expect(studentTTwoSided(1.5, 30)).toBeCloseTo(0.144065929128646, 12);
    expect(studentTTwoSided(-0.3, 2)).toBeCloseTo(0.7924856608401776, 12);
  });
});

describe('descriptive statistics and Holm', () => {
  it('mean and sample standard deviation (n - 1)', () => {
    expect(mean([2, 4, 4, 4, 5, 5, 7, 9])).toBe(5);
    expect(sampleSd([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(Math.sqrt(32 / 7), 12);
    expect(Number.isNaN(sampleSd([1]))).toBe(true);
  });
  it('Holm step-down, monotone, NaN left out of the family', () => {
    const adj = holmAdjust([0.01, 0.04, 0.03, 0.2]);
    for (const [i, v] of [0.04, 0.09, 0.09, 0.2].entries()) expect(adj[i]).toBeCloseTo(v, 12);
    const withNaN = holmAdjust([0.02, Number.NaN, 0.04]);
    expect(withNaN[0]).toBeCloseTo(0.04, 12);
    expect(Number.isNaN(withNaN[1] as number)).toBe(true);
    expect(withNaN[2]).toBeCloseTo(0.04, 12);
  });
});

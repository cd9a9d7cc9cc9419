import { describe, expect, it } from 'vitest';
import {
  correctedResampledTTest,
  foldsNeededForHolm,
  mulberry32,
  pairedBootstrapInterval,
  smallestHolmP,
} from '../src/experiments/stats';

describe('fold guidance counts the Holm family', () => {
  // 12 settings -> 66 pairwise comparisons per metric; the floor of one exact Wilcoxon p is 2/2^n.
  it('smallest reachable Holm-adjusted p for 12 settings at 5, 6, 10, 12 folds', () => {
    expect(smallestHolmP(66, 5)).toBe(1);
    expect(smallestHolmP(66, 6)).toBe(1); // 66 x 2/64 = 2.06, capped
    expect(smallestHolmP(66, 10)).toBeCloseTo(0.12890625, 12); // 66 x 2/1024
    expect(smallestHolmP(66, 11)).toBeCloseTo(0.064453125, 12);
    expect(smallestHolmP(66, 12)).toBeCloseTo(0.0322265625, 12); // 66 x 2/4096
  });

  it('folds needed for alpha 0.05: 12 for 66 comparisons, 6 for a single one', () => {
    expect(foldsNeededForHolm(66, 0.05)).toBe(12);
    expect(foldsNeededForHolm(1, 0.05)).toBe(6);
    expect(foldsNeededForHolm(3, 0.05)).toBe(7); // 3 x 2/64 = 0.094; 3 x 2/128 = 0.047
  });
});

describe('Nadeau-Bengio corrected resampled t-test', () => {
  // 5-fold x 3 repeats (n = 15), nTest/nTrain = 1/4; reference by hand with scipy.stats.t.
  const a = [0.81, 0.77, 0.85, 0.79, 0.83, 0.8, 0.78, 0.84, 0.82, 0.76, 0.8, 0.81, 0.79, 0.83, 0.77];
  const b = [0.78, 0.76, 0.8, 0.79, 0.8, 0.77, 0.78, 0.8, 0.79, 0.75, 0.78, 0.8, 0.76, 0.81, 0.76];

  it('widens the variance by (1/n + nTest/nTrain) instead of 1/n', () => {
    const r = correctedResampledTTest(a, b, 1 / 4);
    expect(r.df).toBe(14);
    expect(r.correction).toBeCloseTo(1 / 15 + 1 / 4, 12);
    expect(r.t).toBeCloseTo(2.6013558310132927, 10);
    expect(r.p).toBeCloseTo(0.020922050021648264, 10);
  });

  it('with ratio 0 it is the plain paired t-test (scipy.stats.ttest_rel: t = 5.6695, p = 5.79e-5)', () => {
    const r = correctedResampledTTest(a, b, 0);
    expect(r.t).toBeCloseTo(5.669523591788606, 10);
    expect(r.p / 5.788545668785943e-5).toBeCloseTo(1, 6);
  });
});

describe('paired bootstrap interval', () => {
  it('mulberry32 matches an independent Python implementation', () => {
    const r = mulberry32(42);
    expect(r()).toBeCloseTo(0.6011037519201636, 15);
    expect(r()).toBeCloseTo(0.44829055899754167, 15);
    expect(r()).toBeCloseTo(0.8524657934904099, 15);
  });

  it('percentile interval equals numpy.percentile over the same 2000 resamples (seed 7)', () => {
    const x = [0.9, 0.6, 0.75, 0.8, 0.55, 0.95, 0.7, 0.65, 0.85, 0.5, 0.72, 0.68];
    const y = [0.85, 0.62, 0.7, 0.71, 0.5, 0.9, 0.72, 0.6, 0.8, 0.52, 0.66, 0.61];
    const ci = pairedBootstrapInterval(x, y, { resamples: 2000, seed: 7 });
    expect(ci?.n).toBe(12);
    expect(ci?.estimate).toBeCloseTo(0.03833333333333334, 12);
    expect(ci?.lower).toBeCloseTo(0.015000000000000005, 10);
    expect(ci?.upper).toBeCloseTo(0.05666666666666672, 10);
  });

  it('leaves out unpaired units; a constant difference gives a zero-width interval', () => {
    const ci = pairedBootstrapInterval([1, 2, null, 4], [0.5, 1.5, 3, 3.5]);
    expect(ci?.n).toBe(3);
    expect(ci?.lower).toBeCloseTo(0.5, 12);
    expect(ci?.upper).toBeCloseTo(0.5, 12);
    expect(pairedBootstrapInterval([null], [1])).toBeNull();
  });
});

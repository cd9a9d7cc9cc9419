import { describe, expect, it } from 'vitest';
import {
  bootstrapInterval,
  medianOf,
  mulberry32,
  pairedMeanDifference,
  quantileSorted,
} from '../src/simulation/paired-interval';

/*
 * Reference numbers from an independent Python implementation (numpy): the same mulberry32 stream,
 * resampling with numpy fancy indexing and np.percentile / np.median / np.mean (linear
 * interpolation), e.g. for the mean difference:
 *   r = mulberry32(1); idx = [floor(r() * n) for _ in range(n)] per resample, 2000 resamples,
 *   np.percentile(stats, 2.5), np.percentile(stats, 97.5)
 */
const a = [0.712, 0.655, 0.701, 0.69, 0.731, 0.668, 0.702, 0.649, 0.72, 0.684];
const b = [0.69, 0.661, 0.672, 0.688, 0.705, 0.67, 0.668, 0.652, 0.699, 0.671];

describe('paired bootstrap interval over seeds', () => {
  it('draws the same uniforms as the reference generator', () => {
    const r = mulberry32(7);
    expect(r()).toBeCloseTo(0.011704753153026104, 15);
    expect(r()).toBeCloseTo(0.06195825757458806, 15);
    expect(r()).toBeCloseTo(0.97690763277933, 15);
  });

  it('mean paired difference: estimate and 95 % bounds agree with numpy', () => {
    const i = pairedMeanDifference(a, b, { resamples: 2000, seed: 1 });
    expect(i?.n).toBe(10);
    expect(i?.estimate).toBeCloseTo(0.0136, 12);
    expect(i?.lower).toBeCloseTo(0.0048, 12);
    expect(i?.upper).toBeCloseTo(0.0221, 12);
  });

  it('a 90 % interval with another seed agrees with numpy', () => {
    const i = pairedMeanDifference(a, b, { resamples: 500, seed: 3, confidence: 0.9 });
    expect(i?.lower).toBeCloseTo(0.00579, 12);
    expect(i?.upper).toBeCloseTo(0.02101, 12);
  });

  it('median cost share agrees with numpy', () => {
    const ratios = [0.55, 0.81, 0.62, 0.97, 0.74, 0.66, 0.88, 0.59, 0.71, 0.93];
    const i = bootstrapInterval(ratios, medianOf, { resamples: 2000, seed: 42 });
    expect(i?.estimate).toBeCloseTo(0.725, 12);
    expect(i?.lower).toBeCloseTo(0.62, 12);
    expect(i?.upper).toBeCloseTo(0.88, 12);
  });

  it('a seed that never reaches the target counts as infinite, not as NaN or a dropped seed', () => {
    expect(quantileSorted([0.5, Number.POSITIVE_INFINITY], 0.5)).toBe(Number.POSITIVE_INFINITY);
    expect(quantileSorted([0.5, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY], 1)).toBe(
      Number.POSITIVE_INFINITY,
    );
    // Two of five seeds not reached: the median is still finite (the third smallest).
    const ratios = [0.6, Number.POSITIVE_INFINITY, 0.8, Number.POSITIVE_INFINITY, 0.7];
    expect(medianOf(ratios)).toBe(0.8);
    const i = bootstrapInterval(ratios, medianOf, { resamples: 1000, seed: 5 });
    expect(i?.n).toBe(5);
    expect(i?.lower).toBe(0.6);
    expect(i?.upper).toBe(Number.POSITIVE_INFINITY);
  });

  it('null pairs are left out; paired samples must have equal length', () => {
    expect(bootstrapInterval([null, 1, 2], medianOf)?.n).toBe(2);
    expect(bootstrapInterval([null], medianOf)).toBeNull();
    expect(() => pairedMeanDifference([1, 2], [1])).toThrow(/differ in length/);
  });
});

import { describe, expect, it } from 'vitest';
import { fDistributionUpperTail, twoWayRepeatedAnova } from '../src/experiments/stats';

// A constructed grid: 3 mask losses x 4 weightings x 6 folds, score = 0.7 + fold effect
// (N(0, 0.03)) + 0.05 for the second mask loss + N(0, 0.01) noise, rounded to 4 decimals
// (numpy default_rng(7)). Reference figures computed independently with numpy/scipy 1.17: sums
// of squares from nested OLS fits on dummy-coded long data (not the marginal-means formulas used
// here), F tails from scipy.stats.f.sf, Greenhouse-Geisser epsilon from the eigenvalues of the
// double-centred covariance (main effects) and a random orthonormal contrast basis (interaction).
const GRID: number[][][] = [
  [
    [0.7006, 0.7224, 0.6869, 0.6671, 0.6913, 0.6739],
    [0.7011, 0.6997, 0.6915, 0.6803, 0.673, 0.6657],
    [0.681, 0.6961, 0.6734, 0.6709, 0.6737, 0.673],
    // biome-ignore lint/suspicious/noApproximativeNumericConstant: measured scores, not 1/sqrt(2)
    [0.7016, 0.7071, 0.6666, 0.6679, 0.6859, 0.6714],
  ],
  [
    [0.7347, 0.7542, 0.732, 0.7152, 0.747, 0.7122],
    [0.7497, 0.7678, 0.736, 0.7222, 0.7375, 0.7209],
    [0.7377, 0.7598, 0.7554, 0.7078, 0.745, 0.7215],
    [0.7436, 0.779, 0.7494, 0.7113, 0.7371, 0.7261],
  ],
  [
    [0.6981, 0.7158, 0.6911, 0.68, 0.7008, 0.6635],
    // biome-ignore lint/suspicious/noApproximativeNumericConstant: measured scores, not 1/sqrt(2)
    [0.702, 0.7044, 0.6931, 0.6614, 0.6806, 0.6683],
    [0.709, 0.7205, 0.6786, 0.6654, 0.6929, 0.6504],
    [0.6954, 0.708, 0.7044, 0.6802, 0.6831, 0.6666],
  ],
];

describe('two-way repeated-measures ANOVA (mask loss x weighting, fold as block)', () => {
  const anova = twoWayRepeatedAnova(GRID);
  const effect = (name: string) => anova?.effects.find((e) => e.effect === name);

  it('finds the mask-loss main effect (+0.05 in every fold) and no weighting effect', () => {
    const a = effect('A');
    expect(a?.df).toBe(2);
    expect(a?.dfError).toBe(10);
    expect(a?.ss).toBeCloseTo(0.04255893749999999, 12);
    expect(a?.ssError).toBeCloseTo(0.001182439166666676, 12);
    expect(a?.f).toBeCloseTo(179.96248221367125, 8);
    expect((a?.p ?? 1) / 1.4435498848554513e-8).toBeCloseTo(1, 6);
    expect(a?.partialEtaSquared).toBeCloseTo(0.9729674908113316, 10);
    expect(a?.generalizedEtaSquared).toBeCloseTo(0.673507148813572, 10);
    expect(a?.epsilon).toBeCloseTo(0.9086137550579197, 10);

    const b = effect('B');
    expect(b?.df).toBe(3);
    expect(b?.dfError).toBe(15);
    expect(b?.f).toBeCloseTo(1.5824608011670174, 9);
    expect(b?.p).toBeCloseTo(0.23519184017554481, 9);
    expect(b?.p).toBeGreaterThan(0.05);
    expect(b?.partialEtaSquared).toBeCloseTo(0.24040565511403572, 10);
    expect(b?.generalizedEtaSquared).toBeCloseTo(0.009720987794566819, 10);
    expect(b?.epsilon).toBeCloseTo(0.44281797803394646, 10);
    expect(b?.pGreenhouseGeisser).toBeCloseTo(0.26225227676649904, 8);
  });

  it('tests the interaction against the three-way residual', () => {
    const ab = effect('A x B');
    expect(ab?.df).toBe(6);
    expect(ab?.dfError).toBe(30);
    expect(ab?.ss).toBeCloseTo(0.0006704258333333213, 12);
    expect(ab?.ssError).toBeCloseTo(0.0024798908333333396, 12);
    expect(ab?.f).toBeCloseTo(1.3517244878722543, 9);
    expect(ab?.p).toBeCloseTo(0.26586444777735346, 9);
    expect(ab?.partialEtaSquared).toBeCloseTo(0.21281220406413826, 10);
    expect(ab?.epsilon).toBeCloseTo(0.45953941165060197, 10);
  });

  it('drops a fold with a missing cell whole, and needs two complete folds', () => {
    const holed = GRID.map((row) => row.map((cell) => [...cell] as (number | null)[]));
    (holed[2]?.[3] as (number | null)[])[5] = null;
    const r = twoWayRepeatedAnova(holed);
    expect(r?.blocks).toBe(5);
    expect(r?.blocksDropped).toBe(1);
    expect(twoWayRepeatedAnova(GRID.map((row) => row.map((cell) => cell.slice(0, 1))))).toBeNull();
  });

  it('one weighting level: only the mask-loss row', () => {
    const r = twoWayRepeatedAnova(GRID.map((row) => row.slice(0, 1)));
    expect(r?.effects.map((e) => e.effect)).toEqual(['A']);
  });
});

describe('F distribution upper tail', () => {
  it('matches scipy.stats.f.sf', () => {
    expect(fDistributionUpperTail(3.1, 2, 10)).toBeCloseTo(0.08962412471226379, 12);
    expect(fDistributionUpperTail(0.5, 3, 15)).toBeCloseTo(0.6879016735327363, 12);
    expect(fDistributionUpperTail(25, 1, 4)).toBeCloseTo(0.007490433881274525, 12);
    expect(fDistributionUpperTail(0, 2, 10)).toBe(1);
  });
});

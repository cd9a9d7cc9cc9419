import { describe, expect, it } from 'vitest';
import {
  accuracyEstimate,
  bootstrapInterval,
  estimate,
  fleissKappaOfUnits,
  krippendorffAlpha,
  mean,
  mulberry32,
  wilsonInterval,
} from '../src/features/review/agreement-sets';

/*
 * Expected values were computed independently in Python (numpy): Krippendorff's alpha by
 * enumerating every pair of pairable values (not the coincidence matrix used here), Fleiss' kappa
 * from the count table, and the bootstrap with the same mulberry32 stream re-implemented in Python
 * and numpy.percentile (linear) for the interval.
 */
describe('agreement over sets', () => {
  it("Krippendorff's alpha: the 4 coders x 12 units example of Krippendorff (2011)", () => {
    // coders A-D over units 1-12 with missing values; unit 12 has one value (not pairable)
    const units = [
      [1, 1, 1],
      [2, 2, 3, 2],
      [3, 3, 3, 3],
      [3, 3, 3, 3],
      [2, 2, 2, 2],
      [1, 2, 3, 4],
      [4, 4, 4, 4],
      [1, 1, 2, 1],
      [2, 2, 2, 2],
      [5, 5, 5],
      [1, 1],
      [3],
    ].map((u) => u.map((v) => v - 1));
    // published: nominal 0.743, ordinal 0.815, interval 0.849
    expect(krippendorffAlpha(units, 'nominal')).toBeCloseTo(0.743421052631579, 10);
    expect(krippendorffAlpha(units, 'ordinal')).toBeCloseTo(0.8153875037548813, 10);
    expect(krippendorffAlpha(units, 'interval')).toBeCloseTo(0.8491071428571428, 10);
  });

  it('alpha is undefined with one value throughout, and needs two pairable values', () => {
    expect(
      krippendorffAlpha(
        [
          [1, 1],
          [1, 1],
        ],
        'nominal',
      ),
    ).toBeNull();
    expect(krippendorffAlpha([[0], [1]], 'nominal')).toBeNull();
  });

  // 24 double-labelled patches: patterns (3 classes) and ordinal intensity (3 levels)
  const patterns = [
    [0, 0],
    [1, 1],
    [2, 2],
    [0, 1],
    [1, 1],
    [2, 2],
    [0, 0],
    [1, 2],
    [2, 2],
    [0, 0],
    [1, 1],
    [2, 0],
    [0, 0],
    [1, 1],
    [2, 2],
    [0, 0],
    [1, 0],
    [2, 2],
    [1, 1],
    [0, 0],
    [2, 1],
    [1, 1],
    [0, 0],
    [2, 2],
  ];
  const intensities = [
    [0, 0],
    [1, 2],
    [2, 2],
    [0, 1],
    [1, 1],
    [2, 2],
    [0, 0],
    [1, 2],
    [2, 1],
    [0, 0],
    [1, 1],
    [2, 0],
    [0, 1],
    [1, 1],
    [2, 2],
    [0, 0],
    [1, 0],
    [2, 2],
    [1, 1],
    [0, 0],
    [2, 1],
    [1, 1],
    [0, 0],
    [2, 2],
  ];

  it("Fleiss' kappa with its bootstrap interval", () => {
    const e = estimate("Fleiss' kappa", patterns, (s) => fleissKappaOfUnits(s, 3));
    expect(e.items).toBe(24);
    expect(e.value).toBeCloseTo(0.6870925684485005, 10);
    expect(e.low).toBeCloseTo(0.4040578836946581, 10);
    expect(e.high).toBeCloseTo(0.9332406119610571, 10);
  });

  it("Krippendorff's alpha, nominal patterns and ordinal intensity, with bootstrap intervals", () => {
    const nominal = estimate('alpha', patterns, (s) => krippendorffAlpha(s, 'nominal', 3));
    expect(nominal.value).toBeCloseTo(0.6936114732724903, 10);
    expect(nominal.low).toBeCloseTo(0.41647334445101936, 10);
    expect(nominal.high).toBeCloseTo(0.9346314325452016, 10);
    const ordinal = estimate('alpha', intensities, (s) => krippendorffAlpha(s, 'ordinal', 3));
    expect(ordinal.value).toBeCloseTo(0.6533912715868362, 10);
    expect(ordinal.low).toBeCloseTo(0.31571609761085123, 10);
    expect(ordinal.high).toBeCloseTo(0.8724531674558553, 10);
  });

  it('mean Dice with its bootstrap interval', () => {
    const dices = [0.91, 0.85, 0.78, 0.95, 0.6, 0.88, 0.92, 0.81];
    const e = estimate('mean Dice', dices, (s) => mean(s));
    expect(e.value).toBeCloseTo(0.8375, 10);
    expect(e.low).toBeCloseTo(0.76375, 10);
    expect(e.high).toBeCloseTo(0.89875, 10);
  });

  it('no statistic on a single item', () => {
    expect(estimate('alpha', [[0, 1]], (s) => krippendorffAlpha(s, 'nominal', 3))).toMatchObject({
      value: null,
      low: null,
      high: null,
      items: 1,
    });
    expect(bootstrapInterval([0.5], (s) => mean(s))).toBeNull();
    expect(accuracyEstimate('accuracy', [true]).value).toBeNull();
  });

  it('the generator and the Wilson interval match their reference values', () => {
    const random = mulberry32(1);
    expect([random(), random(), random()]).toEqual([
      0.6270739405881613, 0.002735721180215478, 0.5274470399599522,
    ]);
    const w = wilsonInterval(7, 9);
    expect(w?.low).toBeCloseTo(0.4525889666922117, 10);
    expect(w?.high).toBeCloseTo(0.9367748934594303, 10);
    expect(accuracyEstimate('accuracy', [true, true, false]).value).toBeCloseTo(2 / 3, 10);
  });
});

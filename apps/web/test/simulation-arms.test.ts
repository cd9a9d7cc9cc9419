import { describe, expect, it } from 'vitest';
import { armChart, armComparisons, intervalText } from '../src/features/learning/simulation-arms-data';

const point = (cost: number, composite: number | null) => ({
  cost,
  values: [
    { metric: 'composite', mean: composite },
    { metric: 'dice', mean: null },
  ],
});
const curves = ['full', 'random', 'diversity'].flatMap((arm, k) =>
  ['balanced', 'natural'].map((testSet) => ({
    arm,
    testSet,
    points: [point(52, 0.5), point(91, 0.6 + k / 100), point(130, testSet === 'natural' ? null : 0.7)],
  })),
);

describe('simulated arms chart', () => {
  it('draws one line per arm against label cost, random first and grey, the full strategy solid', () => {
    const { rows, series } = armChart(curves, 'balanced', 'composite');
    expect(series.map((s) => s.label)).toEqual(['random', 'diversity', 'full']);
    expect(series[0]?.colour).toBe('#9aa0a6');
    expect(series.map((s) => s.dashed)).toEqual([true, true, false]);
    expect(rows.map((r) => r.cost)).toEqual([52, 91, 130]);
    expect(rows[1]).toEqual({ cost: 91, a0: 0.61, a1: 0.62, a2: 0.6 });
    // A missing value leaves the point out; a metric without values draws nothing.
    expect(armChart(curves, 'natural', 'composite').rows.map((r) => r.cost)).toEqual([52, 91]);
    expect(armChart(curves, 'balanced', 'dice').series).toEqual([]);
  });

  it('tabulates each arm against random with its intervals; null bounds read "not reached"', () => {
    const rows = armComparisons(
      [
        {
          arm: 'full',
          testSet: 'balanced',
          metric: 'composite',
          aucMean: 0.6123,
          aucDifference: { estimate: -0.012, lower: -0.02, upper: 0.002 },
          costRatioMedian: { estimate: 1.05, lower: 0.8, upper: null },
          reached: 4,
          seeds: 10,
        },
        {
          arm: 'random',
          testSet: 'balanced',
          metric: 'composite',
          aucMean: 0.62,
          aucDifference: null,
          costRatioMedian: { estimate: 1, lower: 1, upper: 1 },
          reached: 10,
          seeds: 10,
        },
        { arm: 'full', testSet: 'natural', metric: 'composite', reached: 1, seeds: 10 },
      ],
      'balanced',
      'composite',
    );
    expect(rows).toEqual([
      {
        arm: 'random',
        auc: '0.620',
        aucDifference: 'baseline',
        costShare: '1.00 [1.00, 1.00]',
        reached: '10/10',
      },
      {
        arm: 'full',
        auc: '0.612',
        aucDifference: '-0.012 [-0.020, +0.002]',
        costShare: '1.05 [0.80, not reached]',
        reached: '4/10',
      },
    ]);
    expect(intervalText(null, 3)).toBe('–');
  });
});

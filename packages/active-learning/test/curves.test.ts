import { describe, expect, it } from 'vitest';
import type { CurvePoint } from '../src/simulation/al-loop';
import { compare, labelsToReach, normalisedAuc, summarise } from '../src/simulation/curve-report';

const point = (labels: number, v: number): CurvePoint => ({
  labels,
  perClass: [],
  metrics: { patternAccuracy: v, patternMca: v, intensityAccuracy: v, dice: v, composite: v },
});

describe('label-efficiency report', () => {
  it('normalised AUC, labels to reach a target, and the comparison', () => {
    // Trapezoids: (0.5+0.7)/2*10 + (0.7+0.8)/2*10 = 13.5 over a range of 20.
    expect(normalisedAuc([10, 20, 30], [0.5, 0.7, 0.8])).toBeCloseTo(0.675, 12);
    expect(labelsToReach([10, 20, 30], [0.5, 0.7, 0.8], 0.6)).toBeCloseTo(15, 12);
    expect(labelsToReach([10, 20, 30], [0.5, 0.7, 0.8], 0.9)).toBeNull();
    const active = [[point(10, 0.5), point(20, 0.8), point(30, 0.85)]];
    const random = [[point(10, 0.5), point(20, 0.6), point(30, 0.7)]];
    const c = compare(active, random, 'composite');
    // Active reaches random's final 0.7 at 10 + (0.2/0.3)*10 labels, i.e. 0.556 of random's 30.
    expect(c.labelRatio.perSeed[0]).toBeCloseTo((10 + 20 / 3) / 30, 9);
    expect(c.aucDifference.mean).toBeCloseTo(0.7375 - 0.6, 9);
    const s = summarise([...active, ...random], 'composite');
    for (const [i, v] of [0.5, 0.7, 0.775].entries()) expect(s.mean[i]).toBeCloseTo(v, 12);
    expect(s.sd[0]).toBe(0);
  });
});

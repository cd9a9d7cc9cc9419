import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LABEL_COST,
  labelledSample,
  parseLabelCost,
  parseLabelTasks,
  patchCost,
  patchesForBudget,
} from '../src/simulation/label-cost';
import type { SimSample } from '../src/simulation/synthetic-pool';

describe('label cost accounting', () => {
  it('defaults rank mask > intensity > pattern, and a mask costs more than a click', () => {
    const c = DEFAULT_LABEL_COST;
    expect(c.mask).toBeGreaterThan(c.intensity);
    expect(c.intensity).toBeGreaterThan(c.pattern);
    expect(patchCost(['pattern', 'mask'], c)).toBeGreaterThan(patchCost(['pattern'], c));
    expect(patchCost(['pattern', 'intensity', 'mask'], c)).toBe(1 + 2 + 10);
  });

  it('parses --cost and --label-tasks, keeping unnamed defaults and refusing typos', () => {
    expect(parseLabelCost('pattern=1,intensity=1,mask=10')).toEqual({ pattern: 1, intensity: 1, mask: 10 });
    expect(parseLabelCost('mask=20')).toEqual({ pattern: 1, intensity: 2, mask: 20 });
    expect(() => parseLabelCost('maks=3')).toThrow(/unknown task/);
    expect(() => parseLabelCost('mask=-1')).toThrow(/>= 0/);
    expect(parseLabelTasks('mask, pattern')).toEqual(['pattern', 'mask']);
    expect(() => parseLabelTasks('pattern,colour')).toThrow(/unknown/);
  });

  it('a budget buys fewer patches when each gets a mask', () => {
    const cost = { pattern: 1, intensity: 2, mask: 10 };
    // 130 units: 10 fully labelled patches (13 each) or 43 pattern + intensity patches (3 each).
    expect(patchesForBudget(130, ['pattern', 'intensity', 'mask'], cost)).toBe(10);
    expect(patchesForBudget(130, ['pattern', 'intensity'], cost)).toBe(43);
    expect(patchesForBudget(130, ['pattern'], cost)).toBe(130);
    expect(() => patchesForBudget(10, ['pattern'], { pattern: 0, intensity: 0, mask: 0 })).toThrow();
  });

  it('the oracle gives only the bought labels; the rest are missing for training', () => {
    const sample: SimSample = {
      id: 'x',
      specimenId: 's',
      image: new Float32Array(4),
      mask: new Float32Array([0, 1, 1, 0]),
      pattern: 3,
      intensity: 1,
    };
    const cheap = labelledSample(sample, ['pattern']);
    expect(cheap.pattern).toBe(3);
    expect(cheap.intensity).toBeNull();
    expect(cheap.mask).toBeNull();
    expect(labelledSample(sample, ['pattern', 'intensity', 'mask']).mask).toBe(sample.mask);
  });
});

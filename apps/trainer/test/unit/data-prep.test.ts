import { minMaxNormalise, resizeArea, prepareMask as resizeMask } from '@hep2/data';
import { parseTrainingPolicy, resolveRunConfig } from '@hep2/training';
import { describe, expect, it } from 'vitest';
import { SampleCache } from '../../src/features/data/sample-cache';
import { pickValidationSpecimens } from '../../src/features/data/validation-split';

describe('image preparation', () => {
  it('area-averages when shrinking', () => {
    const src = [1, 3, 5, 7, 1, 3, 5, 7, 0, 0, 8, 8, 0, 0, 8, 8];
    expect(Array.from(resizeArea(src, 4, 4, 2))).toEqual([2, 6, 0, 8]);
  });

  it('handles non-integer ratios without losing mass', () => {
    const src = new Array(9).fill(2);
    expect(Array.from(resizeArea(src, 3, 3, 2))).toEqual([2, 2, 2, 2]);
  });

  it('normalises to [0, 1] and keeps flat images finite', () => {
    expect(Array.from(minMaxNormalise(Float32Array.from([10, 20, 30])))).toEqual([0, 0.5, 1]);
    expect(Array.from(minMaxNormalise(Float32Array.from([4, 4])))).toEqual([0, 0]);
  });

  it('thresholds masks at half coverage', () => {
    const mask = [255, 255, 0, 0, 255, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    expect(Array.from(resizeMask(mask, 4, 4, 2))).toEqual([1, 0, 0, 0]);
  });
});

describe('sample cache', () => {
  it('evicts least recently used entries beyond its byte budget', () => {
    const entry = () => ({ image: new Float32Array(10), mask: null });
    const cache = new SampleCache(100);
    cache.set('a', entry());
    cache.set('b', entry());
    cache.get('a');
    cache.set('c', entry());
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.usedBytes).toBeLessThanOrEqual(100);
  });
});

describe('validation specimens', () => {
  const specimens = Array.from({ length: 10 }, (_, i) => ({ id: `s${i}`, label: i % 2 }));

  it('is deterministic, stratified by label and leaves training specimens', () => {
    const a = pickValidationSpecimens('ds', specimens, 0.2);
    expect(a).toEqual(pickValidationSpecimens('ds', [...specimens].reverse(), 0.2));
    expect(a).toHaveLength(2);
    expect(new Set(a.map((id) => specimens.find((s) => s.id === id)?.label))).toEqual(new Set([0, 1]));
    expect(pickValidationSpecimens('ds', specimens.slice(0, 2), 0.5)).toHaveLength(1);
    expect(pickValidationSpecimens('ds', specimens.slice(0, 1), 0.5)).toEqual([]);
  });
});

describe('settings', () => {
  it('fills run defaults and names a bad field', () => {
    expect(resolveRunConfig({})).toMatchObject({
      variant: 'lite',
      inputSize: 64,
      width: 8,
      blocks: [1, 1, 1],
      epochs: 5,
    });
    expect(() => resolveRunConfig({ epochs: 0 })).toThrow(/epochs/);
    expect(() => resolveRunConfig({ inputSize: 40 })).toThrow(/inputSize/);
    expect(() => resolveRunConfig({ nonsense: 1 })).toThrow();
  });

  it('falls back to the default policy when the stored one is invalid', () => {
    const { policy, problem } = parseTrainingPolicy({ threshold: -3 });
    expect(problem).toMatch(/threshold/);
    expect(policy).toMatchObject({ singleFlight: true, autoPromote: true, paused: false });
  });
});

import { describe, expect, it } from 'vitest';
import { binaryEntropy, meanUncertainty } from '../src/features/editor/display/uncertainty-layer';

describe('per-pixel uncertainty', () => {
  it('is the binary entropy in bits: 0 where sure, 1 at p = 0.5, symmetric', () => {
    expect(binaryEntropy(0)).toBe(0);
    expect(binaryEntropy(1)).toBe(0);
    expect(binaryEntropy(0.5)).toBeCloseTo(1, 12);
    expect(binaryEntropy(0.1)).toBeCloseTo(binaryEntropy(0.9), 12);
    expect(binaryEntropy(0.1)).toBeCloseTo(0.469, 3);
  });

  it('averages a stored map (p x 255) over its pixels', () => {
    const data = new Uint8Array([0, 255, 128, 128]);
    const mean = meanUncertainty({ width: 2, height: 2, data, maxValue: 255 });
    expect(mean).toBeCloseTo((2 * binaryEntropy(128 / 255)) / 4, 6);
  });
});

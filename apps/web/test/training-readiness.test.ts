import { describe, expect, it } from 'vitest';
import { patchGeometryFrom } from '../src/features/imports/dataset-options';
import { defaultInputSize } from '../src/features/training/training-readiness';

describe('the training form says what the trainer will do', () => {
  it('shows the input size the trainer derives from the patch size (lite model)', () => {
    expect(defaultInputSize(78)).toBe(80);
    expect(defaultInputSize(80)).toBe(80);
    expect(defaultInputSize(64)).toBe(64);
    expect(defaultInputSize(20)).toBe(32);
    expect(defaultInputSize(128)).toBe(128);
    expect(defaultInputSize(384)).toBe(64);
    expect(defaultInputSize(null)).toBe(64);
  });
});

describe('a new dataset’s patch geometry', () => {
  it('keeps the defaults for empty fields and one stride for both directions', () => {
    expect(patchGeometryFrom({ patchSize: '', stride: '' })).toEqual({});
    expect(patchGeometryFrom({ patchSize: '80', stride: '' })).toEqual({ patchSize: 80 });
    expect(patchGeometryFrom({ patchSize: '80', stride: '40' })).toEqual({
      patchSize: 80,
      strideX: 40,
      strideY: 40,
    });
    expect(() => patchGeometryFrom({ patchSize: '7.5', stride: '' })).toThrow('Patch size');
    expect(() => patchGeometryFrom({ patchSize: '80', stride: '0' })).toThrow('Stride');
  });
});

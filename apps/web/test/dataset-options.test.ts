import { describe, expect, it } from 'vitest';
import { patchGeometryFrom } from '../src/features/imports/dataset-options';

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

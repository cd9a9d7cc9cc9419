import { describe, expect, it } from 'vitest';
import {
  cutImagePatch,
  cutMaskPatch,
  generateSpecimen,
  patchGrid,
  prepareImage,
  referenceStrides,
  resizeArea,
} from '../src/index';

describe('cell-level patches', () => {
  it('a crop inside the patch size is one patch covering exactly the crop, never padded', () => {
    for (const patch of [80, 384]) {
      const settings = { patchWidth: patch, patchHeight: patch, ...referenceStrides(patch) };
      expect(patchGrid(78, 78, settings)).toEqual([
        {
          index: 0,
          row: 0,
          col: 0,
          x: 0,
          y: 0,
          width: 78,
          height: 78,
          validWidth: 78,
          validHeight: 78,
          padded: false,
        },
      ]);
      // Not square, and exactly the patch size along one axis.
      expect(patchGrid(72, patch, settings)).toMatchObject([{ width: 72, height: patch, padded: false }]);
    }
  });

  it('cuts the crop unchanged (no zero border) and resizes non-square patches to the model input', () => {
    const s = generateSpecimen({ seed: 3, pattern: 'centromere', width: 78, height: 64, cellCount: 1 });
    const [rect] = patchGrid(78, 64, { patchWidth: 384, patchHeight: 384, strideX: 251, strideY: 328 });
    if (!rect) throw new Error('no patch');
    const image = cutImagePatch(s.image, rect);
    expect(image).toMatchObject({ width: 78, height: 64 });
    expect(Buffer.from(image.data.buffer).equals(Buffer.from(s.image.data.buffer))).toBe(true);
    expect(cutMaskPatch(s.mask, rect).data).toEqual(s.mask.data);
    // The trainer's resize spreads the whole crop over the input (a constant crop stays constant).
    const flat = resizeArea(new Float32Array(78 * 64).fill(7), 78, 64, 32);
    expect(flat.every((v) => Math.abs(v - 7) < 1e-5)).toBe(true);
    expect(prepareImage(image.data, 78, 64, 32)).toHaveLength(32 * 32);
  });

  it('default strides keep the reference ratio', () => {
    expect(referenceStrides(384)).toEqual({ strideX: 251, strideY: 328 });
    expect(referenceStrides(80)).toEqual({ strideX: 52, strideY: 68 });
    expect(referenceStrides(1)).toEqual({ strideX: 1, strideY: 1 });
  });
});

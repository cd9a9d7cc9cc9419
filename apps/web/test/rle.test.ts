import { describe, expect, it } from 'vitest';
import { emptyMask, masksEqual } from '../src/features/editor/mask/mask';
import { decodeRle, encodeRle, RleError } from '../src/features/editor/mask/rle';

describe('COCO RLE', () => {
  it('encodes column-major runs starting with background', () => {
    // 2 rows x 3 columns; row-major [0 1 1 / 0 0 1] -> columns (0,0) (1,0) (1,1)
    const mask = { width: 3, height: 2, data: Uint8Array.from([0, 1, 1, 0, 0, 1]) };
    expect(encodeRle(mask)).toEqual({ size: [2, 3], counts: [2, 1, 1, 2] });
  });

  it('starts with a zero-length run when the first pixel is foreground', () => {
    const mask = { width: 2, height: 1, data: Uint8Array.from([1, 0]) };
    expect(encodeRle(mask)).toEqual({ size: [1, 2], counts: [0, 1, 1] });
  });

  it('round-trips random masks of odd sizes', () => {
    for (const [w, h] of [
      [1, 1],
      [7, 5],
      [33, 17],
      [384, 384],
    ] as const) {
      const mask = emptyMask(w, h);
      for (let i = 0; i < mask.data.length; i++) mask.data[i] = Math.random() < 0.3 ? 1 : 0;
      const back = decodeRle(encodeRle(mask));
      expect(back.width).toBe(w);
      expect(back.height).toBe(h);
      expect(masksEqual(back, mask)).toBe(true);
    }
  });

  it('encodes an empty mask as one background run', () => {
    expect(encodeRle(emptyMask(4, 3))).toEqual({ size: [3, 4], counts: [12] });
  });

  it('refuses runs that do not cover the image', () => {
    expect(() => decodeRle({ size: [2, 2], counts: [1, 1] })).toThrow(RleError);
    expect(() => decodeRle({ size: [2, 2], counts: [3, 3] })).toThrow(RleError);
    expect(() => decodeRle({ size: [2, 2], counts: [-1, 5] })).toThrow(RleError);
    expect(() => decodeRle({ size: [2], counts: [2] })).toThrow(RleError);
  });
});

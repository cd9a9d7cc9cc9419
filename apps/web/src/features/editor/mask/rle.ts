import type { Mask } from './mask';

/** COCO uncompressed RLE: run lengths over column-major pixels, the first run is background. */
export interface CocoRle {
  size: [number, number];
  counts: number[];
}

export class RleError extends Error {
  override name = 'RleError';
}

/** Encodes a row-major mask as COCO RLE ([height, width], column-major runs starting with 0s). */
export function encodeRle(mask: Mask): CocoRle {
  const { width, height, data } = mask;
  const counts: number[] = [];
  let current = 0;
  let run = 0;
  for (let x = 0; x < width; x++) {
    for (let y = 0; y < height; y++) {
      const value = data[y * width + x] ? 1 : 0;
      if (value !== current) {
        counts.push(run);
        current = value;
        run = 0;
      }
      run++;
    }
  }
  counts.push(run);
  return { size: [height, width], counts };
}

/** Decodes COCO RLE into a row-major mask; refuses runs that do not cover the image exactly. */
export function decodeRle(rle: { size: readonly number[]; counts: readonly number[] }): Mask {
  const [height, width] = rle.size;
  if (rle.size.length !== 2 || !Number.isInteger(height) || !Number.isInteger(width)) {
    throw new RleError('size must be [height, width]');
  }
  const h = height as number;
  const w = width as number;
  const data = new Uint8Array(w * h);
  let index = 0;
  let value = 0;
  for (const count of rle.counts) {
    if (!Number.isInteger(count) || count < 0) throw new RleError('counts must be non-negative integers');
    if (index + count > w * h) throw new RleError('counts cover more pixels than the image has');
    if (value === 1) {
      for (let k = index; k < index + count; k++) {
        const x = Math.floor(k / h);
        const y = k - x * h;
        data[y * w + x] = 1;
      }
    }
    index += count;
    value = 1 - value;
  }
  if (index !== w * h) throw new RleError(`counts cover ${index} pixels, the image has ${w * h}`);
  return { width: w, height: h, data };
}

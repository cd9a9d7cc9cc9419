import type { BinaryMask, GreyImage } from '../image/grey-image';
import type { PatchRect } from './patch-grid';

function cutPixels<T extends Uint8Array | Uint16Array>(src: T, srcWidth: number, rect: PatchRect, out: T): T {
  for (let y = 0; y < rect.validHeight; y++) {
    const from = (rect.y + y) * srcWidth + rect.x;
    out.set(src.subarray(from, from + rect.validWidth), y * rect.width);
  }
  return out;
}

/** The patch's pixels; parts outside the image are zero. */
export function cutImagePatch(image: GreyImage, rect: PatchRect): GreyImage {
  const n = rect.width * rect.height;
  const data =
    image.data instanceof Uint16Array
      ? cutPixels(image.data, image.width, rect, new Uint16Array(n))
      : cutPixels(image.data, image.width, rect, new Uint8Array(n));
  return { width: rect.width, height: rect.height, bitDepth: image.bitDepth, data };
}

export function cutMaskPatch(mask: BinaryMask, rect: PatchRect): BinaryMask {
  const data = cutPixels(mask.data, mask.width, rect, new Uint8Array(rect.width * rect.height));
  return { width: rect.width, height: rect.height, data };
}

export interface PatchValues {
  rect: PatchRect;
  /** Either a 0/255 mask or probabilities in 0..1, patch-sized. */
  values: Uint8Array | Float32Array;
}

/**
 * Averages overlapping patch masks or probabilities into a full-size probability map (padding
 * ignored); pixels no patch covers stay 0.
 */
export function rebuildProbability(
  width: number,
  height: number,
  patches: readonly PatchValues[],
): Float32Array {
  const sum = new Float32Array(width * height);
  const count = new Uint16Array(width * height);
  for (const { rect, values } of patches) {
    const scale = values instanceof Uint8Array ? 1 / 255 : 1;
    for (let y = 0; y < rect.validHeight; y++) {
      const row = (rect.y + y) * width + rect.x;
      for (let x = 0; x < rect.validWidth; x++) {
        sum[row + x] = (sum[row + x] as number) + (values[y * rect.width + x] as number) * scale;
        count[row + x] = (count[row + x] as number) + 1;
      }
    }
  }
  for (let i = 0; i < sum.length; i++) if (count[i]) sum[i] = (sum[i] as number) / (count[i] as number);
  return sum;
}

/** Full mask from overlapping patch outputs: mean vote >= threshold is foreground. */
export function rebuildMask(
  width: number,
  height: number,
  patches: readonly PatchValues[],
  threshold = 0.5,
): BinaryMask {
  const p = rebuildProbability(width, height, patches);
  const data = new Uint8Array(width * height);
  for (let i = 0; i < data.length; i++) data[i] = (p[i] as number) >= threshold ? 255 : 0;
  return { width, height, data };
}

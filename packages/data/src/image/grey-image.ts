export type BitDepth = 8 | 16;

/** A single-channel image, row-major. */
export interface GreyImage {
  width: number;
  height: number;
  bitDepth: BitDepth;
  data: Uint8Array | Uint16Array;
}

/** A binary mask, row-major, values 0 (background) or 255 (foreground). */
export interface BinaryMask {
  width: number;
  height: number;
  data: Uint8Array;
}

export const MASK_ON = 255;

export function createMask(width: number, height: number): BinaryMask {
  return { width, height, data: new Uint8Array(width * height) };
}

export function createGreyImage(width: number, height: number, bitDepth: BitDepth): GreyImage {
  const size = width * height;
  return { width, height, bitDepth, data: bitDepth === 16 ? new Uint16Array(size) : new Uint8Array(size) };
}

export function maxValue(bitDepth: BitDepth): number {
  return bitDepth === 16 ? 65535 : 255;
}

/** Fraction of pixels that are foreground. */
export function maskCoverage(mask: BinaryMask): number {
  let on = 0;
  for (let i = 0; i < mask.data.length; i++) if (mask.data[i] !== 0) on++;
  return mask.data.length === 0 ? 0 : on / mask.data.length;
}

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

export function maxValue(bitDepth: BitDepth): number {
  return bitDepth === 16 ? 65535 : 255;
}

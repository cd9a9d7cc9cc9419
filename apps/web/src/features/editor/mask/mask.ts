/** A binary mask in row-major order: 1 = cell, 0 = background. */
export interface Mask {
  width: number;
  height: number;
  data: Uint8Array;
}

export const emptyMask = (width: number, height: number): Mask => ({
  width,
  height,
  data: new Uint8Array(width * height),
});

export const cloneMask = (mask: Mask): Mask => ({ ...mask, data: mask.data.slice() });

export function maskArea(mask: Mask): number {
  let area = 0;
  for (let i = 0; i < mask.data.length; i++) area += mask.data[i] ? 1 : 0;
  return area;
}

export function masksEqual(a: Mask, b: Mask): boolean {
  if (a.width !== b.width || a.height !== b.height) return false;
  for (let i = 0; i < a.data.length; i++) if ((a.data[i] ? 1 : 0) !== (b.data[i] ? 1 : 0)) return false;
  return true;
}

import type { DirtyRect } from '../mask/brush';
import type { Mask } from '../mask/mask';

/** RGBA of the overlay colour, packed little-endian for a Uint32Array view of ImageData. */
export const packRgba = (r: number, g: number, b: number, a = 255) =>
  ((a << 24) | (b << 16) | (g << 8) | r) >>> 0;

/** Writes the mask into overlay pixels (colour where set, transparent elsewhere), only inside `rect`. */
export function writeOverlay(
  mask: Mask,
  out: ImageData,
  colour: number,
  rect: DirtyRect | null = null,
): void {
  const pixels = new Uint32Array(out.data.buffer, out.data.byteOffset, out.data.length / 4);
  const r = rect ?? { x0: 0, y0: 0, x1: mask.width, y1: mask.height };
  for (let y = r.y0; y < r.y1; y++) {
    const row = y * mask.width;
    for (let x = r.x0; x < r.x1; x++) pixels[row + x] = mask.data[row + x] ? colour : 0;
  }
}

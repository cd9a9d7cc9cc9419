import { colormapRgb } from './colormaps';
import { type DisplaySettings, toneMap } from './display-settings';

/**
 * RGBA for every possible source value (256 entries for 8-bit, 65536 for 16-bit): rendering is then
 * one table lookup per pixel, so dragging a slider redraws a 16-bit patch in a few milliseconds.
 */
export function buildLut(maxValue: number, settings: DisplaySettings): Uint8ClampedArray {
  const size = maxValue + 1;
  const lut = new Uint8ClampedArray(size * 4);
  for (let v = 0; v < size; v++) {
    const [r, g, b] = colormapRgb(settings.colormap, toneMap(v, settings));
    lut[v * 4] = r;
    lut[v * 4 + 1] = g;
    lut[v * 4 + 2] = b;
    lut[v * 4 + 3] = 255;
  }
  return lut;
}

/** Writes `source` through `lut` into RGBA pixels. */
export function applyLut(source: ArrayLike<number>, lut: Uint8ClampedArray, out: Uint8ClampedArray): void {
  const table = new Uint32Array(lut.buffer, lut.byteOffset, lut.length / 4);
  const pixels = new Uint32Array(out.buffer, out.byteOffset, out.length / 4);
  for (let i = 0; i < source.length; i++) pixels[i] = table[source[i] as number] as number;
}

/** The clipping overlay: saturated pixels (the bit depth's largest value) in red, whatever the colour map. */
export function markSaturated(lut: Uint8ClampedArray, maxValue: number): Uint8ClampedArray {
  const marked = lut.slice();
  marked.set([255, 32, 32, 255], maxValue * 4);
  return marked;
}

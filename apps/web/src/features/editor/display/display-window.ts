import { autoWindow } from './auto-window';
import type { GreyImage } from './grey-image';

/** The specimen's display window as the API reports it, in the original's units. */
export interface SpecimenWindow {
  low: number;
  high: number;
  min: number;
  max: number;
  bitDepth: number;
  saturatedFraction: number;
}

/**
 * How the editor chooses Black and White:
 * - `specimen`: one window for the whole specimen (ignoring padding zeros), so patches of one
 *   specimen look alike and a dim specimen is not re-stretched patch by patch;
 * - `patch`: fitted to this patch alone (the old auto contrast);
 * - `raw`: the fixed scale 0..2^bitDepth-1, so a dim specimen looks dim (what the intensity grade judges).
 */
export type WindowMode = 'specimen' | 'patch' | 'raw';

/** The specimen's window when it is known and in this image's units, else one fitted to the patch. */
export function specimenWindow(
  image: GreyImage,
  window: SpecimenWindow | null,
): { low: number; high: number } {
  if (window && window.high > window.low && window.high <= image.maxValue && sameDepth(image, window))
    return { low: window.low, high: window.high };
  return autoWindow(image.data, image.maxValue);
}

const sameDepth = (image: GreyImage, window: SpecimenWindow) =>
  (window.bitDepth === 16) === image.maxValue > 255;

export function windowFor(
  mode: WindowMode,
  image: GreyImage,
  window: SpecimenWindow | null,
): { low: number; high: number } {
  if (mode === 'raw') return { low: 0, high: image.maxValue };
  if (mode === 'patch') return autoWindow(image.data, image.maxValue);
  return specimenWindow(image, window);
}

export interface ValueStats {
  min: number;
  max: number;
  /** Pixels at the bit depth's largest value: the camera saturated, the true intensity is unknown. */
  saturated: number;
  saturatedFraction: number;
}

export function valueStats(image: GreyImage): ValueStats {
  let min = image.maxValue;
  let max = 0;
  let saturated = 0;
  const data = image.data;
  for (let i = 0; i < data.length; i++) {
    const v = data[i] as number;
    if (v < min) min = v;
    if (v > max) max = v;
    if (v === image.maxValue) saturated++;
  }
  if (data.length === 0) min = 0;
  return { min, max, saturated, saturatedFraction: data.length ? saturated / data.length : 0 };
}

/** Share of saturated pixels above which the editor warns (fluorescence grading needs unclipped cells). */
export const SATURATION_WARNING = 0.01;

/**
 * The Black/White slider range: the values the image actually holds (and the specimen's), with a
 * little headroom, not 0..65535 where a useful 16-bit window is two pixels of slider.
 */
export function sliderRange(
  image: GreyImage,
  stats: ValueStats,
  window: SpecimenWindow | null,
  current: { low: number; high: number },
): { min: number; max: number } {
  const top = Math.max(stats.max, window && sameDepth(image, window) ? window.max : 0, current.high, 1);
  const headroom = image.maxValue > 255 ? Math.ceil(top * 0.05) : 0;
  return { min: 0, max: Math.min(image.maxValue, top + headroom) };
}

/**
 * For a patch that was padded into a bigger square: the box of its non-zero pixels (the real crop),
 * so the view fits the cell instead of the black padding. Null when nothing is padding.
 */
export function contentBox(image: GreyImage): { x: number; y: number; width: number; height: number } | null {
  let x0 = image.width;
  let y0 = image.height;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < image.height; y++)
    for (let x = 0; x < image.width; x++)
      if (image.data[y * image.width + x]) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
  if (x1 < 0) return null;
  const box = { x: x0, y: y0, width: x1 - x0 + 1, height: y1 - y0 + 1 };
  return box.width === image.width && box.height === image.height ? null : box;
}

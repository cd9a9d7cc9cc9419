import type { Colormap } from './colormaps';

/** How source intensities become screen colours; applied on the CPU through a lookup table. */
export interface DisplaySettings {
  /** Window in source units; values below `low` are black, above `high` full colour. */
  low: number;
  high: number;
  /** Added after windowing, in [-1, 1]. */
  brightness: number;
  /** Slope around mid-grey, in [0.2, 5]. */
  contrast: number;
  /** Output = input^(1/gamma); gamma > 1 lifts dim staining. */
  gamma: number;
  colormap: Colormap;
}

export const defaultDisplay = (maxValue: number): DisplaySettings => ({
  low: 0,
  high: maxValue,
  brightness: 0,
  contrast: 1,
  gamma: 1,
  colormap: 'green',
});

/** One intensity through window, gamma, contrast and brightness, as a value in [0, 1]. */
export function toneMap(value: number, s: DisplaySettings): number {
  const span = Math.max(1e-9, s.high - s.low);
  let t = Math.min(1, Math.max(0, (value - s.low) / span));
  t = t ** (1 / Math.max(0.05, s.gamma));
  t = (t - 0.5) * s.contrast + 0.5 + s.brightness;
  return Math.min(1, Math.max(0, t));
}

export const COLORMAPS = ['grey', 'green', 'fire', 'viridis'] as const;
export type Colormap = (typeof COLORMAPS)[number];

export const colormapLabels: Record<Colormap, string> = {
  grey: 'Grey',
  green: 'FITC green',
  fire: 'Fire',
  viridis: 'Viridis',
};

type Rgb = [number, number, number];

const lerpStops = (stops: readonly Rgb[], t: number): Rgb => {
  const scaled = Math.min(1, Math.max(0, t)) * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(scaled));
  const f = scaled - i;
  const a = stops[i] as Rgb;
  const b = stops[i + 1] as Rgb;
  return [a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f, a[2] + (b[2] - a[2]) * f];
};

// Perceptually ordered stops; fire and viridis make dim intermediate staining easier to tell apart.
const FIRE: readonly Rgb[] = [
  [0, 0, 0],
  [90, 0, 120],
  [200, 30, 40],
  [255, 140, 0],
  [255, 230, 80],
  [255, 255, 255],
];
const VIRIDIS: readonly Rgb[] = [
  [68, 1, 84],
  [59, 82, 139],
  [33, 145, 140],
  [94, 201, 98],
  [253, 231, 37],
];

/** The colour of an intensity t in [0, 1]. */
export function colormapRgb(map: Colormap, t: number): Rgb {
  const v = Math.min(1, Math.max(0, t));
  switch (map) {
    case 'grey':
      return [v * 255, v * 255, v * 255];
    case 'green':
      return [v * 60, v * 255, v * 60];
    case 'fire':
      return lerpStops(FIRE, v);
    case 'viridis':
      return lerpStops(VIRIDIS, v);
  }
}

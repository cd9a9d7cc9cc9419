import type { BitDepth, GreyImage } from './grey-image';

/** How a decoded image became one grey channel. */
export type GreyConversion =
  | 'none'
  | 'alpha-dropped'
  | 'rgb-identical-channels'
  | 'green-channel'
  | 'luminance';

/** auto: identical channels -> any; only green carries signal -> green; otherwise luminance. */
export type RgbToGrey = 'auto' | 'green' | 'luminance';

export interface InterleavedPixels {
  width: number;
  height: number;
  channels: number;
  bitDepth: BitDepth;
  samples: Uint8Array | Uint16Array;
}

function channel(p: InterleavedPixels, c: number): Uint8Array | Uint16Array {
  const n = p.width * p.height;
  const out = p.bitDepth === 16 ? new Uint16Array(n) : new Uint8Array(n);
  for (let i = 0, j = c; i < n; i++, j += p.channels) out[i] = p.samples[j] ?? 0;
  return out;
}

function rgbStats(p: InterleavedPixels): { identical: boolean; redBlueMax: number; greenMax: number } {
  let identical = true;
  let redBlueMax = 0;
  let greenMax = 0;
  const s = p.samples;
  for (let j = 0; j < s.length; j += p.channels) {
    const r = s[j] ?? 0;
    const g = s[j + 1] ?? 0;
    const b = s[j + 2] ?? 0;
    if (r !== g || g !== b) identical = false;
    if (r > redBlueMax) redBlueMax = r;
    if (b > redBlueMax) redBlueMax = b;
    if (g > greenMax) greenMax = g;
  }
  return { identical, redBlueMax, greenMax };
}

function luminance(p: InterleavedPixels): Uint8Array | Uint16Array {
  const n = p.width * p.height;
  const out = p.bitDepth === 16 ? new Uint16Array(n) : new Uint8Array(n);
  const s = p.samples;
  for (let i = 0, j = 0; i < n; i++, j += p.channels) {
    out[i] = Math.round(0.299 * (s[j] ?? 0) + 0.587 * (s[j + 1] ?? 0) + 0.114 * (s[j + 2] ?? 0));
  }
  return out;
}

export function toGrey(p: InterleavedPixels, mode: RgbToGrey): GreyImage & { conversion: GreyConversion } {
  const base = { width: p.width, height: p.height, bitDepth: p.bitDepth };
  if (p.channels <= 2) {
    return { ...base, data: channel(p, 0), conversion: p.channels === 2 ? 'alpha-dropped' : 'none' };
  }
  if (mode === 'green') return { ...base, data: channel(p, 1), conversion: 'green-channel' };
  if (mode === 'luminance') return { ...base, data: luminance(p), conversion: 'luminance' };
  const stats = rgbStats(p);
  if (stats.identical) return { ...base, data: channel(p, 1), conversion: 'rgb-identical-channels' };
  // FITC images stored as RGB: the signal sits in green, red/blue are empty or near-empty noise.
  if (stats.redBlueMax <= stats.greenMax * 0.05)
    return { ...base, data: channel(p, 1), conversion: 'green-channel' };
  return { ...base, data: luminance(p), conversion: 'luminance' };
}

/**
 * Patch pixels <-> model tensors. The trainer (training samples) and the scorer (active learning)
 * both call these, so a model always sees its inputs prepared exactly as it was trained.
 *
 * Inputs are prepared on a fixed bit-depth scale (value / (2^bits - 1)): absolute brightness, the
 * cue that separates positive from intermediate, survives. The model applies its own recorded
 * normalisation on top (@hep2/model ModelConfig.inputNormalisation: 'bit-depth' keeps the scale,
 * times an explicit dataset gain; 'min-max' - versions trained before - stretches each patch, which
 * gives the same input whatever fixed scale came before it).
 */
import type { BitDepth } from './grey-image';

/** How grey values become model input values. */
export type PixelScaling = { kind: 'bit-depth'; bitDepth: BitDepth } | { kind: 'min-max' };

/** Largest value of an unsigned integer sample of this depth: 255 or 65535. */
export function bitDepthMax(bitDepth: BitDepth): number {
  return 2 ** bitDepth - 1;
}

/** value / (2^bits - 1), in place: 8-bit 255 -> 1, 16-bit 65535 -> 1 (a 12-bit 4095 -> 0.0625). */
export function scaleToUnit(values: Float32Array, bitDepth: BitDepth): Float32Array {
  const max = bitDepthMax(bitDepth);
  for (let i = 0; i < values.length; i += 1) values[i] = (values[i] as number) / max;
  return values;
}

/**
 * Area-average resampling of a row-major single-channel image to an n x n square: every output
 * pixel is the coverage-weighted mean of the source pixels under it (no aliasing when shrinking
 * a 384 px patch to 64 px; plain replication when enlarging).
 */
export function resizeArea(src: ArrayLike<number>, width: number, height: number, n: number): Float32Array {
  const xs = footprints(width, n);
  const ys = footprints(height, n);
  const out = new Float32Array(n * n);
  for (let oy = 0; oy < n; oy += 1) {
    const fy = ys[oy] as Footprint;
    for (let ox = 0; ox < n; ox += 1) {
      const fx = xs[ox] as Footprint;
      let sum = 0;
      let weight = 0;
      for (let j = 0; j < fy.index.length; j += 1) {
        const row = (fy.index[j] as number) * width;
        const wy = fy.weight[j] as number;
        for (let i = 0; i < fx.index.length; i += 1) {
          const w = wy * (fx.weight[i] as number);
          sum += w * (src[row + (fx.index[i] as number)] as number);
          weight += w;
        }
      }
      out[oy * n + ox] = weight > 0 ? sum / weight : 0;
    }
  }
  return out;
}

interface Footprint {
  index: number[];
  weight: number[];
}

/** Source pixels (and their coverage) under each of the n output cells along one axis. */
function footprints(length: number, n: number): Footprint[] {
  const scale = length / n;
  return Array.from({ length: n }, (_, o) => {
    const lo = o * scale;
    const hi = (o + 1) * scale;
    const index: number[] = [];
    const weight: number[] = [];
    for (let s = Math.floor(lo); s < Math.min(length, Math.ceil(hi)); s += 1) {
      const cover = Math.min(hi, s + 1) - Math.max(lo, s);
      if (cover > 1e-9) {
        index.push(s);
        weight.push(cover);
      }
    }
    return { index, weight };
  });
}

/** Per-image min-max normalisation to [0, 1] (a flat image becomes all zeros). */
export function minMaxNormalise(values: Float32Array): Float32Array {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const range = hi - lo;
  return values.map((v) => (range > 0 ? (v - lo) / range : 0));
}

/**
 * Grey pixels of any size -> n x n model input. Pass `{ kind: 'bit-depth', bitDepth }` (the decoded
 * image's depth) for models of any normalisation; the min-max default is what callers got before
 * bit-depth scaling existed.
 */
export function prepareImage(
  pixels: ArrayLike<number>,
  width: number,
  height: number,
  n: number,
  scaling: PixelScaling = { kind: 'min-max' },
): Float32Array {
  const resized = resizeArea(pixels, width, height, n);
  return scaling.kind === 'min-max' ? minMaxNormalise(resized) : scaleToUnit(resized, scaling.bitDepth);
}

/** A binary (any nonzero = on) mask resized by area and thresholded at half coverage. */
export function prepareMask(
  pixels: ArrayLike<number>,
  width: number,
  height: number,
  n: number,
): Float32Array {
  const on = Float32Array.from({ length: width * height }, (_, i) => ((pixels[i] as number) > 0 ? 1 : 0));
  return resizeArea(on, width, height, n).map((v) => (v >= 0.5 ? 1 : 0));
}

/** Bilinear resample of an n x n probability map to width x height, each pixel mapped by `toByte`. */
function resampleProbability(
  probs: ArrayLike<number>,
  n: number,
  width: number,
  height: number,
  toByte: (p: number) => number,
): Uint8Array {
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y += 1) {
    const sy = Math.min(n - 1, Math.max(0, ((y + 0.5) * n) / height - 0.5));
    const y0 = Math.floor(sy);
    const y1 = Math.min(n - 1, y0 + 1);
    const fy = sy - y0;
    for (let x = 0; x < width; x += 1) {
      const sx = Math.min(n - 1, Math.max(0, ((x + 0.5) * n) / width - 0.5));
      const x0 = Math.floor(sx);
      const x1 = Math.min(n - 1, x0 + 1);
      const fx = sx - x0;
      const p =
        (1 - fy) * ((1 - fx) * (probs[y0 * n + x0] as number) + fx * (probs[y0 * n + x1] as number)) +
        fy * ((1 - fx) * (probs[y1 * n + x0] as number) + fx * (probs[y1 * n + x1] as number));
      out[y * width + x] = toByte(p);
    }
  }
  return out;
}

/**
 * Bilinear resample of an n x n probability map to width x height, thresholded to a 0/255 mask
 * (p >= threshold on). The threshold is the model version's own, chosen on validation; 0.5 for
 * versions that never chose one.
 */
export function probabilityToMask(
  probs: ArrayLike<number>,
  n: number,
  width: number,
  height: number,
  threshold = 0.5,
): Uint8Array {
  return resampleProbability(probs, n, width, height, (p) => (p >= threshold ? 255 : 0));
}

/**
 * The same resample kept as probabilities, 0..1 quantised to 0..255 (an 8-bit grey PNG), so the
 * editor can show per-pixel uncertainty next to the thresholded mask.
 */
export function probabilityToGrey(
  probs: ArrayLike<number>,
  n: number,
  width: number,
  height: number,
): Uint8Array {
  return resampleProbability(probs, n, width, height, (p) => Math.round(Math.min(1, Math.max(0, p)) * 255));
}

import type { Rng } from './rng.js';

export interface AugmentConfig {
  flips: boolean;
  rotations: boolean;
  /** Multiplicative gain drawn from [1 - g, 1 + g]. */
  gainJitter: number;
  /** Additive offset drawn from [-b, b], in input units (bit-depth-scaled: 0.05 = 13 grey levels of 255). */
  biasJitter: number;
  /** Standard deviation of additive Gaussian pixel noise, in input units; 0 or absent = none. */
  noiseStd?: number;
}

/**
 * Fluorescence-minded defaults: the dihedral group (a cell has no preferred orientation) and a
 * small multiplicative gain (exposure and lamp drift scale the signal; +-10 % keeps a positive
 * cell, ~2x an intermediate one, brighter after augmentation). No additive offset: with inputs
 * on a fixed bit-depth scale a bias shifts absolute brightness, the intensity grade's cue.
 */
export const DEFAULT_AUGMENT: AugmentConfig = {
  flips: true,
  rotations: true,
  gainJitter: 0.1,
  biasJitter: 0,
  noiseStd: 0,
};
/** What the defaults were before fluorescence-minded augmentation (an additive offset of +-0.05). */
export const LEGACY_AUGMENT: AugmentConfig = {
  flips: true,
  rotations: true,
  gainJitter: 0.1,
  biasJitter: 0.05,
};
export const NO_AUGMENT: AugmentConfig = {
  flips: false,
  rotations: false,
  gainJitter: 0,
  biasJitter: 0,
  noiseStd: 0,
};

/** One geometric transform of the dihedral group of the square, shared by image and mask. */
export interface Geometry {
  flipX: boolean;
  quarterTurns: number;
}

export function drawGeometry(cfg: AugmentConfig, rng: Rng): Geometry {
  return { flipX: cfg.flips && rng.next() < 0.5, quarterTurns: cfg.rotations ? rng.int(4) : 0 };
}

/** Source pixel (row, col) for destination (r, c) in an n x n square after flip then rotation. */
function sourceIndex(g: Geometry, n: number, r: number, c: number): number {
  let rr = r;
  let cc = c;
  // Undo the rotation (counter-clockwise quarter turns), then the horizontal flip.
  for (let k = 0; k < g.quarterTurns; k += 1) {
    const t = rr;
    rr = cc;
    cc = n - 1 - t;
  }
  if (g.flipX) cc = n - 1 - cc;
  return rr * n + cc;
}

/** Apply the same geometry to an HWC array (image) or HW array (channels = 1, mask). */
export function applyGeometry(
  src: Float32Array,
  n: number,
  channels: number,
  g: Geometry,
  dst?: Float32Array,
): Float32Array {
  const out = dst ?? new Float32Array(src.length);
  if (!g.flipX && g.quarterTurns === 0) {
    out.set(src);
    return out;
  }
  for (let r = 0; r < n; r += 1) {
    for (let c = 0; c < n; c += 1) {
      const s = sourceIndex(g, n, r, c) * channels;
      const d = (r * n + c) * channels;
      for (let ch = 0; ch < channels; ch += 1) out[d + ch] = src[s + ch] as number;
    }
  }
  return out;
}

/** Intensity jitter and noise on the image only (the mask is geometry, not brightness). */
export function jitterIntensity(img: Float32Array, cfg: AugmentConfig, rng: Rng): void {
  if (cfg.gainJitter !== 0 || cfg.biasJitter !== 0) {
    const gain = rng.uniform(1 - cfg.gainJitter, 1 + cfg.gainJitter);
    const bias = cfg.biasJitter === 0 ? 0 : rng.uniform(-cfg.biasJitter, cfg.biasJitter);
    for (let i = 0; i < img.length; i += 1) img[i] = (img[i] as number) * gain + bias;
  }
  const sigma = cfg.noiseStd ?? 0;
  if (sigma > 0) {
    // Box-Muller, two normals per pair of uniforms.
    for (let i = 0; i < img.length; i += 2) {
      const r = sigma * Math.sqrt(-2 * Math.log(1 - rng.next()));
      const t = 2 * Math.PI * rng.next();
      img[i] = (img[i] as number) + r * Math.cos(t);
      if (i + 1 < img.length) img[i + 1] = (img[i + 1] as number) + r * Math.sin(t);
    }
  }
}

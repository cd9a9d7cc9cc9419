/**
 * Segmentation judged where an outline lives: the model's n x n mask probabilities are resampled
 * to the patch's own width x height and compared there with the full-resolution ground truth, over
 * a grid of thresholds at once (so the threshold can be chosen on validation in the same pass).
 */
import { diceFromCounts, type SegmentationCounts } from './segmentation.metrics.js';

/**
 * Bilinear resample of an n x n map to width x height, pixel centres aligned (align_corners =
 * false, edges clamped). The same mapping as @hep2/data probabilityToMask / probabilityToGrey, which
 * draw the proposals an annotator sees, so the figures measure exactly what is proposed.
 */
export function upsampleBilinear(
  probs: ArrayLike<number>,
  n: number,
  width: number,
  height: number,
): Float32Array {
  if (probs.length !== n * n) throw new Error(`expected ${n * n} values, got ${probs.length}`);
  const out = new Float32Array(width * height);
  const xs = axis(n, width);
  for (let y = 0; y < height; y += 1) {
    const sy = Math.min(n - 1, Math.max(0, ((y + 0.5) * n) / height - 0.5));
    const y0 = Math.floor(sy);
    const y1 = Math.min(n - 1, y0 + 1);
    const fy = sy - y0;
    for (let x = 0; x < width; x += 1) {
      const x0 = xs.x0[x] as number;
      const x1 = xs.x1[x] as number;
      const fx = xs.f[x] as number;
      out[y * width + x] =
        (1 - fy) * ((1 - fx) * (probs[y0 * n + x0] as number) + fx * (probs[y0 * n + x1] as number)) +
        fy * ((1 - fx) * (probs[y1 * n + x0] as number) + fx * (probs[y1 * n + x1] as number));
    }
  }
  return out;
}

function axis(n: number, length: number) {
  const x0 = new Int32Array(length);
  const x1 = new Int32Array(length);
  const f = new Float64Array(length);
  for (let x = 0; x < length; x += 1) {
    const s = Math.min(n - 1, Math.max(0, ((x + 0.5) * n) / length - 0.5));
    x0[x] = Math.floor(s);
    x1[x] = Math.min(n - 1, (x0[x] as number) + 1);
    f[x] = s - (x0[x] as number);
  }
  return { x0, x1, f };
}

/** 0.2, 0.25, ..., 0.8: the thresholds searched on validation. */
export const MASK_THRESHOLD_GRID: readonly number[] = Array.from(
  { length: 13 },
  (_, i) => Math.round((0.2 + i * 0.05) * 100) / 100,
);

/** The threshold of versions that never chose one. */
export const DEFAULT_MASK_THRESHOLD = 0.5;

/**
 * Confusion counts of one patch for every threshold (pixel on when p >= t; truth on when >= 0.5),
 * in one pass over the pixels. `thresholds` must be ascending.
 */
export function thresholdSweepCounts(
  probs: ArrayLike<number>,
  target: ArrayLike<number>,
  thresholds: readonly number[] = MASK_THRESHOLD_GRID,
): SegmentationCounts[] {
  if (probs.length !== target.length) throw new Error(`length mismatch: ${probs.length} vs ${target.length}`);
  const k = thresholds.length;
  // bucket b = number of thresholds <= p: the pixel is predicted on for thresholds[0..b-1].
  const pos = new Float64Array(k + 1);
  const neg = new Float64Array(k + 1);
  let positives = 0;
  for (let i = 0; i < probs.length; i += 1) {
    const p = probs[i] as number;
    let b = 0;
    while (b < k && p >= (thresholds[b] as number)) b += 1;
    if ((target[i] as number) >= 0.5) {
      pos[b] = (pos[b] as number) + 1;
      positives += 1;
    } else neg[b] = (neg[b] as number) + 1;
  }
  const negatives = probs.length - positives;
  const counts: SegmentationCounts[] = [];
  // tp(t_j) = positives in buckets > j; walk from the top threshold down.
  let tp = 0;
  let fp = 0;
  for (let j = k - 1; j >= 0; j -= 1) {
    tp += pos[j + 1] as number;
    fp += neg[j + 1] as number;
    counts[j] = { tp, fp, fn: positives - tp, tn: negatives - fp };
  }
  return counts;
}

export interface ThresholdChoice {
  threshold: number;
  /** Mean per-patch Dice at the chosen threshold. */
  dice: number;
  /** Mean per-patch Dice at every threshold of the grid. */
  curve: { threshold: number; dice: number }[];
}

/**
 * The threshold maximising mean per-patch Dice (ties: the one nearest 0.5, then the lower).
 * `perPatch[i][j]` are patch i's counts at `thresholds[j]`. Null without patches.
 */
export function chooseMaskThreshold(
  perPatch: readonly SegmentationCounts[][],
  thresholds: readonly number[] = MASK_THRESHOLD_GRID,
): ThresholdChoice | null {
  if (perPatch.length === 0) return null;
  const curve = thresholds.map((threshold, j) => ({
    threshold,
    dice: perPatch.reduce((a, c) => a + diceFromCounts(c[j] as SegmentationCounts), 0) / perPatch.length,
  }));
  let best = curve[0] as { threshold: number; dice: number };
  for (const point of curve) {
    const better =
      point.dice > best.dice + 1e-12 ||
      (Math.abs(point.dice - best.dice) <= 1e-12 &&
        Math.abs(point.threshold - 0.5) < Math.abs(best.threshold - 0.5));
    if (better) best = point;
  }
  return { threshold: best.threshold, dice: best.dice, curve };
}

/** A stored threshold if it is a usable probability, else the 0.5 of versions that never chose one. */
export function maskThresholdOr(value: unknown, fallback = DEFAULT_MASK_THRESHOLD): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 && value < 1 ? value : fallback;
}

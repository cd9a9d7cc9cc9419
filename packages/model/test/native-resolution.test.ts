import { prepareMask, probabilityToGrey, probabilityToMask, resizeArea } from '@hep2/data';
import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import {
  chooseMaskThreshold,
  MASK_THRESHOLD_GRID,
  maskThresholdOr,
  thresholdSweepCounts,
  upsampleBilinear,
} from '../src/metrics/native-resolution.metrics.js';
import { diceFromCounts, segmentationCounts } from '../src/metrics/segmentation.metrics.js';

const N = 96;
const n = 32;

/** A 96x96 truth: a thin (1 px) square ring, rows/columns 25..70. */
function ring(): Uint8Array {
  const y = new Uint8Array(N * N);
  for (let r = 25; r <= 70; r += 1)
    for (let c = 25; c <= 70; c += 1) if (r === 25 || r === 70 || c === 25 || c === 70) y[r * N + c] = 1;
  return y;
}

const dice = (pred: ArrayLike<number>, truth: ArrayLike<number>, t = 0.5) =>
  diceFromCounts(segmentationCounts(pred, truth, t));

describe('bilinear upsampling to the patch size', () => {
  it('is the mapping proposals are drawn with (@hep2/data probabilityToGrey / probabilityToMask)', () => {
    const probs = Float32Array.from({ length: n * n }, (_, i) => ((i * 7919) % 1000) / 1000);
    const up = upsampleBilinear(probs, n, 100, 75);
    const grey = probabilityToGrey(probs, n, 100, 75);
    const mask = probabilityToMask(probs, n, 100, 75, 0.35);
    for (let i = 0; i < up.length; i += 1) {
      expect(Math.abs(Math.round((up[i] as number) * 255) - (grey[i] as number))).toBeLessThanOrEqual(1);
      // Away from the threshold itself, the same pixels are on.
      if (Math.abs((up[i] as number) - 0.35) > 1e-6)
        expect(mask[i]).toBe((up[i] as number) >= 0.35 ? 255 : 0);
    }
  });

  it('agrees with tf.image.resizeBilinear (half-pixel centres) - an independent implementation', () => {
    const probs = Float32Array.from({ length: n * n }, (_, i) => Math.sin(i) * 0.5 + 0.5);
    const ref = tf.tidy(() =>
      tf.image.resizeBilinear(tf.tensor4d(probs, [1, n, n, 1]), [N, N], false, true).dataSync(),
    );
    const up = upsampleBilinear(probs, n, N, N);
    for (let i = 0; i < up.length; i += 1) expect(up[i]).toBeCloseTo(ref[i] as number, 5);
  });

  it('keeps a straight 1-px line recoverable at native size while 32 px cannot see it (hand-computed)', () => {
    // Truth: column 49 of a 96x96 patch (the centre of 32-px column 16). A model perfect at 32 px
    // predicts the area coverage: 1/3 in column 16, 0 elsewhere; the truth shrunk to 32 px
    // (coverage 1/3 < 1/2) is empty.
    const truth = new Uint8Array(N * N);
    for (let r = 0; r < N; r += 1) truth[r * N + 49] = 1;
    const probs = resizeArea(truth, N, N, n);
    const truthAt32 = prepareMask(truth, N, N, n);
    expect(truthAt32.every((v) => v === 0)).toBe(true);
    // At 32 px, both empty at 0.5: Dice 1 - the flattering figure.
    expect(dice(probs, truthAt32)).toBe(1);
    // Native: columns 47..51 get 1/9, 2/9, 1/3, 2/9, 1/9 (every row alike).
    const up = upsampleBilinear(probs, n, N, N);
    expect(up[10 * N + 48]).toBeCloseTo(2 / 9, 6);
    expect(up[10 * N + 49]).toBeCloseTo(1 / 3, 6);
    expect(up[10 * N + 47]).toBeCloseTo(1 / 9, 6);
    const sweep = thresholdSweepCounts(up, truth);
    const at = (t: number) => diceFromCounts(sweep[MASK_THRESHOLD_GRID.indexOf(t)] as never);
    // 0.5: nothing on, 96 missed: Dice 0. 0.2: columns 48..50 on: tp 96, fp 192: 192 / 384 = 0.5.
    // 0.25 and 0.3: column 49 only: Dice 1. 0.35 and up: nothing: Dice 0.
    expect(at(0.5)).toBe(0);
    expect(at(0.2)).toBeCloseTo(0.5, 12);
    expect(at(0.25)).toBe(1);
    expect(at(0.3)).toBe(1);
    expect(at(0.35)).toBe(0);
    // 0.25 and 0.3 tie: the one nearer 0.5 wins.
    expect(chooseMaskThreshold([sweep])?.threshold).toBe(0.3);
  });

  it('thin ring: Dice at 32 px differs from Dice at 96 px (expected figures from an independent count)', () => {
    const truth = ring();
    const probs = resizeArea(truth, N, N, n); // coverage: what a perfect 32-px model predicts
    const truthAt32 = prepareMask(truth, N, N, n);
    // Independent native figure: tf's bilinear resize, then a plain count.
    const ref = tf.tidy(() =>
      tf.image.resizeBilinear(tf.tensor4d(probs, [1, n, n, 1]), [N, N], false, true).dataSync(),
    );
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < truth.length; i += 1) {
      const p = (ref[i] as number) >= 0.3;
      const y = truth[i] === 1;
      if (p && y) tp += 1;
      else if (p) fp += 1;
      else if (y) fn += 1;
    }
    const expected03 = (2 * tp) / (2 * tp + fp + fn);
    const sweep = thresholdSweepCounts(upsampleBilinear(probs, n, N, N), truth);
    const native03 = diceFromCounts(sweep[MASK_THRESHOLD_GRID.indexOf(0.3)] as never);
    expect(native03).toBeCloseTo(expected03, 10);
    const atInput = dice(probs, truthAt32);
    const native05 = diceFromCounts(sweep[MASK_THRESHOLD_GRID.indexOf(0.5)] as never);
    // The ring shrinks to partial coverage at 32 px: the two resolutions disagree.
    expect(Math.abs(atInput - native05)).toBeGreaterThan(0.1);
    // The sweep equals a per-threshold count.
    const up = upsampleBilinear(probs, n, N, N);
    MASK_THRESHOLD_GRID.forEach((t, j) => {
      expect(sweep[j]).toEqual(segmentationCounts(up, truth, t));
    });
  });
});

describe('threshold choice', () => {
  it('maximises mean per-patch Dice over the grid and reports the curve', () => {
    // Patch A: probabilities 0.3 on its 4 truth pixels, 0.1 elsewhere; patch B: 0.7 on truth, 0.45 on 4 others.
    const truthA = [1, 1, 1, 1, 0, 0, 0, 0];
    const a = [0.3, 0.3, 0.3, 0.3, 0.1, 0.1, 0.1, 0.1];
    const truthB = [1, 1, 1, 1, 0, 0, 0, 0];
    const b = [0.7, 0.7, 0.7, 0.7, 0.45, 0.45, 0.45, 0.45];
    const sweeps = [thresholdSweepCounts(a, truthA), thresholdSweepCounts(b, truthB)];
    const choice = chooseMaskThreshold(sweeps);
    // t <= 0.3: A perfect; B: t <= 0.45 -> 8 on, Dice 8/12; t in (0.45, 0.7] -> perfect.
    // Mean at 0.2..0.3: (1 + 2/3) / 2; 0.35..0.45: (0 + 2/3) / 2; 0.5..0.7: (0 + 1) / 2; 0.75+: 0.
    expect(choice?.threshold).toBe(0.3);
    expect(choice?.dice).toBeCloseTo(5 / 6, 12);
    expect(choice?.curve.find((p) => p.threshold === 0.5)?.dice).toBeCloseTo(0.5, 12);
    expect(choice?.curve).toHaveLength(13);
    expect(chooseMaskThreshold([])).toBeNull();
  });

  it('falls back to 0.5 for a missing or unusable stored threshold', () => {
    expect(maskThresholdOr(undefined)).toBe(0.5);
    expect(maskThresholdOr(1.5)).toBe(0.5);
    expect(maskThresholdOr('0.3')).toBe(0.5);
    expect(maskThresholdOr(0.35)).toBe(0.35);
  });
});

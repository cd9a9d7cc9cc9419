/** Hard-threshold segmentation metrics on flat probability and {0,1} target arrays. */
export interface SegmentationCounts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export function segmentationCounts(
  probs: ArrayLike<number>,
  target: ArrayLike<number>,
  threshold = 0.5,
): SegmentationCounts {
  if (probs.length !== target.length) throw new Error(`length mismatch: ${probs.length} vs ${target.length}`);
  const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (let i = 0; i < probs.length; i += 1) {
    const p = (probs[i] as number) >= threshold;
    const y = (target[i] as number) >= 0.5;
    if (p && y) c.tp += 1;
    else if (p) c.fp += 1;
    else if (y) c.fn += 1;
    else c.tn += 1;
  }
  return c;
}

/** Dice = 2TP / (2TP + FP + FN); 1 when both prediction and target are empty. */
export function diceFromCounts(c: SegmentationCounts): number {
  const d = 2 * c.tp + c.fp + c.fn;
  return d === 0 ? 1 : (2 * c.tp) / d;
}

/** IoU = TP / (TP + FP + FN); 1 when both are empty. */
export function iouFromCounts(c: SegmentationCounts): number {
  const d = c.tp + c.fp + c.fn;
  return d === 0 ? 1 : c.tp / d;
}

export function pixelAccuracyFromCounts(c: SegmentationCounts): number {
  const n = c.tp + c.fp + c.fn + c.tn;
  return n === 0 ? 1 : (c.tp + c.tn) / n;
}

export interface SegmentationMetrics {
  /** Means over patches. */
  dice: number;
  iou: number;
  pixelAccuracy: number;
  perPatchDice: number[];
}

/** Per-patch metrics averaged over patches; `pixelsPerPatch` splits the flat arrays. */
export function segmentationMetrics(
  probs: ArrayLike<number>,
  target: ArrayLike<number>,
  pixelsPerPatch: number,
  threshold = 0.5,
): SegmentationMetrics {
  const n = probs.length / pixelsPerPatch;
  const perPatchDice: number[] = [];
  let iou = 0;
  let acc = 0;
  for (let i = 0; i < n; i += 1) {
    const s = i * pixelsPerPatch;
    const sub = (a: ArrayLike<number>): ArrayLike<number> =>
      ArrayBuffer.isView(a)
        ? (a as unknown as Float32Array).subarray(s, s + pixelsPerPatch)
        : Array.prototype.slice.call(a, s, s + pixelsPerPatch);
    const c = segmentationCounts(sub(probs), sub(target), threshold);
    perPatchDice.push(diceFromCounts(c));
    iou += iouFromCounts(c);
    acc += pixelAccuracyFromCounts(c);
  }
  const mean = (v: number): number => (n === 0 ? 0 : v / n);
  return {
    dice: mean(perPatchDice.reduce((a, b) => a + b, 0)),
    iou: mean(iou),
    pixelAccuracy: mean(acc),
    perPatchDice,
  };
}

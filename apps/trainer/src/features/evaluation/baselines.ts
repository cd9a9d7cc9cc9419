import {
  classificationMetrics,
  concatFloat32,
  diceFromCounts,
  iouFromCounts,
  pixelAccuracyFromCounts,
  segmentationCounts,
  segmentationMetrics,
} from '@hep2/model';
import type { EvaluationBaselines, MajorityBaseline, MaskBaseline } from '@hep2/training';
import type { LabelledSample } from '../data/sample-loader';
import { unpackBits } from './native-truth';

// The baselines' types live in @hep2/training beside EvaluationMetrics; this module computes them.
export type { EvaluationBaselines } from '@hep2/training';

/** Class labels of the training samples (-1 or null: unlabelled). */
export interface TrainingLabels {
  pattern: (number | null)[];
  intensity: (number | null)[];
}

export function evaluationBaselines(
  samples: LabelledSample[],
  classes: { pattern: number; intensity: number },
  training: TrainingLabels | null,
): EvaluationBaselines {
  return {
    pattern: majorityBaseline(
      samples.map((s) => s.pattern ?? -1),
      training?.pattern ?? null,
      classes.pattern,
    ),
    intensity: majorityBaseline(
      samples.map((s) => s.intensity ?? -1),
      training?.intensity ?? null,
      classes.intensity,
    ),
    segmentation: maskBaselines(samples),
  };
}

/**
 * Accuracy and mean class accuracy of always predicting the training majority (ties: the lowest
 * class index). Without training labels (none given, or none labelled) the validation majority
 * stands in, and `source` says so. Null when no validation patch is labelled.
 */
export function majorityBaseline(
  labels: number[],
  trainingLabels: (number | null)[] | null,
  classes: number,
): MajorityBaseline | null {
  const labelled = labels.filter((y) => y >= 0 && y < classes);
  if (labelled.length === 0) return null;
  const fromTraining = majorityOf((trainingLabels ?? []).filter((y): y is number => y !== null));
  const majorityClass = fromTraining ?? (majorityOf(labelled) as number);
  const m = classificationMetrics(
    labelled,
    labelled.map(() => majorityClass),
    Math.max(classes, majorityClass + 1),
  );
  return {
    majorityClass,
    source: fromTraining === null ? 'validation' : 'training',
    accuracy: m.accuracy,
    meanClassAccuracy: m.meanClassAccuracy,
    labelled: labelled.length,
  };
}

function majorityOf(labels: number[]): number | null {
  const counts = new Map<number, number>();
  for (const y of labels) if (y >= 0) counts.set(y, (counts.get(y) ?? 0) + 1);
  let best: number | null = null;
  for (const [y, c] of counts) {
    const b = best === null ? -1 : (counts.get(best) as number);
    if (c > b || (c === b && y < (best as number))) best = y;
  }
  return best;
}

/** Otsu and all-foreground masks of the patches that have a mask, scored like the model's masks. */
export function maskBaselines(samples: LabelledSample[]): EvaluationBaselines['segmentation'] {
  const withMask = samples.filter((s) => s.mask !== null);
  const first = withMask[0]?.mask;
  if (!first) return null;
  const px = first.length;
  const truth = concatFloat32(withMask.map((s) => s.mask as Float32Array));
  const otsu = concatFloat32(withMask.map((s) => otsuMask(s.image.subarray(0, px))));
  const all = new Float32Array(truth.length).fill(1);
  const score = (pred: Float32Array): MaskBaseline => {
    const m = segmentationMetrics(pred, truth, px);
    return { dice: m.dice, iou: m.iou, pixelAccuracy: m.pixelAccuracy };
  };
  const atInput = { otsu: score(otsu), allForeground: score(all) };
  const native = withMask.filter((s) => s.native).length;
  if (native === 0) return { patches: withMask.length, resolution: 'input', ...atInput, atInput };
  // Per patch at its own resolution where it has one (else at input size, like the model's figure).
  const sums = { otsu: zero(), all: zero() };
  withMask.forEach((s, k) => {
    let y: ArrayLike<number>;
    let o: ArrayLike<number>;
    if (s.native) {
      const n = s.native.width * s.native.height;
      y = unpackBits(s.native.mask, n);
      o = unpackBits(s.native.otsu, n);
    } else {
      y = truth.subarray(k * px, (k + 1) * px);
      o = otsu.subarray(k * px, (k + 1) * px);
    }
    add(sums.otsu, segmentationCounts(o, y));
    add(sums.all, segmentationCounts(new Uint8Array(y.length).fill(1), y));
  });
  const mean = (m: MaskBaseline): MaskBaseline => ({
    dice: m.dice / withMask.length,
    iou: m.iou / withMask.length,
    pixelAccuracy: m.pixelAccuracy / withMask.length,
  });
  return {
    patches: withMask.length,
    resolution: native === withMask.length ? 'native' : 'mixed',
    otsu: mean(sums.otsu),
    allForeground: mean(sums.all),
    atInput,
  };
}

const zero = (): MaskBaseline => ({ dice: 0, iou: 0, pixelAccuracy: 0 });

function add(sum: MaskBaseline, c: ReturnType<typeof segmentationCounts>): void {
  sum.dice += diceFromCounts(c);
  sum.iou += iouFromCounts(c);
  sum.pixelAccuracy += pixelAccuracyFromCounts(c);
}

/**
 * Otsu's threshold over the image's distinct values: the value t maximising the between-class
 * variance of {v < t} and {v >= t}; pixels >= t are foreground (fluorescent cells are bright).
 * A uniform image has no threshold: every pixel is background.
 */
export function otsuThreshold(image: ArrayLike<number>): number | null {
  const sorted = Float64Array.from(image as ArrayLike<number>).sort();
  const values: number[] = [];
  const counts: number[] = [];
  for (const v of sorted) {
    const last = values.length - 1;
    if (last >= 0 && values[last] === v) counts[last] = (counts[last] as number) + 1;
    else {
      values.push(v);
      counts.push(1);
    }
  }
  if (values.length < 2) return null;
  const total = sorted.length;
  const sum = sorted.reduce((a, b) => a + b, 0);
  let best = values[1] as number;
  let bestVariance = -1;
  let wB = 0;
  let sumB = 0;
  for (let i = 0; i < values.length - 1; i += 1) {
    wB += counts[i] as number;
    sumB += (values[i] as number) * (counts[i] as number);
    const wF = total - wB;
    const between = wB * wF * (sumB / wB - (sum - sumB) / wF) ** 2;
    if (between > bestVariance) {
      bestVariance = between;
      best = values[i + 1] as number;
    }
  }
  return best;
}

export function otsuMask(image: ArrayLike<number>): Float32Array {
  const t = otsuThreshold(image);
  const out = new Float32Array(image.length);
  if (t === null) return out;
  for (let i = 0; i < image.length; i += 1) out[i] = (image[i] as number) >= t ? 1 : 0;
  return out;
}

import {
  aggregateBySpecimen,
  argmaxRows,
  chooseMaskThreshold,
  classificationMetrics,
  concatFloat32,
  createTfjsPredictor,
  DEFAULT_MASK_THRESHOLD,
  diceFromCounts,
  expectedCalibrationError,
  type Hep2Model,
  type InferencePredictor,
  iouFromCounts,
  MASK_THRESHOLD_GRID,
  pixelAccuracyFromCounts,
  rocAuc,
  type SegmentationCounts,
  segmentationCounts,
  thresholdSweepCounts,
  upsampleBilinear,
  viewSide,
} from '@hep2/model';
import type {
  EvaluationMetrics,
  HeadMetrics,
  ScoreComponents,
  SegmentationEvaluation,
  SpecimenHeadMetrics,
  SpecimenScore,
} from '@hep2/training';
import * as tf from '@tensorflow/tfjs';
import type { LabelledSample } from '../data/sample-loader';
import { evaluationBaselines, type TrainingLabels } from './baselines';
import { evaluatedOn } from './evaluation-predictor';
import { unpackBits } from './native-truth';

// The metrics' types live in @hep2/training (read by experiment reports and the API without
// TensorFlow.js); this module computes them.
export type { EvaluationMetrics } from '@hep2/training';

export interface EvaluateOptions {
  batchSize?: number;
  /**
   * Labels of the training samples, for the majority-class baselines; null: unknown (the baselines
   * then use the validation majority and say so).
   */
  trainingLabels?: TrainingLabels | null;
  /**
   * What runs the inference: an InferencePredictor over this model's current weights (ONNX
   * Runtime, or TensorFlow.js; `evaluationPredictor`). Default: TensorFlow.js on the model.
   * Recorded as `evaluatedOn`.
   */
  predictor?: InferencePredictor;
}

/** The class labels of training samples, as the baselines take them. */
export const trainingLabelsOf = (samples: LabelledSample[]): TrainingLabels => ({
  pattern: samples.map((s) => s.pattern),
  intensity: samples.map((s) => s.intensity),
});

interface Collected {
  mask: Float32Array;
  pattern: Float32Array;
  intensity: Float32Array;
}

/**
 * Deterministic inference over the samples in batches (dropout off), then every metric, and the
 * baselines on the same samples. A head no sample is labelled for has null metrics.
 */
export async function evaluateModel(
  model: Hep2Model,
  samples: LabelledSample[],
  options: EvaluateOptions = {},
): Promise<EvaluationMetrics> {
  const n = viewSide(model.config);
  const predictor = options.predictor ?? createTfjsPredictor(model);
  const collected = await collect(predictor, samples, options.batchSize ?? 16);
  const specimenIds = samples.map((s) => s.specimenId);
  const masks = maskEvaluation(samples, collected.mask, n);
  return {
    patches: samples.length,
    specimens: new Set(specimenIds).size,
    segmentation: masks?.metrics ?? null,
    pattern: head(
      samples.map((s) => s.pattern ?? -1),
      collected.pattern,
      model.config.patternClasses,
    ),
    intensity: head(
      samples.map((s) => s.intensity ?? -1),
      collected.intensity,
      intensityColumns(model),
    ),
    specimen: {
      segmentation: masks?.specimen ?? null,
      pattern: specimenHead(
        specimenIds,
        samples.map((s) => s.pattern ?? -1),
        collected.pattern,
        model.config.patternClasses,
      ),
      intensity: specimenHead(
        specimenIds,
        samples.map((s) => s.intensity ?? -1),
        collected.intensity,
        intensityColumns(model),
      ),
    },
    baselines: evaluationBaselines(
      samples,
      { pattern: model.config.patternClasses, intensity: intensityColumns(model) },
      options.trainingLabels ?? null,
    ),
    perSpecimen: specimenScores(samples, collected, model, masks?.diceBySpecimen ?? new Map()),
    evaluatedOn: evaluatedOn(predictor),
  };
}

function specimenScores(
  samples: LabelledSample[],
  collected: Collected,
  model: Hep2Model,
  diceBySpecimen: Map<string, number>,
): SpecimenScore[] {
  const ids = samples.map((s) => s.specimenId);
  const correct = (labels: number[], probs: Float32Array, classes: number) => {
    if (labels.some((y) => y >= classes)) return new Map<string, number>();
    return new Map(
      aggregateBySpecimen(ids, probs, labels, classes)
        .filter((a) => a.label >= 0)
        .map((a) => [a.specimenId, a.averagedPosterior === a.label ? 1 : 0]),
    );
  };
  const pattern = correct(
    samples.map((s) => s.pattern ?? -1),
    collected.pattern,
    model.config.patternClasses,
  );
  const intensity = correct(
    samples.map((s) => s.intensity ?? -1),
    collected.intensity,
    intensityColumns(model),
  );
  return [...new Set(ids)].sort().map((id) => ({
    id,
    dice: diceBySpecimen.get(id) ?? null,
    pattern: pattern.get(id) ?? null,
    intensity: intensity.get(id) ?? null,
  }));
}

/**
 * The promotion rule's inputs: one per head that has validation labels (null otherwise, so that
 * the head neither helps nor hurts). `trained` drops the heads a candidate was not trained on.
 */
export function scoreComponents(
  m: EvaluationMetrics,
  trained: { mask: boolean; pattern: boolean; intensity: boolean } = {
    mask: true,
    pattern: true,
    intensity: true,
  },
): ScoreComponents {
  return {
    dice: trained.mask ? (m.segmentation?.dice ?? null) : null,
    patternMca: trained.pattern ? (m.pattern?.meanClassAccuracy ?? null) : null,
    intensityAccuracy: trained.intensity ? (m.intensity?.accuracy ?? null) : null,
  };
}

const intensityColumns = (model: Hep2Model) => Math.max(2, model.config.intensityLevels);

async function collect(
  predictor: InferencePredictor,
  samples: LabelledSample[],
  batchSize: number,
): Promise<Collected> {
  const n = viewSide(predictor.config);
  const parts: { mask: Float32Array[]; pattern: Float32Array[]; intensity: Float32Array[] } = {
    mask: [],
    pattern: [],
    intensity: [],
  };
  for (let i = 0; i < samples.length; i += batchSize) {
    const batch = samples.slice(i, i + batchSize);
    const flat = new Float32Array(batch.length * n * n);
    for (const [k, s] of batch.entries()) flat.set(s.image, k * n * n);
    const images = tf.tensor4d(flat, [batch.length, n, n, 1]);
    const out = await predictor.predict(images).finally(() => images.dispose());
    parts.mask.push(out.maskProbs);
    parts.pattern.push(out.patternProbs);
    parts.intensity.push(out.intensityProbs);
  }
  return {
    mask: concatFloat32(parts.mask),
    pattern: concatFloat32(parts.pattern),
    intensity: concatFloat32(parts.intensity),
  };
}

interface MaskEvaluation {
  metrics: SegmentationEvaluation;
  specimen: EvaluationMetrics['specimen']['segmentation'];
  diceBySpecimen: Map<string, number>;
}

/**
 * Per patch with a mask: confusion counts at every threshold of the grid at native resolution (or
 * at input size for a patch without its full-resolution truth), and at input size with 0.5. The
 * upsampled probabilities of one patch live only while its counts are taken.
 */
export function maskEvaluation(
  samples: LabelledSample[],
  probs: Float32Array,
  n: number,
): MaskEvaluation | null {
  const px = n * n;
  const grid = MASK_THRESHOLD_GRID;
  const at05 = grid.indexOf(DEFAULT_MASK_THRESHOLD);
  const sweeps: SegmentationCounts[][] = [];
  const specimens: string[] = [];
  let inputDice = 0;
  let native = 0;
  samples.forEach((s, i) => {
    if (!s.mask) return;
    const p = probs.subarray(i * px, (i + 1) * px);
    inputDice += diceFromCounts(segmentationCounts(p, s.mask, DEFAULT_MASK_THRESHOLD));
    if (s.native) {
      const { width, height } = s.native;
      const truth = unpackBits(s.native.mask, width * height);
      sweeps.push(thresholdSweepCounts(upsampleBilinear(p, n, width, height), truth, grid));
      native += 1;
    } else sweeps.push(thresholdSweepCounts(p, s.mask, grid));
    specimens.push(s.specimenId);
  });
  const choice = chooseMaskThreshold(sweeps, grid);
  if (!choice) return null;
  const j = grid.indexOf(choice.threshold);
  const mean = (f: (c: SegmentationCounts) => number, k: number) =>
    sweeps.reduce((a, c) => a + f(c[k] as SegmentationCounts), 0) / sweeps.length;
  // Specimen level: counts pooled over each specimen's patches at the chosen threshold, Dice per specimen, averaged.
  const pooled = new Map<string, SegmentationCounts>();
  sweeps.forEach((c, k) => {
    const id = specimens[k] as string;
    const a = pooled.get(id) ?? { tp: 0, fp: 0, fn: 0, tn: 0 };
    const b = c[j] as SegmentationCounts;
    pooled.set(id, { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn, tn: a.tn + b.tn });
  });
  const specimenDice = [...pooled.values()].map(diceFromCounts);
  return {
    metrics: {
      dice: choice.dice,
      iou: mean(iouFromCounts, j),
      pixelAccuracy: mean(pixelAccuracyFromCounts, j),
      patches: sweeps.length,
      resolution: native === sweeps.length ? 'native' : native === 0 ? 'input' : 'mixed',
      threshold: choice.threshold,
      diceAt05: mean(diceFromCounts, at05),
      iouAt05: mean(iouFromCounts, at05),
      diceAtInput: inputDice / sweeps.length,
      thresholdCurve: choice.curve,
    },
    specimen: {
      dice: specimenDice.reduce((a, b) => a + b, 0) / specimenDice.length,
      specimens: specimenDice.length,
    },
    diceBySpecimen: new Map([...pooled.entries()].map(([id, c]) => [id, diceFromCounts(c)])),
  };
}

function head(labels: number[], probs: Float32Array, classes: number): HeadMetrics | null {
  const labelled = labels.filter((y) => y >= 0).length;
  if (labelled === 0) return null;
  // A model with fewer classes than the labels (the taxonomy changed since) is not comparable.
  if (labels.some((y) => y >= classes)) return null;
  const metrics = classificationMetrics(labels, argmaxRows(probs, classes), classes);
  const auc =
    classes === 2
      ? rocAuc(
          labels,
          labels.map((_, i) => probs[i * 2 + 1] as number),
        )
      : Number.NaN;
  return {
    ...metrics,
    labelled,
    ece: expectedCalibrationError(probs, labels, classes),
    auc: Number.isFinite(auc) ? auc : null,
  };
}

function specimenHead(
  ids: string[],
  labels: number[],
  probs: Float32Array,
  classes: number,
): SpecimenHeadMetrics | null {
  if (!labels.some((y) => y >= 0) || labels.some((y) => y >= classes)) return null;
  const agg = aggregateBySpecimen(ids, probs, labels, classes);
  const truth = agg.map((a) => a.label);
  const auc =
    classes === 2
      ? rocAuc(
          truth,
          agg.map((a) => a.meanProbs[1] as number),
        )
      : Number.NaN;
  return {
    specimens: truth.filter((y) => y >= 0).length,
    majorityVote: classificationMetrics(
      truth,
      agg.map((a) => a.majorityVote),
      classes,
    ),
    averagedPosterior: classificationMetrics(
      truth,
      agg.map((a) => a.averagedPosterior),
      classes,
    ),
    auc: Number.isFinite(auc) ? auc : null,
  };
}

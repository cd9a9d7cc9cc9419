/**
 * What an evaluation records (ModelVersion.metrics, TrainingEpoch validation figures): the types
 * only. The trainer computes them with TensorFlow.js (apps/trainer/src/features/evaluation/:
 * evaluate-model.ts, baselines.ts, epoch-validation.ts); experiment reports and the API read them
 * without loading it (`import type` from @hep2/model is erased at run time).
 */
import type { ClassificationMetrics, InferenceBackendName } from '@hep2/model';
import type { TaskValues } from '../runs/run-progress';

export interface HeadMetrics extends ClassificationMetrics {
  labelled: number;
  ece: number;
  /** Binary heads only; null when one class is absent. */
  auc: number | null;
}

export interface SpecimenHeadMetrics {
  specimens: number;
  majorityVote: ClassificationMetrics;
  averagedPosterior: ClassificationMetrics;
  /** Binary heads only: ROC AUC of the specimens' averaged posterior; null when one class is absent. */
  auc: number | null;
}

/**
 * Mask figures on the validation patches. The headline (dice, iou, pixelAccuracy) is measured at
 * the patch's own resolution ('native': the model's probabilities resampled bilinearly to the
 * patch's width x height - exactly how proposals are drawn - against the full-resolution truth)
 * and at the threshold chosen on these same patches. Choosing the threshold on the patches it is
 * then scored on is optimistic by a little (one parameter fitted on hundreds of patches), so the
 * Dice at the fixed 0.5 stands beside it; `diceAtInput` is the old figure (model input size, the
 * truth shrunk to it, 0.5), which flatters the model and is kept only for comparison with history
 * and with the per-epoch curve.
 */
export interface SegmentationEvaluation {
  dice: number;
  iou: number;
  pixelAccuracy: number;
  patches: number;
  /** Where the headline was measured: 'input' when no patch had its full-resolution truth. */
  resolution: 'native' | 'input' | 'mixed';
  /** Threshold maximising mean Dice on these patches over MASK_THRESHOLD_GRID; proposals use it. */
  threshold: number;
  /** Dice / IoU at the same resolution with the fixed threshold 0.5. */
  diceAt05: number;
  iouAt05: number;
  /** Dice at the model's input size against the shrunk truth, threshold 0.5 (the former headline). */
  diceAtInput: number;
  /** Mean Dice at each threshold of the grid (same resolution as the headline). */
  thresholdCurve: { threshold: number; dice: number }[];
}

/**
 * What ran an evaluation's inference (ONNX Runtime, or TensorFlow.js and why), recorded with its
 * figures as the scoring backend is with the scores (ModelVersion.calibration.scoring).
 */
export interface EvaluatedOn {
  backend: InferenceBackendName;
  /** e.g. 'onnxruntime 1.30.0 (cpu, 2 threads)' or 'tfjs (wasm)'. */
  detail: string;
  fallbackReason: string | null;
  /** ONNX Runtime: where its graph came from. */
  graph?: string;
}

/** Patch- and specimen-level metrics on the validation specimens (stored in ModelVersion.metrics). */
export interface EvaluationMetrics {
  patches: number;
  specimens: number;
  segmentation: SegmentationEvaluation | null;
  pattern: HeadMetrics | null;
  intensity: HeadMetrics | null;
  specimen: {
    segmentation: { dice: number; specimens: number } | null;
    pattern: SpecimenHeadMetrics | null;
    intensity: SpecimenHeadMetrics | null;
  };
  /** What the model must beat on the same patches: majority class, Otsu, every pixel foreground. */
  baselines: EvaluationBaselines;
  /**
   * Per validation specimen: pooled Dice, and whether the averaged posterior got the pattern /
   * intensity right (1 / 0; null: no label). What an experiment's paired bootstrap resamples.
   * Absent in versions evaluated before it was recorded.
   */
  perSpecimen?: SpecimenScore[];
  /** The inference backend; absent in versions evaluated before it was recorded. */
  evaluatedOn?: EvaluatedOn;
}

export interface SpecimenScore {
  id: string;
  dice: number | null;
  pattern: number | null;
  intensity: number | null;
}

/** Predicting one class for every patch: the most frequent class of the training labels. */
export interface MajorityBaseline {
  majorityClass: number;
  /** Where the majority class came from: the training labels, or - when those are not known - the validation labels themselves (an optimistic baseline). */
  source: 'training' | 'validation';
  accuracy: number;
  meanClassAccuracy: number;
  labelled: number;
}

export interface MaskBaseline {
  dice: number;
  iou: number;
  pixelAccuracy: number;
}

/**
 * What a model must beat, on the same validation patches as its own figures: the majority class
 * for pattern and intensity, and for masks an Otsu threshold of each patch image and "every pixel
 * foreground", aggregated exactly like the model's Dice (the mean of the per-patch figures). Masks
 * are judged at the same resolution as the model's headline Dice: the patch's own ('native': Otsu
 * of the full-resolution image against the full-resolution truth) where the sample carries it;
 * `atInput` keeps the same baselines at the model's input size, to set beside `diceAtInput`.
 */
export interface EvaluationBaselines {
  pattern: MajorityBaseline | null;
  intensity: MajorityBaseline | null;
  segmentation: {
    patches: number;
    resolution: 'native' | 'input' | 'mixed';
    otsu: MaskBaseline;
    allForeground: MaskBaseline;
    atInput: { otsu: MaskBaseline; allForeground: MaskBaseline };
  } | null;
}

/** Cheap patch-level figures after an epoch, for the live curves (the full evaluation comes at the end). */
export interface EpochValidation {
  patches: number;
  /** Unweighted task losses on the validation patches (same loss definitions as training). */
  losses: TaskValues;
  /** Sum of the task losses that have labels: one number to chart against the training loss. */
  loss: number;
  /**
   * Mask Dice at the model's input size against the truth shrunk to it, threshold 0.5: cheap, for
   * the live curve only; it flatters the model (a shrunk mask cannot hold an outline). The final
   * evaluation reports Dice at the patches' own resolution (evaluate-model.ts).
   */
  dice: number | null;
  patternAccuracy: number | null;
  intensityAccuracy: number | null;
  seconds: number;
  /** The inference backend of this pass; absent in epochs validated before it was recorded. */
  backend?: InferenceBackendName;
}

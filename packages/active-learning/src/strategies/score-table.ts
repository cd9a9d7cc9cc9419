import type { BaldScores } from '../measures/patch-scores';

/** One stored Prediction as strategies read it: scores only, never images or the model. */
export interface ScoreRow {
  patchId: string;
  specimenId: string;
  patternProbs: ArrayLike<number>;
  intensityProbs: ArrayLike<number>;
  patternEntropy: number;
  patternMargin: number;
  intensityEntropy: number;
  maskEntropy: number;
  boundaryEntropy: number | null;
  bald: BaldScores | null;
  embedding: Float32Array | null;
}

/** Facts about the dataset a strategy may use besides the rows. */
export interface AcquisitionContext {
  /** Curated (approved) labels per pattern class index, for the rare-class quota. */
  labelledPerPattern: number[];
}

export type AcquisitionReason = 'uncertainty' | 'diversity' | 'rare-class' | 'specimen' | 'random' | 'rest';

/** A strategy's verdict for one patch: queue priority (higher first) and why. */
export interface RankedPatch {
  patchId: string;
  /** The strategy's raw score (higher = more useful to label). */
  score: number;
  /** Queue priority in (0, 1]: 1 for the first patch of the batch. */
  priority: number;
  /** Position in the acquisition order, 0-based. */
  position: number;
  reason: AcquisitionReason;
  predictedPattern: number;
}

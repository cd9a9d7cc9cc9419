import type { ReviewDecision } from '@hep2/db';
import type { Estimate } from './agreement-sets';

// DTOs of review and agreement: GraphQL types expose these, never raw rows.

export interface ReviewEventDto {
  patchId: string;
  datasetId: string;
  decision: ReviewDecision;
  annotationId: string | null;
  comment: string | null;
}

export interface AnnotatorAgreementDto {
  userId: string;
  userName: string;
  /** Patches this annotator labelled that someone else labelled too. */
  patches: number;
  /** Cohen's kappa of this annotator against each co-annotator, pooled over all pairs. */
  patternKappa: number | null;
  /** Weighted kappa (linear for ordinal intensity) over the same pairs. */
  intensityKappa: number | null;
  /** Share of pairs with the same pattern. */
  patternAgreementRate: number | null;
  /** Mean Dice of this annotator's mask against each co-annotator's (pairs where either drew one). */
  maskDice: number | null;
  /** Mean IoU over the same pairs. */
  maskIoU: number | null;
}

export interface DatasetAgreementDto {
  /** Fleiss' kappa on pattern (patternKappa's value). */
  patternFleissKappa: number | null;
  /** Patches labelled by two or more annotators with a pattern: the items of the statistics. */
  patches: number;
  /** Means of the per-patch raw agreement (share of agreeing pairs) and pairwise mask Dice. */
  meanPatternAgreement: number | null;
  meanIntensityAgreement: number | null;
  meanMaskDice: number | null;
  /** The dataset's setting: share of patches labelled twice. */
  doubleLabelShare: number;
  goldPatches: number;
  goldAttempts: number;
  patternKappa: Estimate;
  patternAlpha: Estimate;
  intensityAlpha: Estimate;
  maskDice: Estimate;
}

/** One annotator scored against a reference: gold labels, or the curated consensus. */
export interface AnnotatorScoreSetDto {
  /** Items scored (gold attempts, or multi-labelled approved patches). */
  items: number;
  patternAccuracy: Estimate;
  patternKappa: Estimate;
  intensityAccuracy: Estimate;
  intensityKappa: Estimate;
  maskDice: Estimate;
}

export interface AnnotatorScoreDto {
  userId: string;
  userName: string;
  vsGold: AnnotatorScoreSetDto;
  vsConsensus: AnnotatorScoreSetDto;
}

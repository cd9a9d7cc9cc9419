import type { ReviewDecision } from '@hep2/db';

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
  /** Fleiss' kappa on pattern over patches with exactly k submitted patterns. */
  patternFleissKappa: number | null;
  /** Patches that entered the figure. */
  patches: number;
  meanPatternAgreement: number | null;
  meanIntensityAgreement: number | null;
  meanMaskDice: number | null;
}

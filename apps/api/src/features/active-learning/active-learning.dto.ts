import type { HeadCalibration } from '@hep2/active-learning/strategies';

export interface AcquisitionSettingsDto {
  datasetId: string;
  /** Dataset.version: send it back with updateAcquisitionSettings. */
  version: number;
  settings: Record<string, unknown>;
  scoringMethod: string;
  strategies: { name: string; description: string }[];
}

export interface ScoringStatusDto {
  datasetId: string;
  activeModelVersionId: string | null;
  method: string;
  scored: number;
  unscored: number;
  /** Patches whose queue priority was recomputed from stored scores by this call. */
  reranked: number;
}

export interface CountDto {
  key: string;
  count: number;
}

export interface QueueItemDto {
  patchId: string;
  specimenId: string;
  priority: number;
  acquisitionScore: number | null;
  strategy: string | null;
  reason: string | null;
  predictedPattern: string | null;
}

export interface QueueCompositionDto {
  datasetId: string;
  activeModelVersionId: string | null;
  size: number;
  unscored: number;
  byReason: CountDto[];
  byStrategy: CountDto[];
  byPredictedPattern: CountDto[];
  items: QueueItemDto[];
}

export interface CurvePointDto {
  labelCount: number;
  modelVersionId: string | null;
  metrics: unknown;
  createdAt: Date;
}

export interface CurveSeriesDto {
  series: string;
  points: CurvePointDto[];
}

export type ReliabilityBinDto = HeadCalibration['before'][number];

export interface HeadCalibrationDto {
  head: string;
  temperature: number | null;
  samples: number | null;
  heldOutSamples: number | null;
  eceBefore: number | null;
  eceAfter: number | null;
  nllBefore: number | null;
  nllAfter: number | null;
  before: ReliabilityBinDto[];
  after: ReliabilityBinDto[];
}

export interface CalibrationSplitDto {
  groupedBy: string;
  fitPatches: number;
  heldOutPatches: number;
  fitSpecimens: number;
  heldOutSpecimens: number;
}

export interface CalibrationDto {
  modelVersionId: string;
  fittedAt: string | null;
  validationPatches: number | null;
  /** Null for fits stored before the split existed (measured on the patches T was fitted on). */
  split: CalibrationSplitDto | null;
  /** MC passes of the prediction T was fitted on (1: deterministic); null for older fits. */
  mcSamples: number | null;
  dropoutMode: string | null;
  heads: HeadCalibrationDto[];
}

/** A paired bootstrap interval as simulate:al stored it; null bounds: not reached within the budget. */
export interface SimulationIntervalDto {
  estimate: number | null;
  lower: number | null;
  upper: number | null;
}

export interface SimulationMetricDto {
  metric: string;
  mean: number | null;
  sd: number | null;
}

export interface SimulationPointDto {
  labels: number;
  cost: number;
  values: SimulationMetricDto[];
}

export interface SimulationCurveDto {
  arm: string;
  testSet: string;
  points: SimulationPointDto[];
}

export interface SimulationComparisonDto {
  arm: string;
  testSet: string;
  metric: string;
  aucMean: number | null;
  aucDifference: SimulationIntervalDto | null;
  costRatioMedian: SimulationIntervalDto | null;
  reached: number;
  seeds: number;
}

export interface LabelCostDto {
  pattern: number;
  intensity: number;
  mask: number;
}

export interface ActiveLearningSimulationDto {
  id: string;
  datasetId: string;
  oracle: string;
  seeds: number;
  labelCost: LabelCostDto;
  labelTasks: string[];
  seconds: number;
  createdAt: Date;
  curves: SimulationCurveDto[];
  comparisons: SimulationComparisonDto[];
}

/**
 * @hep2/active-learning: uncertainty measures, temperature scaling, acquisition strategies and the
 * scoring job. Strategies only read stored scores (Prediction rows); only the scoring job runs the
 * model. Nothing runs at import time.
 */

export { type Reliability, type ReliabilityBin, reliabilityDiagram } from '@hep2/model';
export {
  calibrateModelVersion,
  storedTemperatures,
  type VersionCalibration,
} from './calibration/calibrate-version';
export { calibrateHead, type HeadCalibration } from './calibration/head-calibration';
export * from './calibration/temperature-scaling';
export { type CurveMetrics, recordLearningCurvePoint } from './curves/learning-curve';
export { type BaldScores, type PatchOutput, type PatchScores, scorePatch } from './measures/patch-scores';
export * from './measures/uncertainty.measures';
export { embeddingFromBytes, embeddingToBytes } from './scoring/embedding-codec';
export { loadModelVersion } from './scoring/model-loader';
export { NO_TEMPERATURE, type ScoredPatch, scoreImages, type Temperatures } from './scoring/model-scorer';
export {
  type ScorePatchesOptions,
  type ScorePatchesResult,
  type ScoreProgress,
  scorePatches,
} from './scoring/score-patches.job';
export * from './strategies/acquisition-config';
export {
  type AcquisitionSummary,
  applyAcquisition,
  labelledPerPattern,
  loadScoreRows,
  UNLABELLED_STATUSES,
} from './strategies/apply-acquisition';
export { kCenterGreedy, rareClasses, rareQuota, specimenCap } from './strategies/batch-selectors';
export { type Head, headUncertainty } from './strategies/head-uncertainty';
export { normaliseScores } from './strategies/normalise';
export { rankPatches } from './strategies/rank-patches';
export type { AcquisitionContext, AcquisitionReason, RankedPatch, ScoreRow } from './strategies/score-table';
export {
  type AcquisitionStrategy,
  getStrategy,
  listStrategies,
  multitaskScores,
  randomScore,
  specimenScores,
} from './strategies/strategy.registry';

/**
 * The TensorFlow.js-free part of @hep2/active-learning, for the API: settings, strategies, queue
 * re-ranking from stored scores, and the stored calibration / curve shapes.
 */

export type { ReliabilityBin } from '@hep2/model';
export type { HeadCalibration } from './calibration/head-calibration';
export type { CurveMetrics } from './curves/learning-curve';
export * from './strategies/acquisition-config';
export {
  type AcquisitionSummary,
  applyAcquisition,
  labelledPerPattern,
  loadScoreRows,
  UNLABELLED_STATUSES,
} from './strategies/apply-acquisition';
export { rankPatches } from './strategies/rank-patches';
export type { AcquisitionContext, AcquisitionReason, RankedPatch, ScoreRow } from './strategies/score-table';
export { getStrategy, listStrategies } from './strategies/strategy.registry';

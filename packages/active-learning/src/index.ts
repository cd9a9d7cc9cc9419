/**
 * @hep2/active-learning: uncertainty measures, temperature scaling, acquisition strategies and the
 * scoring job. Strategies only read stored scores (Prediction rows); only the scoring job runs the
 * model. Nothing runs at import time.
 */

export { type Reliability, reliabilityDiagram } from '@hep2/model';
export {
  calibrateModelVersion,
  storedTemperatures,
  type VersionCalibration,
} from './calibration/calibrate-version';
export {
  type CalibrationPatch,
  type CalibrationSplit,
  splitCalibrationPatches,
} from './calibration/calibration-split';
export { calibrateHead } from './calibration/head-calibration';
export * from './calibration/mc-temperature';
export { type ServedSetting, servedSamples, servedSamplesOn } from './calibration/served-samples';
export * from './calibration/temperature-scaling';
export { recordLearningCurvePoint } from './curves/learning-curve';
export {
  type BaldScores,
  type MaskSampling,
  maskBald,
  type PatchOutput,
  type PatchScores,
  scorePatch,
} from './measures/patch-scores';
export * from './measures/uncertainty.measures';
export { embeddingFromBytes, embeddingToBytes } from './scoring/embedding-codec';
export { loadModelVersion, loadVersionOnnx } from './scoring/model-loader';
export {
  NO_TEMPERATURE,
  type ScoredPatch,
  type ScoreImagesOptions,
  scoreImages,
  scoreImagesOn,
  type Temperatures,
} from './scoring/model-scorer';
export { loadInputs, type ModelInputs, modelInputsFor } from './scoring/patch-images';
export {
  type ScorePatchesOptions,
  type ScorePatchesResult,
  type ScoreProgress,
  scorePatches,
} from './scoring/score-patches.job';
export {
  type ScoringBackendRecord,
  type ScoringBackends,
  scoringBackends,
} from './scoring/scoring-backend-record';
export {
  createScoringPredictors,
  SCORING_BACKEND_CHOICES,
  type ScoringBackendChoice,
  type ScoringLease,
  type ScoringPredictors,
  type ScoringPredictorsOptions,
  type StoredGraph,
} from './scoring/scoring-predictors';
// The TensorFlow.js-free part (settings, strategies, ranking) is also served alone to the API.
export * from './strategies';
export { kCenterGreedy, rareClasses, rareQuota, specimenCap } from './strategies/batch-selectors';
export { type Head, headUncertainty } from './strategies/head-uncertainty';
export { normaliseScores } from './strategies/normalise';
export {
  type AcquisitionStrategy,
  multitaskScores,
  randomScore,
  specimenScores,
} from './strategies/strategy.registry';

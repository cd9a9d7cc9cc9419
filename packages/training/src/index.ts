/**
 * @hep2/training: what the API and the trainer share about training runs, the model registry and
 * experiments - run settings, run creation and its events, progress records, promotion, model
 * (de)activation, artifacts, fold plans, experiment reports and the shape of evaluation metrics.
 * Nothing here loads TensorFlow.js: the trainer (apps/trainer) trains and evaluates.
 */

export { loadSpecimenGroups, type SpecimenGrouping, straddlingGroupsWarning } from './data/specimen-groups';
export type {
  EpochValidation,
  EvaluatedOn,
  EvaluationBaselines,
  EvaluationMetrics,
  HeadMetrics,
  MajorityBaseline,
  MaskBaseline,
  SegmentationEvaluation,
  SpecimenHeadMetrics,
  SpecimenScore,
} from './evaluation/evaluation-types';
export * from './experiments';
export {
  ArtifactError,
  artifactLooksIntact,
  readVerifiedArtifact,
  type StoredArtifact,
  sha256Hex,
  writeModelArtifact,
  writeOnnxArtifact,
} from './registry/artifact-store';
export {
  ActivationError,
  type ActivationResult,
  activateModelVersion,
  rollbackModelVersion,
} from './registry/model-activation';
export {
  COMPOSITE_WEIGHTS,
  compositeScore,
  decidePromotion,
  type PromotionInput,
  type PromotionVerdict,
  type ScoreComponents,
} from './registry/promotion-rule';
export {
  defaultInputSize,
  defaultPatchView,
  defaultViewSize,
  type RunConfig,
  type RunConfigContext,
  RunConfigError,
  type RunConfigInput,
  resolveRunConfig,
  runConfigSchema,
  runViewSize,
  SPECIMEN_LEVEL_VIEW_SIZE,
} from './runs/run-config';
export {
  ACTIVE_RUN_STATUSES,
  type EnqueueRunInput,
  type EnqueueRunResult,
  enqueueTrainingRun,
  lockDatasetTraining,
  runConfigForDataset,
} from './runs/run-enqueue';
export { publishRunEvent, TRAINING_RUN_TOPIC, type TrainingRunEvent } from './runs/run-events';
export {
  type EpochRow,
  ProgressReporter,
  type RunPhase,
  type RunProgress,
  type TaskValues,
  taskValues,
  toJson,
} from './runs/run-progress';
export {
  parseTrainingPolicy,
  type TrainingPolicy,
  trainingPolicySchema,
} from './runs/training-policy';

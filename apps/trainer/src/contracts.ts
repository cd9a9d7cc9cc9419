/**
 * What other apps (the API) may import from the trainer: run settings, run creation, model
 * (de)activation and artifact checks. Nothing here loads TensorFlow.js.
 */

export * from './features/experiments';
export { artifactLooksIntact } from './features/registry/artifact-store';
export {
  ActivationError,
  type ActivationResult,
  activateModelVersion,
  rollbackModelVersion,
} from './features/registry/model-activation';
export {
  COMPOSITE_WEIGHTS,
  compositeScore,
  decidePromotion,
  type PromotionVerdict,
  type ScoreComponents,
} from './features/registry/promotion-rule';
export {
  type RunConfig,
  RunConfigError,
  type RunConfigInput,
  resolveRunConfig,
  runConfigSchema,
} from './features/runs/run-config';
export {
  ACTIVE_RUN_STATUSES,
  type EnqueueRunInput,
  type EnqueueRunResult,
  enqueueTrainingRun,
} from './features/runs/run-enqueue';
export { TRAINING_RUN_TOPIC } from './features/runs/run-events';
export {
  parseTrainingPolicy,
  type TrainingPolicy,
  trainingPolicySchema,
} from './features/runs/training-policy';

/**
 * @hep2/model: the multitask SE-U-Net (segmentation + pattern + intensity) in TensorFlow.js.
 * Nothing is built at import time; call initBackend() once, then createModel(config).
 */
export {
  activeBackend,
  type BackendChoice,
  type BackendInfo,
  type InitBackendOptions,
  initBackend,
} from './backend/backend-select.js';
export {
  INPUT_NORMALISATIONS,
  type InputNormalisation,
  type ModelConfig,
  ModelConfigError,
  type ModelConfigInput,
  type ModelVariant,
  PATCH_VIEWS,
  type PatchView,
  resolveModelConfig,
  viewSide,
} from './config/model-config.js';
export { VARIANT_DEFAULTS } from './config/variant-defaults.js';
export {
  type McDropoutMode,
  type McDropoutOptions,
  type McPredictions,
  mcDropoutPredict,
  mcHeadsPredict,
  type Predictions,
  predict,
} from './infer/predict.js';
export { tiledWhenConfigured } from './infer/tiled-predictor.js';
export {
  cropWindow,
  cutTiles,
  stitchTiles,
  type TileLayout,
  tileLayout,
  tileOrigins,
  WINDOW_WEIGHT_FLOOR,
  weightedMeanOverTiles,
  windowCellWeights,
} from './infer/tiling.js';
export { concatFloat32 } from './io/float32-concat.js';
export { readFramed, writeFramed } from './io/framed-bytes.js';
export { deserializeModel, serializeModel } from './io/model-serializer.js';
export { binaryCePerSample, softmaxCePerSample } from './losses/classification.loss.js';
export { taskLosses } from './losses/multitask.loss.js';
export {
  bceWithLogitsPerSample,
  type MaskLossKind,
  maskedMean,
  softDicePerSample,
} from './losses/segmentation.loss.js';
export * from './metrics/calibration.metrics.js';
export * from './metrics/classification.metrics.js';
export * from './metrics/native-resolution.metrics.js';
export * from './metrics/segmentation.metrics.js';
export * from './metrics/specimen.metrics.js';
export {
  createModel,
  type ForwardOutputs,
  forward,
  type Hep2Model,
  normaliseInput,
  type ParamCount,
  reseedMcDropout,
} from './model/model.factory.js';
export { OnnxExportError } from './onnx/converter-helpers.js';
export {
  exportOnnx,
  ONNX_IO,
  ONNX_OPSET,
  type OnnxExport,
  type OnnxExportOptions,
} from './onnx/onnx-exporter.js';
export {
  createOnnxPredictor,
  createTfjsPredictor,
  exportServingOnnx,
  type InferenceBackendInfo,
  type InferenceBackendName,
  type InferenceLogits,
  type InferencePredictor,
  type InferenceRun,
  loadOnnxRuntime,
  type OnnxPredictorOptions,
  type OrtModule,
} from './onnx/onnx-predictor.js';
export { type AugmentConfig, DEFAULT_AUGMENT, LEGACY_AUGMENT, NO_AUGMENT } from './train/augment.js';
export {
  collateBatch,
  type HostBatch,
  MIN_CELL_SHARE,
  type TensorBatch,
  type TrainingSample,
  toTensors,
} from './train/batch.js';
export {
  type ClassBalance,
  type ClassWeights,
  classCounts,
  inverseFrequencyWeights,
  trainingClassWeights,
} from './train/class-balance.js';
export {
  DEFAULT_EARLY_STOPPING,
  EarlyStopping,
  type EarlyStoppingConfig,
  type EarlyStoppingState,
} from './train/early-stopping.js';
export { DEFAULT_LR_SCHEDULE, type LrSchedule, learningRateAt } from './train/lr-schedule.js';
export type {
  ParallelTrainer,
  ParallelTrainerHooks,
} from './train/parallel/parallel-trainer.js';
export { ReplicaFailedError } from './train/parallel/replica-pool.js';
export type { FaultInjection } from './train/parallel/replica-protocol.js';
export { Rng } from './train/rng.js';
export {
  DEFAULT_TRAIN_CONFIG,
  resolveTrainConfig,
  type TrainConfig,
  type WeightingConfig,
} from './train/train-config.js';
export {
  type EpochDone,
  type EpochEnd,
  type EpochSummary,
  type EpochVerdict,
  type TrainHistory,
  type TrainLoopOptions,
  type TrainProgress,
  trainLoop,
} from './train/train-loop.js';
export { createTrainer, type StepResult, type Trainer } from './train/trainer.js';
export { restoreTrainerState, saveTrainerState, type TrainerState } from './train/trainer-state.js';
export { fixedWeighting } from './weighting/fixed.weighting.js';
export { GradNorm, type GradNormOptions, gradNormWeighting } from './weighting/gradnorm.weighting.js';
export {
  TASKS,
  type TaskName,
  type TaskWeighting,
  type WeightingState,
  type WeightRecord,
} from './weighting/task-weighting.js';
export { uncertaintyWeighting } from './weighting/uncertainty.weighting.js';

/**
 * @hep2/model: the multitask SE-U-Net (segmentation + pattern + intensity) in TensorFlow.js.
 * Nothing is built at import time; call initBackend() once, then createModel(config).
 */
export { type BackendChoice, type BackendInfo, type InitBackendOptions, activeBackend, initBackend } from './backend/backend-select.js';
export { type ModelConfig, type ModelConfigInput, ModelConfigError, type ModelVariant, resolveModelConfig } from './config/model-config.js';
export { VARIANT_DEFAULTS } from './config/variant-defaults.js';
export { type ForwardOutputs, type Hep2Model, type ParamCount, createModel, forward } from './model/model.factory.js';
export { type McPredictions, type Predictions, mcDropoutPredict, predict } from './infer/predict.js';
export { deserializeModel, serializeModel } from './io/model-serializer.js';
export { binaryCePerSample, softmaxCePerSample } from './losses/classification.loss.js';
export { type MaskLossKind, bceWithLogitsPerSample, maskedMean, softDicePerSample } from './losses/segmentation.loss.js';
export { taskLosses } from './losses/multitask.loss.js';
export { GradNorm, type GradNormOptions, gradNormWeighting } from './weighting/gradnorm.weighting.js';
export { fixedWeighting } from './weighting/fixed.weighting.js';
export { uncertaintyWeighting } from './weighting/uncertainty.weighting.js';
export { TASKS, type TaskName, type TaskWeighting, type WeightRecord } from './weighting/task-weighting.js';
export { type AugmentConfig, DEFAULT_AUGMENT, NO_AUGMENT } from './train/augment.js';
export { type HostBatch, type TrainingSample, collateBatch } from './train/batch.js';
export { DEFAULT_TRAIN_CONFIG, type TrainConfig, type WeightingConfig, resolveTrainConfig } from './train/train-config.js';
export { type StepResult, type Trainer, createTrainer } from './train/trainer.js';
export { type EpochSummary, type TrainHistory, type TrainLoopOptions, type TrainProgress, trainLoop } from './train/train-loop.js';
export { Rng } from './train/rng.js';
export * from './metrics/segmentation.metrics.js';
export * from './metrics/classification.metrics.js';
export * from './metrics/calibration.metrics.js';
export * from './metrics/specimen.metrics.js';

import * as tf from '@tensorflow/tfjs';
import type { TaskOutputs } from '../model/model.factory.js';
import type { TensorBatch } from '../train/batch.js';
import { binaryCePerSample, softmaxCePerSample } from './classification.loss.js';
import { type MaskLossKind, maskedMean, maskLossPerSample } from './segmentation.loss.js';

export interface TaskLossOptions {
  maskLoss: MaskLossKind;
  diceEps: number;
  binaryIntensity: boolean;
  /** Pattern targets (1 - e) one-hot + e / K; 0 or absent = plain one-hot. */
  labelSmoothing?: number;
}

/**
 * Unweighted per-task losses [mask, pattern, intensity], each a masked mean over labelled samples.
 * Without mask logits (the decoder was skipped: no mask label in the batch) the mask loss is 0.
 */
export function taskLosses(
  // The embedding is not needed: validation passes logits read back from ONNX Runtime.
  out: Pick<TaskOutputs, 'maskLogits' | 'patternLogits' | 'intensityLogits'> &
    Partial<Pick<TaskOutputs, 'embedding'>>,
  batch: TensorBatch,
  opts: TaskLossOptions,
): tf.Scalar[] {
  const mask = out.maskLogits
    ? maskedMean(
        maskLossPerSample(opts.maskLoss, out.maskLogits, batch.masks, opts.diceEps),
        batch.maskWeight,
      )
    : tf.scalar(0);
  const e = opts.labelSmoothing ?? 0;
  const k = batch.patternOneHot.shape[1];
  const patternTarget = e > 0 ? tf.add(tf.mul(batch.patternOneHot, 1 - e), e / k) : batch.patternOneHot;
  const pattern = maskedMean(
    softmaxCePerSample(out.patternLogits, patternTarget as tf.Tensor2D),
    batch.patternWeight,
  );
  const intensityPer = opts.binaryIntensity
    ? binaryCePerSample(out.intensityLogits, batch.intensityTarget)
    : softmaxCePerSample(out.intensityLogits, batch.intensityTarget);
  const intensity = maskedMean(intensityPer, batch.intensityWeight);
  return [mask, pattern, intensity];
}

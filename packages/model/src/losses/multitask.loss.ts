import type * as tf from '@tensorflow/tfjs';
import type { ForwardOutputs } from '../model/model.factory.js';
import type { TensorBatch } from '../train/batch.js';
import { binaryCePerSample, softmaxCePerSample } from './classification.loss.js';
import { type MaskLossKind, maskedMean, maskLossPerSample } from './segmentation.loss.js';

export interface TaskLossOptions {
  maskLoss: MaskLossKind;
  diceEps: number;
  binaryIntensity: boolean;
}

/** Unweighted per-task losses [mask, pattern, intensity], each a masked mean over labelled samples. */
export function taskLosses(out: ForwardOutputs, batch: TensorBatch, opts: TaskLossOptions): tf.Scalar[] {
  const mask = maskedMean(
    maskLossPerSample(opts.maskLoss, out.maskLogits, batch.masks, opts.diceEps),
    batch.maskWeight,
  );
  const pattern = maskedMean(softmaxCePerSample(out.patternLogits, batch.patternOneHot), batch.patternWeight);
  const intensityPer = opts.binaryIntensity
    ? binaryCePerSample(out.intensityLogits, batch.intensityTarget)
    : softmaxCePerSample(out.intensityLogits, batch.intensityTarget);
  const intensity = maskedMean(intensityPer, batch.intensityWeight);
  return [mask, pattern, intensity];
}

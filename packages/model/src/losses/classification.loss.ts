import * as tf from '@tensorflow/tfjs';

/** Softmax cross-entropy per sample from plain logits and one-hot targets. */
export function softmaxCePerSample(logits: tf.Tensor2D, oneHot: tf.Tensor2D): tf.Tensor1D {
  return tf.tidy(() => tf.logSoftmax(logits).mul(oneHot).sum(1).neg() as tf.Tensor1D);
}

/** Binary cross-entropy per sample from one logit per sample ([B] or [B, 1]). */
export function binaryCePerSample(logits: tf.Tensor, targets: tf.Tensor): tf.Tensor1D {
  return tf.tidy(() => {
    const x = logits.reshape([-1]);
    const y = targets.reshape([-1]);
    return tf
      .relu(x)
      .sub(x.mul(y))
      .add(tf.log1p(tf.exp(tf.abs(x).neg()))) as tf.Tensor1D;
  });
}

/**
 * Per-sample weights for a class label array where -1 marks a missing label. With class weights
 * the mean is sum(w_y * l) / sum(w_y) over labelled samples (PyTorch's weighted CE convention).
 */
export function labelWeights(labels: ArrayLike<number>, classWeights?: readonly number[]): Float32Array {
  const out = new Float32Array(labels.length);
  for (let i = 0; i < labels.length; i += 1) {
    const y = labels[i] as number;
    out[i] = y < 0 ? 0 : (classWeights?.[y] ?? 1);
  }
  return out;
}

/** One-hot rows; a missing label (-1) gives an all-zero row (its weight is 0 anyway). */
export function oneHotRows(labels: ArrayLike<number>, classes: number): Float32Array {
  const out = new Float32Array(labels.length * classes);
  for (let i = 0; i < labels.length; i += 1) {
    const y = labels[i] as number;
    if (y >= 0) out[i * classes + y] = 1;
  }
  return out;
}

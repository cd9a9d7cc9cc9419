import * as tf from '@tensorflow/tfjs';

export type MaskLossKind = 'bce' | 'dice' | 'bce+dice';

/** Numerically stable BCE on logits, averaged over all non-batch dims: one value per sample. */
export function bceWithLogitsPerSample(logits: tf.Tensor, targets: tf.Tensor): tf.Tensor1D {
  return tf.tidy(() => {
    const b = logits.shape[0] as number;
    const x = logits.reshape([b, -1]);
    const y = targets.reshape([b, -1]);
    // max(x, 0) - x*y + log(1 + exp(-|x|)) avoids overflow for large |x|.
    const loss = tf
      .relu(x)
      .sub(x.mul(y))
      .add(tf.log1p(tf.exp(tf.abs(x).neg())));
    return loss.mean(1) as tf.Tensor1D;
  });
}

/** Soft Dice loss per sample: 1 - (2*sum(p*y) + eps) / (sum(p) + sum(y) + eps), p = sigmoid(logits). */
export function softDicePerSample(logits: tf.Tensor, targets: tf.Tensor, eps = 1): tf.Tensor1D {
  return tf.tidy(() => {
    const b = logits.shape[0] as number;
    const p = tf.sigmoid(logits.reshape([b, -1]));
    const y = targets.reshape([b, -1]);
    const inter = p.mul(y).sum(1);
    const denom = p.sum(1).add(y.sum(1)).add(eps);
    return tf.onesLike(inter).sub(inter.mul(2).add(eps).div(denom)) as tf.Tensor1D;
  });
}

export function maskLossPerSample(
  kind: MaskLossKind,
  logits: tf.Tensor,
  targets: tf.Tensor,
  diceEps = 1,
): tf.Tensor1D {
  switch (kind) {
    case 'bce':
      return bceWithLogitsPerSample(logits, targets);
    case 'dice':
      return softDicePerSample(logits, targets, diceEps);
    case 'bce+dice':
      return tf.tidy(() =>
        bceWithLogitsPerSample(logits, targets).add(softDicePerSample(logits, targets, diceEps)),
      );
  }
}

/**
 * Mean of per-sample losses over the samples whose label exists (weight > 0): a missing label is
 * left out of numerator and denominator, not counted as a zero target. Zero when none is present.
 */
export function maskedMean(perSample: tf.Tensor1D, weights: tf.Tensor1D): tf.Scalar {
  return tf.tidy(() => {
    const total = weights.sum();
    return perSample.mul(weights).sum().div(tf.maximum(total, 1e-12)) as tf.Scalar;
  });
}

import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, it } from 'vitest';
import {
  binaryCePerSample,
  labelWeights,
  oneHotRows,
  softmaxCePerSample,
} from '../src/losses/classification.loss.js';
import {
  bceWithLogitsPerSample,
  maskedMean,
  maskLossPerSample,
  softDicePerSample,
} from '../src/losses/segmentation.loss.js';
import { expectClose, loadReference } from './fixtures.js';
import { useWasm } from './setup-backend.js';

const ref = loadReference().losses;

const scalar = (t: tf.Tensor): number => {
  const v = t.dataSync()[0] as number;
  t.dispose();
  return v;
};

describe('losses vs numpy reference', () => {
  beforeAll(useWasm);

  it('BCE and soft Dice per sample, masked means', () => {
    const s = ref.seg;
    tf.tidy(() => {
      const logits = tf.tensor(s.logits, s.shape);
      const target = tf.tensor(s.target, s.shape);
      const present = tf.tensor1d(s.maskPresent);
      const bce = bceWithLogitsPerSample(logits, target).arraySync();
      bce.forEach((v, i) => {
        expectClose(v, (s.bcePerSample as number[])[i] as number);
      });
      softDicePerSample(logits, target, 1)
        .arraySync()
        .forEach((v, i) => {
          expectClose(v, (s.dicePerSample_eps1 as number[])[i] as number);
        });
      softDicePerSample(logits, target, 1e-6)
        .arraySync()
        .forEach((v, i) => {
          expectClose(v, (s['dicePerSample_eps1e-6'] as number[])[i] as number);
        });
      expectClose(
        scalar(maskedMean(maskLossPerSample('bce', logits, target), present)),
        s.bceMasked as number,
      );
      expectClose(
        scalar(maskedMean(maskLossPerSample('dice', logits, target, 1), present)),
        s.diceMasked_eps1 as number,
      );
      expectClose(
        scalar(maskedMean(maskLossPerSample('bce+dice', logits, target, 1), present)),
        s.bceDiceMasked_eps1 as number,
      );
    });
  });

  it('softmax CE with missing labels and class weights', () => {
    const p = ref.pattern;
    tf.tidy(() => {
      const logits = tf.tensor2d(p.logits, [p.labels.length, p.classes]);
      const oneHot = tf.tensor2d(oneHotRows(p.labels, p.classes), [p.labels.length, p.classes]);
      const ce = softmaxCePerSample(logits, oneHot);
      expectClose(scalar(maskedMean(ce, tf.tensor1d(labelWeights(p.labels)))), p.ceMasked);
      expectClose(scalar(maskedMean(ce, tf.tensor1d(labelWeights(p.labels, p.classWeights)))), p.ceWeighted);
    });
  });

  it('binary intensity BCE with missing labels', () => {
    const b = ref.intensity;
    tf.tidy(() => {
      const targets = tf.tensor1d(b.labels.map((l) => (l > 0 ? 1 : 0)));
      const per = binaryCePerSample(tf.tensor1d(b.logits), targets);
      expectClose(scalar(maskedMean(per, tf.tensor1d(labelWeights(b.labels)))), b.bceMasked);
    });
  });

  it('a batch with no labels for a task gives loss 0, not NaN', () => {
    tf.tidy(() => {
      const per = tf.tensor1d([0.3, 0.7]);
      expectClose(scalar(maskedMean(per, tf.tensor1d([0, 0]))), 0);
    });
  });
});

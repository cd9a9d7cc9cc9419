import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { GradNorm } from '../src/weighting/gradnorm.weighting.js';
import { expectClose, loadReference } from './fixtures.js';
import { useWasm } from './setup-backend.js';

describe('GradNorm', () => {
  beforeAll(useWasm);

  it('matches the hand-worked step (fixture from numpy)', () => {
    const g = loadReference().gradnorm;
    const gn = new GradNorm({ alpha: g.alpha, learningRate: g.lr, enabled: [true, true, true] });
    // Seed L(0) with the fixture's values so that this first step is the hand-worked one.
    (gn.initialLosses as number[]).splice(0, 3, ...g.initialLosses);
    gn.afterStep({ step: 1, losses: g.losses, gradNorms: g.gradNorms, active: [true, true, true] });
    const d = gn.lastDetail;
    expect(d).not.toBeNull();
    d?.ratios.forEach((r, i) => {
      expectClose(r, g.ratios[i] as number);
    });
    d?.targets.forEach((t, i) => {
      expectClose(t, g.targets[i] as number);
    });
    d?.weightGrads.forEach((t, i) => {
      expectClose(t, g.weightGrads[i] as number);
    });
    gn.currentWeights().forEach((w, i) => {
      expectClose(w, g.weights[i] as number);
    });
    expectClose(
      gn.currentWeights().reduce((a, b) => a + b, 0),
      3,
      1e-9,
    );
    expect(gn.trajectory).toHaveLength(2);
  });

  it('moves weight to the slower task on a toy two-task problem and keeps sum = T', () => {
    // Shared linear layer h = xW, two linear heads. Task 0's target is an easy linear map;
    // task 1's target is 5x larger in scale and partly nonlinear, so its loss ratio falls slower.
    const n = 64;
    const data = tf.tidy(() => {
      const x = tf.randomNormal([n, 6], 0, 1, 'float32', 7);
      const y0 = x.matMul(tf.randomNormal([6, 1], 0, 1, 'float32', 8));
      const y1 = tf.tanh(x.matMul(tf.randomNormal([6, 1], 0, 2, 'float32', 9))).mul(5);
      return { x: tf.keep(x), y0: tf.keep(y0), y1: tf.keep(y1) };
    });
    const W = tf.variable(tf.randomNormal([6, 8], 0, 0.3, 'float32', 1));
    const a0 = tf.variable(tf.randomNormal([8, 1], 0, 0.3, 'float32', 2));
    const a1 = tf.variable(tf.randomNormal([8, 1], 0, 0.3, 'float32', 3));
    const opt = tf.train.adam(0.01);
    const gn = new GradNorm({ alpha: 1.5, learningRate: 0.02, enabled: [true, true] });
    let ratio: number[] = [];
    for (let step = 1; step <= 150; step += 1) {
      const w = gn.currentWeights();
      const out = tf.tidy(() => {
        const h = data.x.matMul(W);
        const losses = (hh: tf.Tensor): tf.Scalar[] => [
          tf.losses.meanSquaredError(data.y0, hh.matMul(a0)) as tf.Scalar,
          tf.losses.meanSquaredError(data.y1, hh.matMul(a1)) as tf.Scalar,
        ];
        // G_i = ||d(w_i L_i)/dh||, the activation variant the trainer uses.
        const norms = [0, 1].map(
          (i) =>
            tf
              .grad((hh: tf.Tensor) => (losses(hh)[i] as tf.Scalar).mul(w[i] as number))(h)
              .norm()
              .dataSync()[0] as number,
        );
        const { value, grads } = tf.variableGrads(() => {
          const [l0, l1] = losses(data.x.matMul(W));
          return (l0 as tf.Scalar)
            .mul(w[0] as number)
            .add((l1 as tf.Scalar).mul(w[1] as number)) as tf.Scalar;
        }, [W, a0, a1]);
        opt.applyGradients(grads as Record<string, tf.Variable>);
        value.dispose();
        return { l: losses(data.x.matMul(W)).map((l) => l.dataSync()[0] as number), norms };
      });
      gn.afterStep({ step, losses: out.l, gradNorms: out.norms, active: [true, true] });
      expectClose(
        gn.currentWeights().reduce((a, b) => a + b, 0),
        2,
        1e-9,
      );
      ratio = out.l.map((l, i) => l / (gn.initialLosses[i] as number));
    }
    const [w0, w1] = gn.currentWeights() as [number, number];
    const slower = (ratio[1] as number) > (ratio[0] as number) ? 1 : 0;
    expect(slower).toBe(1);
    expect(w1).toBeGreaterThan(1);
    expect(w0).toBeLessThan(1);
    expect(gn.trajectory).toHaveLength(151);
    tf.dispose([data.x, data.y0, data.y1, W, a0, a1]);
    opt.dispose();
  });
});

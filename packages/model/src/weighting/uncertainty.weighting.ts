import * as tf from '@tensorflow/tfjs';
import type { TaskWeighting, WeightRecord } from './task-weighting.js';

/**
 * Homoscedastic uncertainty weighting (Kendall, Gal & Cipolla, CVPR 2018), classification form with
 * s_i = log(sigma_i^2): L = sum_i exp(-s_i) * L_i + s_i / 2. The s_i train with the network.
 */
export function uncertaintyWeighting(taskCount: number): TaskWeighting {
  const init = tf.zeros([taskCount]);
  const logVars = tf.variable(init, true);
  init.dispose();
  const weightsNow = (): number[] => Array.from(tf.tidy(() => tf.exp(logVars.neg()).dataSync()));
  const trajectory: WeightRecord[] = [{ step: 0, weights: weightsNow() }];
  return {
    kind: 'uncertainty',
    trajectory,
    currentWeights: weightsNow,
    combine: (losses, active) =>
      tf.tidy(() => {
        const terms = losses.map((l, i) => {
          if (!active[i]) return tf.scalar(0);
          const s = logVars.slice([i], [1]).reshape([]); // slice, not gather: wasm lacks its gradient kernel
          // A task without labels this step contributes nothing, so its s_i is not pushed down.
          return tf.exp(s.neg()).mul(l).add(s.mul(0.5));
        });
        return tf.addN(terms) as tf.Scalar;
      }),
    variables: () => [logVars],
    afterStep: (info) => trajectory.push({ step: info.step, weights: weightsNow() }),
    saveState: () => ({ logVars: Array.from(logVars.dataSync()) }),
    restoreState: (state) => {
      const values = state.logVars as number[];
      if (values?.length !== taskCount) throw new Error('uncertainty weighting state: wrong logVars');
      tf.tidy(() => logVars.assign(tf.tensor1d(values)));
    },
    dispose: () => logVars.dispose(),
  };
}

import * as tf from '@tensorflow/tfjs';
import type { TaskWeighting, WeightRecord } from './task-weighting.js';

export function fixedWeighting(weights: readonly number[]): TaskWeighting {
  const w = [...weights];
  const trajectory: WeightRecord[] = [{ step: 0, weights: [...w] }];
  return {
    kind: 'fixed',
    trajectory,
    currentWeights: () => [...w],
    combine: (losses, active) =>
      tf.tidy(() => tf.addN(losses.map((l, i) => l.mul(active[i] ? (w[i] ?? 0) : 0))) as tf.Scalar),
    variables: () => [],
    afterStep: (info) => trajectory.push({ step: info.step, weights: [...w] }),
    saveState: () => ({}),
    restoreState: () => {},
    dispose: () => {},
  };
}

import type { ModelConfig } from '../config/model-config.js';
import type { TrainingSample } from './batch.js';

/**
 * 'inverse-frequency': class c weighs N / (K * n_c) over the K classes present in the training
 * labels (N labelled samples, n_c of class c), so every class contributes the same total weight
 * and a weight-1 class is one of average frequency. 'none': plain cross-entropy.
 */
export type ClassBalance = 'inverse-frequency' | 'none';

export interface ClassWeights {
  pattern?: number[];
  intensity?: number[];
}

/** Labelled samples per class (null / negative labels are missing and not counted). */
export function classCounts(labels: Iterable<number | null>, classes: number): number[] {
  const counts = new Array<number>(classes).fill(0);
  for (const y of labels) {
    if (y === null || y < 0) continue;
    if (y >= classes) throw new Error(`label ${y} out of range for ${classes} classes`);
    counts[y] = (counts[y] as number) + 1;
  }
  return counts;
}

/** N / (K n_c) for present classes; 0 for a class without samples (it never enters the loss). */
export function inverseFrequencyWeights(counts: readonly number[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  const present = counts.filter((c) => c > 0).length;
  return counts.map((c) => (c > 0 ? total / (present * c) : 0));
}

/**
 * The class weights a run trains with: explicit weights win; otherwise, with class balancing on,
 * inverse-frequency weights from the training samples' labels (undefined for a head whose labels
 * cover fewer than two classes: nothing to balance).
 */
export function trainingClassWeights(
  samples: readonly TrainingSample[],
  model: ModelConfig,
  cfg: { classBalance: ClassBalance; patternClassWeights?: number[]; intensityClassWeights?: number[] },
): ClassWeights {
  const balanced = (labels: (number | null)[], classes: number): number[] | undefined => {
    if (cfg.classBalance === 'none') return undefined;
    const counts = classCounts(labels, classes);
    return counts.filter((c) => c > 0).length >= 2 ? inverseFrequencyWeights(counts) : undefined;
  };
  const levels = Math.max(2, model.intensityLevels);
  return {
    pattern:
      cfg.patternClassWeights ??
      balanced(
        samples.map((s) => s.pattern),
        model.patternClasses,
      ),
    intensity:
      cfg.intensityClassWeights ??
      balanced(
        samples.map((s) => s.intensity),
        levels,
      ),
  };
}

/**
 * Learning-rate schedule over the steps of a run. 'cosine': from the base rate down to
 * base * minFactor along half a cosine, per step (so a resumed run continues on the same curve);
 * 'constant': the base rate throughout.
 */
export type LrSchedule =
  | { kind: 'constant' }
  | {
      kind: 'cosine';
      minFactor: number;
      /** Share of the run's steps spent on a linear warm-up from base / warm-up steps to base; 0 or absent = none. */
      warmupFraction?: number;
    };

export const DEFAULT_LR_SCHEDULE: LrSchedule = { kind: 'cosine', minFactor: 0.05, warmupFraction: 0.05 };

/** Rate for the step with 0-based index `step` of `totalSteps`. */
export function learningRateAt(base: number, schedule: LrSchedule, step: number, totalSteps: number): number {
  if (schedule.kind === 'constant' || totalSteps <= 1) return base;
  const warmup = Math.floor((schedule.warmupFraction ?? 0) * totalSteps);
  if (step < warmup) return (base * (step + 1)) / warmup;
  const t = Math.min(1, Math.max(0, (step - warmup) / Math.max(1, totalSteps - warmup)));
  return base * (schedule.minFactor + (1 - schedule.minFactor) * 0.5 * (1 + Math.cos(Math.PI * t)));
}

/**
 * Sets an optimizer's rate for the next `applyGradients`. tfjs' optimizers read their
 * `learningRate` field on every update but expose no setter.
 */
export function setLearningRate(optimizer: object, rate: number): void {
  const o = optimizer as { learningRate?: unknown };
  if (typeof o.learningRate !== 'number') throw new Error('optimizer has no numeric learningRate');
  o.learningRate = rate;
}

import { z } from 'zod';

/**
 * Views of the trainer's JSON columns (TrainingRun.progress, TrainingEpoch, ModelVersion
 * metrics / promotion / calibration). Parsed leniently: a missing or malformed part reads as absent,
 * never as a made-up number.
 */
const num = z.number().nullable().optional().catch(null);
const taskValues = z.object({ mask: num, pattern: num, intensity: num }).partial().catch({});

export type TaskValues = z.infer<typeof taskValues>;
export const TASKS = ['mask', 'pattern', 'intensity'] as const;
export type Task = (typeof TASKS)[number];

const progressSchema = z
  .object({
    phase: z.string().optional().catch(undefined),
    epoch: num,
    epochs: num,
    step: num,
    totalSteps: num,
    patchesPerSecond: num,
    etaSeconds: num,
    elapsedSeconds: num,
    losses: taskValues.optional(),
    weights: taskValues.optional(),
    note: z.string().optional().catch(undefined),
    samples: z
      .object({ train: z.number(), validation: z.number(), weak: z.number() })
      .partial()
      .optional()
      .catch(undefined),
  })
  .partial()
  .catch({});

export type RunProgress = z.infer<typeof progressSchema>;
export const parseProgress = (value: unknown): RunProgress => progressSchema.parse(value ?? {});

/** Patch-level figures on the validation specimens after an epoch (null when not validated). */
export interface EpochValidation {
  loss: number;
  dice: number | null;
  patternAccuracy: number | null;
  intensityAccuracy: number | null;
  patches: number;
}

export interface EpochPoint {
  epoch: number;
  losses: TaskValues;
  weights: TaskValues;
  seconds: number;
  patchesPerSecond: number | null;
  validation: EpochValidation | null;
}

const epochMetrics = z.object({ patchesPerSecond: num }).partial().catch({});

export function parseEpochs(
  rows: readonly {
    epoch: number;
    losses: unknown;
    taskWeights: unknown;
    metrics: unknown;
    seconds: number;
    validation?: {
      loss: number;
      dice?: number | null;
      patternAccuracy?: number | null;
      intensityAccuracy?: number | null;
      patches: number;
    } | null;
  }[],
): EpochPoint[] {
  return [...rows]
    .sort((a, b) => a.epoch - b.epoch)
    .map((row) => ({
      epoch: row.epoch,
      losses: taskValues.parse(row.losses ?? {}),
      weights: taskValues.parse(row.taskWeights ?? {}),
      seconds: row.seconds,
      patchesPerSecond: epochMetrics.parse(row.metrics ?? {}).patchesPerSecond ?? null,
      validation: row.validation
        ? {
            loss: row.validation.loss,
            dice: row.validation.dice ?? null,
            patternAccuracy: row.validation.patternAccuracy ?? null,
            intensityAccuracy: row.validation.intensityAccuracy ?? null,
            patches: row.validation.patches,
          }
        : null,
    }));
}

/** Share of the run done, from steps (0..1), or null before the first step. */
export function runFraction(p: RunProgress): number | null {
  if (typeof p.step === 'number' && typeof p.totalSteps === 'number' && p.totalSteps > 0) {
    return Math.min(1, p.step / p.totalSteps);
  }
  return null;
}

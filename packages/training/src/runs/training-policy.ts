import { z } from 'zod';
import { runConfigSchema } from './run-config';

/** Dataset.trainingPolicy: when to train automatically and how to judge the result. */
export const trainingPolicySchema = z.object({
  /** Trainers leave the dataset's runs queued and fire no automatic trigger for it. */
  paused: z.boolean().default(false),
  /** Cron expression (pg-boss schedule) for SCHEDULE runs, e.g. "0 3 * * *". */
  schedule: z.string().min(1).optional(),
  timezone: z.string().min(1).optional(),
  /** Start a THRESHOLD run after this many approved annotations since the last run. */
  threshold: z.number().int().min(1).optional(),
  /** At most one queued-or-running job per dataset (default). Off: runs of a dataset may overlap. */
  singleFlight: z.boolean().default(true),
  /** Promote a candidate automatically when the promotion rule says so. */
  autoPromote: z.boolean().default(true),
  promotion: z
    .object({
      /** The candidate's composite score must beat the active version's by this much. */
      margin: z.number().min(0).max(1).default(0.01),
      /** ...and no single component may drop by more than this. */
      maxRegression: z.number().min(0).max(1).default(0.05),
    })
    .default({ margin: 0.01, maxRegression: 0.05 }),
  /** Defaults for runs of this dataset (merged under a trigger's own settings). */
  runDefaults: runConfigSchema.partial().default({}),
});

export type TrainingPolicy = z.infer<typeof trainingPolicySchema>;

/** A policy that does not parse falls back to the defaults; `problem` says why, for the logs. */
export function parseTrainingPolicy(raw: unknown): { policy: TrainingPolicy; problem: string | null } {
  const parsed = trainingPolicySchema.safeParse(raw ?? {});
  if (parsed.success) return { policy: parsed.data, problem: null };
  const issue = parsed.error.issues[0];
  return {
    policy: trainingPolicySchema.parse({}),
    problem: `trainingPolicy.${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`,
  };
}

import { z } from 'zod';

const schema = z.object({
  DATABASE_URL: z.string().url({ message: 'must be a postgresql:// URL' }),
  S3_ENDPOINT: z.string().url({ message: 'must be an http(s):// URL' }),
  S3_ACCESS_KEY: z.string().min(1),
  S3_SECRET_KEY: z.string().min(1),
  S3_BUCKET: z.string().min(3).default('hep2'),
  S3_REGION: z.string().default('us-east-1'),
  /** A run whose worker has not written a heartbeat for this long is failed (its worker died). */
  RUN_HEARTBEAT_TIMEOUT_SECONDS: z.coerce.number().int().min(5).default(120),
  TRAINER_WORKER_ID: z.string().optional(),
});

export type TrainerConfig = z.infer<typeof schema>;

/** Validates the environment once at start-up; the message names every bad variable. */
export function loadTrainerConfig(env: NodeJS.ProcessEnv = process.env): TrainerConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid trainer configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

import { availableParallelism } from 'node:os';
import { parseConfig, platformServicesSchema } from '@hep2/embedded/settings';
import { z } from 'zod';

const seconds = (fallback: number, min: number) => z.coerce.number().min(min).default(fallback);

/** Postgres and the object store (DATABASE_URL, S3_*, shared with the API and the launcher), then the trainer's own. */
const schema = platformServicesSchema.extend({
  /** A run whose worker has not written a heartbeat for this long is failed (its worker died). */
  RUN_HEARTBEAT_TIMEOUT_SECONDS: seconds(120, 2),
  /** A run whose worker died is re-queued to resume from its last checkpoint at most this often, then FAILED. */
  RUN_MAX_RESUMES: z.coerce.number().int().min(0).max(100).default(2),
  TRAINER_WORKER_ID: z.string().optional(),
  /** How often a running run writes its heartbeat and polls cancelRequested. */
  TRAINER_HEARTBEAT_SECONDS: seconds(5, 0.2),
  /** How often abandoned runs are looked for. */
  TRAINER_SWEEP_SECONDS: seconds(30, 0.5),
  /** How often QUEUED runs are handed to the job queue (they are also picked up on start). */
  TRAINER_DISPATCH_SECONDS: seconds(2, 0.2),
  /** How often open experiments are brought up to date (crashed runs retried, status, report). */
  TRAINER_EXPERIMENT_SECONDS: seconds(5, 0.2),
  /** How often threshold triggers and cron schedules are re-read from the datasets' policies. */
  TRAINER_TRIGGER_CHECK_SECONDS: seconds(60, 1),
  /** Score unlabelled patches with the active model version for active learning. */
  TRAINER_SCORING: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** How often an idle worker asks the job queue for work. */
  TRAINER_POLL_SECONDS: seconds(2, 0.5),
  /** A job still active after this long is given up by the queue. */
  TRAINER_JOB_EXPIRE_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .default(6 * 3600),
  /** Decoded patches kept in memory across runs. */
  TRAINER_CACHE_MB: z.coerce.number().min(0).default(256),
  /** Backends to try in order: tfjs-node-gpu, tfjs-node, wasm, cpu. */
  TRAINER_BACKENDS: z
    .string()
    .default('tfjs-node-gpu,tfjs-node,wasm,cpu')
    .transform((v) => v.split(',').map((s) => s.trim()))
    .pipe(z.array(z.enum(['tfjs-node-gpu', 'tfjs-node', 'wasm', 'cpu'])).min(1)),
  /**
   * Threads per training step: N > 1 trains data-parallel (the step's batch split over this thread
   * and N-1 worker threads, each with its own WASM instance; DDP semantics, see
   * packages/model/README.md). Only the wasm and cpu backends use it; native ones run on all cores.
   */
  TRAIN_THREADS: z.coerce.number().int().min(1).max(64).default(defaultTrainThreads),
  /**
   * What scores the queue for active learning: ONNX Runtime when it loads ('auto'), only ONNX
   * Runtime (fail otherwise), or TensorFlow.js. The choice made is recorded with the version.
   */
  SCORING_BACKEND: z.enum(['auto', 'onnxruntime', 'tfjs']).default('auto'),
  /** ONNX Runtime's threads for scoring (default: all cores; fewer leaves room for training). */
  SCORING_THREADS: z.coerce.number().int().min(1).max(64).optional(),
  /**
   * What runs a run's per-epoch validation and final evaluation (the candidate's and the active
   * version's): ONNX Runtime on an export of the current weights when it loads ('auto'), only ONNX
   * Runtime (fail otherwise), or TensorFlow.js. Recorded with the figures (evaluatedOn, backend).
   */
  EVALUATION_BACKEND: z.enum(['auto', 'onnxruntime', 'tfjs']).default('auto'),
  /**
   * ONNX Runtime execution providers for scoring and evaluation, in preference order: 'cpu' (the
   * library inside onnxruntime-node), or 'cuda,cpu' where the CUDA 12 provider libraries are
   * installed beside it (docker/Dockerfile.trainer-gpu says how). A session the providers refuse
   * falls back to TensorFlow.js under 'auto' and says why.
   */
  INFERENCE_PROVIDERS: z
    .string()
    .default('cpu')
    .transform((v) => v.split(',').map((s) => s.trim()))
    .pipe(z.array(z.enum(['cpu', 'cuda'])).min(1)),
  /** Code version recorded with every run; `git rev-parse HEAD` when unset. */
  GIT_COMMIT: z.string().optional(),
});

export type TrainerConfig = z.infer<typeof schema>;

/**
 * Two threads where the machine has two cores: on the 2-core development machine the lite model's
 * step was ~1.4-1.5x faster with 2 threads than with 1 (bench:model A/B, README); more threads than
 * cores only add per-step overhead.
 */
export function defaultTrainThreads(): number {
  return Math.min(2, availableParallelism());
}

/** Validates the environment once at start-up; the message names every bad variable. */
export function loadTrainerConfig(env: NodeJS.ProcessEnv = process.env): TrainerConfig {
  return parseConfig(schema, env, { label: 'trainer' });
}

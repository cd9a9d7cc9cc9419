import { hostname } from 'node:os';
import { createDb, pendingObjectReader } from '@hep2/db';
import { objectStoreSettings } from '@hep2/embedded/settings';
import { type BackendChoice, initBackend } from '@hep2/model';
import { ObjectStore } from '@hep2/storage';
import { syncOpenExperiments } from '@hep2/training';
import type { PgBoss } from 'pg-boss';
import type { TrainerConfig } from './config';
import { SampleCache } from './features/data/sample-cache';
import { startBoss } from './features/jobs/boss.factory';
import { every } from './features/jobs/periodic-task';
import {
  SCHEDULE_QUEUE,
  type ScheduleJobData,
  TRAINING_QUEUE,
  type TrainingJobData,
} from './features/jobs/queues';
import { dispatchQueuedRuns } from './features/jobs/run-dispatcher';
import { checkThresholds, onScheduleFired, syncSchedules } from './features/jobs/schedule-triggers';
import { describeEnvironment, gitCommit, trainThreadsFor } from './features/runs/run-environment';
import { type ExecutorDeps, executeRun } from './features/runs/run-executor';
import { recoverStaleRuns } from './features/runs/stale-runs';
import { startScoringWorker } from './features/scoring/scoring-worker';

const isUuid = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

export interface TrainerService {
  workerId: string;
  boss: PgBoss;
  /** The run this process is training, if any. */
  currentRunId(): string | null;
  stop(): Promise<void>;
}

/**
 * One trainer process: a pg-boss worker on the training queue (one run at a time), the dispatcher
 * that turns QUEUED rows into jobs, the stale-run sweep, and the schedule/threshold triggers.
 * Several can run side by side; the queue hands each job to exactly one of them.
 */
export async function startTrainerService(
  config: TrainerConfig,
  log: (line: string) => void = (line) => console.log(line),
): Promise<TrainerService> {
  const workerId = config.TRAINER_WORKER_ID ?? `${hostname()}:${process.pid}`;
  const db = createDb({ connectionString: config.DATABASE_URL, poolSize: 4 });
  const store = new ObjectStore({
    ...objectStoreSettings(config),
    // annotation masks committed but not uploaded yet are read from the database's outbox
    pending: pendingObjectReader(db),
  });
  const backend = await initBackend({ order: config.TRAINER_BACKENDS as BackendChoice[], log });
  const deps: ExecutorDeps = {
    db,
    store,
    cache: new SampleCache(config.TRAINER_CACHE_MB * 2 ** 20),
    workerId,
    environment: describeEnvironment(
      backend,
      workerId,
      config.GIT_COMMIT ?? gitCommit(),
      trainThreadsFor(backend, config.TRAIN_THREADS),
    ),
    heartbeatMs: config.TRAINER_HEARTBEAT_SECONDS * 1000,
    log,
    evaluation: { backend: config.EVALUATION_BACKEND, executionProviders: config.INFERENCE_PROVIDERS },
  };
  const boss = await startBoss({
    connectionString: config.DATABASE_URL,
    jobExpireSeconds: config.TRAINER_JOB_EXPIRE_SECONDS,
    jobHeartbeatSeconds: config.RUN_HEARTBEAT_TIMEOUT_SECONDS,
    log,
  });
  const onError = (what: string) => (error: unknown) => log(`${what} failed: ${String(error)}`);
  // An experiment's status and report follow its runs at once, not only at the next timer tick.
  const syncRunExperiment = async (runId: string) => {
    const run = await db.trainingRun.findUnique({ where: { id: runId }, select: { experimentId: true } });
    if (run?.experimentId) await syncOpenExperiments(db, store, log, run.experimentId);
  };
  let current: { runId: string; controller: AbortController } | null = null;

  await boss.work<TrainingJobData>(
    TRAINING_QUEUE,
    { localConcurrency: 1, pollingIntervalSeconds: config.TRAINER_POLL_SECONDS },
    async ([job]) => {
      if (!job) return null;
      const controller = new AbortController();
      current = { runId: job.data.runId, controller };
      job.signal.addEventListener('abort', () => controller.abort('job-expired'), { once: true });
      try {
        return await executeRun(deps, job.data.runId, controller);
      } finally {
        current = null;
        await syncRunExperiment(job.data.runId).catch(onError('experiment sync'));
      }
    },
  );
  await boss.work<ScheduleJobData>(SCHEDULE_QUEUE, async ([job]) => {
    if (job) await onScheduleFired(db, job.data, log);
  });

  const timers = [
    every(
      config.TRAINER_SWEEP_SECONDS * 1000,
      async () => {
        const stale = await recoverStaleRuns(
          db,
          config.RUN_HEARTBEAT_TIMEOUT_SECONDS,
          config.RUN_MAX_RESUMES,
        );
        // The resumed runs' new jobs exist before the dead jobs free their datasets' slots, so
        // they (with priority) go ahead of runs that were queued meanwhile.
        if (stale.some((r) => r.outcome === 'resumed')) await dispatchQueuedRuns(db, boss);
        for (const run of stale) {
          log(`run ${run.id} abandoned by its worker: ${run.outcome}`);
          // Frees the dataset's single-flight slot now instead of at pg-boss's own timeout.
          // CLI runs have no queue job (their jobId names the CLI process).
          if (run.jobId && isUuid(run.jobId))
            await boss.fail(TRAINING_QUEUE, run.jobId, { error: 'worker died' }).catch(onError('fail job'));
        }
      },
      onError('stale-run sweep'),
    ),
    every(config.TRAINER_DISPATCH_SECONDS * 1000, () => dispatchQueuedRuns(db, boss), onError('dispatch')),
    every(
      config.TRAINER_EXPERIMENT_SECONDS * 1000,
      () => syncOpenExperiments(db, store, log),
      onError('experiment sync'),
    ),
    every(
      config.TRAINER_TRIGGER_CHECK_SECONDS * 1000,
      async () => {
        await syncSchedules(db, boss, log);
        await checkThresholds(db, log);
      },
      onError('trigger check'),
    ),
  ];
  // Scores unlabelled patches with the active version (after promotion, rollback or import).
  const scoring = config.TRAINER_SCORING
    ? await startScoringWorker({
        db,
        store,
        boss,
        log,
        pollSeconds: config.TRAINER_POLL_SECONDS,
        backend: config.SCORING_BACKEND,
        inferenceThreads: config.SCORING_THREADS,
        executionProviders: config.INFERENCE_PROVIDERS,
      })
    : null;
  log(
    `trainer ${workerId}: backend ${backend.choice}, watching for training runs${scoring ? ' and scoring' : ''}`,
  );

  return {
    workerId,
    boss,
    currentRunId: () => current?.runId ?? null,
    async stop() {
      for (const t of timers) t.stop();
      current?.controller.abort('shutdown');
      await scoring?.stop();
      await boss.stop({ graceful: true, timeout: 30_000 });
      await db.$disconnect();
    },
  };
}

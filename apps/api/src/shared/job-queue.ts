import { PgBoss } from 'pg-boss';
import type { ApiConfig } from '../config';

/** One message per job row (ImportJob, ExportJob); everything else the worker needs is on that row. */
export interface JobMessage {
  jobId: string;
}

/** Where pg-boss copies a job whose attempts all died: its worker marks the job FAILED. */
export const deadLetterQueue = (queue: string) => `${queue}-dead`;
/** A job that still runs after this is given up on (pg-boss caps expiry at 24 h). */
const EXPIRE_SECONDS = 12 * 3600;

export interface DurableQueueSettings {
  name: string;
  /** Attempts after the first whose worker died. */
  retryLimit: number;
  /** A worker silent this long is taken for dead and its job retried (pg-boss: >= 10). */
  heartbeatSeconds: number;
}

/** A durable queue of background jobs, each named by the id of its row. */
export interface DurableQueue {
  name: string;
  enqueue(jobId: string): Promise<void>;
}

/**
 * The API's pg-boss instance, in the same `pgboss` schema as the trainer's queues: background
 * imports and exports share it (and its three connections). Any API replica may pick up any job;
 * pg-boss claims each with FOR UPDATE SKIP LOCKED, so two replicas never run the same job, and its
 * supervisor (every IMPORT_SUPERVISE_SECONDS) hands the job of a worker that stopped heartbeating
 * to another attempt.
 */
export async function startJobBoss(config: ApiConfig, log: (line: string) => void): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: config.DATABASE_URL,
    schema: 'pgboss',
    max: 3,
    application_name: 'hep2-api-jobs',
    superviseIntervalSeconds: config.IMPORT_SUPERVISE_SECONDS,
    monitorIntervalSeconds: config.IMPORT_SUPERVISE_SECONDS,
  });
  // pg-boss emits Errors and, from its supervisor, plain objects: never log "[object Object]"
  boss.on('error', (error: unknown) => log(`job queue: ${describeError(error)}`));
  await boss.start();
  return boss;
}

async function ensureQueue(boss: PgBoss, name: string, options: Parameters<PgBoss['createQueue']>[1]) {
  if (await boss.getQueue(name)) return;
  try {
    await boss.createQueue(name, options);
  } catch (error) {
    // Another replica (or the trainer, sharing the schema) created it at the same moment.
    if (!(await boss.getQueue(name))) throw error;
  }
}

/**
 * A queue and its dead-letter queue: a job whose worker dies (kill -9, OOM, node restart) stops
 * heartbeating and is retried, up to `retryLimit` times, then copied to the dead-letter queue.
 * Retry settings travel with each job, so replicas with other settings cannot change them.
 */
export async function openDurableQueue(boss: PgBoss, settings: DurableQueueSettings): Promise<DurableQueue> {
  const { name, retryLimit, heartbeatSeconds } = settings;
  const dead = deadLetterQueue(name);
  await ensureQueue(boss, dead, { retryLimit: 3, expireInSeconds: 300 });
  await ensureQueue(boss, name, {
    retryLimit,
    heartbeatSeconds,
    expireInSeconds: EXPIRE_SECONDS,
    deadLetter: dead,
  });
  return {
    name,
    enqueue: async (jobId) => {
      const message: JobMessage = { jobId };
      const id = await boss.send(name, message, {
        retryLimit,
        retryDelay: 1,
        heartbeatSeconds,
        expireInSeconds: EXPIRE_SECONDS,
        deadLetter: dead,
        singletonKey: jobId,
      });
      if (!id) throw new Error(`job ${jobId} is already queued on ${name}`);
    },
  };
}

export interface DurableWork {
  /** Jobs at once in this process. */
  concurrency: number;
  /** One attempt at the job (a retry after a dead worker is another call). */
  attempt(jobId: string): Promise<void>;
  /** Every attempt died: end the job FAILED with the reason. */
  abandon(jobId: string): Promise<void>;
}

/** Registers this process's workers on a queue and its dead-letter queue. */
export async function workDurableQueue(boss: PgBoss, queue: DurableQueue, work: DurableWork): Promise<void> {
  await boss.work<JobMessage>(
    queue.name,
    { localConcurrency: work.concurrency, pollingIntervalSeconds: 1 },
    async ([job]) => {
      if (job) await work.attempt(job.data.jobId);
    },
  );
  await boss.work<JobMessage>(deadLetterQueue(queue.name), { pollingIntervalSeconds: 2 }, async ([job]) => {
    if (job) await work.abandon(job.data.jobId);
  });
}

function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}

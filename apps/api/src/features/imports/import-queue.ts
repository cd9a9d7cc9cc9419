import { PgBoss } from 'pg-boss';
import type { ApiConfig } from '../../config';

/** One message per ImportJob row; everything else the worker needs is on that row. */
export interface ImportMessage {
  jobId: string;
}

/** Where pg-boss copies an import whose attempts all died: its worker marks the job FAILED. */
export const deadLetterQueue = (queue: string) => `${queue}-dead`;
/** An import that still runs after this is given up on (pg-boss caps expiry at 24 h). */
const IMPORT_EXPIRE_SECONDS = 12 * 3600;

export interface ImportQueue {
  boss: PgBoss;
  name: string;
  enqueue(jobId: string): Promise<void>;
  stop(): Promise<void>;
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
 * The durable import queue, in the same `pgboss` schema as the trainer's queues. Any API replica
 * may pick up a job; a worker that dies (kill -9, OOM, node restart) stops heartbeating, and
 * pg-boss hands the job to another attempt, up to IMPORT_RETRY_LIMIT retries, then to the dead-letter
 * queue. Retry settings travel with each job, so replicas with other settings cannot change them.
 */
export async function startImportQueue(config: ApiConfig, log: (line: string) => void): Promise<ImportQueue> {
  const boss = new PgBoss({
    connectionString: config.DATABASE_URL,
    schema: 'pgboss',
    max: 3,
    application_name: 'hep2-api-imports',
    superviseIntervalSeconds: config.IMPORT_SUPERVISE_SECONDS,
    monitorIntervalSeconds: config.IMPORT_SUPERVISE_SECONDS,
  });
  // pg-boss emits Errors and, from its supervisor, plain objects: never log "[object Object]"
  boss.on('error', (error: unknown) => log(`import queue: ${describeError(error)}`));
  await boss.start();
  const name = config.IMPORT_QUEUE;
  const dead = deadLetterQueue(name);
  await ensureQueue(boss, dead, { retryLimit: 3, expireInSeconds: 300 });
  await ensureQueue(boss, name, {
    retryLimit: config.IMPORT_RETRY_LIMIT,
    heartbeatSeconds: config.IMPORT_HEARTBEAT_SECONDS,
    expireInSeconds: IMPORT_EXPIRE_SECONDS,
    deadLetter: dead,
  });
  return {
    boss,
    name,
    enqueue: async (jobId) => {
      const message: ImportMessage = { jobId };
      const id = await boss.send(name, message, {
        retryLimit: config.IMPORT_RETRY_LIMIT,
        retryDelay: 1,
        heartbeatSeconds: config.IMPORT_HEARTBEAT_SECONDS,
        expireInSeconds: IMPORT_EXPIRE_SECONDS,
        deadLetter: dead,
        singletonKey: jobId,
      });
      if (!id) throw new Error(`import ${jobId} is already queued`);
    },
    stop: () => boss.stop({ graceful: true, timeout: 10_000 }),
  };
}

function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}

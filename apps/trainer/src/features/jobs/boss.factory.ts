import { PgBoss } from 'pg-boss';
import { SCHEDULE_QUEUE, TRAINING_QUEUE } from './queues';

export interface BossOptions {
  connectionString: string;
  jobExpireSeconds: number;
  /** pg-boss's own dead-worker detection (>= 10 s); our run heartbeat sweep usually acts first. */
  jobHeartbeatSeconds: number;
  log: (line: string) => void;
}

/**
 * Starts pg-boss (installing its schema on first use) and creates the trainer's queues.
 * training-run uses the `singleton` policy: one ACTIVE job per singletonKey. Jobs carry the
 * dataset id as key (single-flight per dataset) or, when a dataset's policy allows overlap, the
 * run id. No retries: a run whose worker died is failed, not silently re-trained.
 */
export async function startBoss(options: BossOptions): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: options.connectionString,
    schema: 'pgboss',
    max: 4,
    application_name: 'hep2-trainer',
    instanceName: 'trainer',
  });
  boss.on('error', (error: unknown) => options.log(`pg-boss: ${String(error)}`));
  await boss.start({ attempts: 3 });
  await ensureQueue(boss, TRAINING_QUEUE, {
    policy: 'singleton',
    retryLimit: 0,
    expireInSeconds: options.jobExpireSeconds,
    heartbeatSeconds: Math.max(10, Math.ceil(options.jobHeartbeatSeconds)),
  });
  await ensureQueue(boss, SCHEDULE_QUEUE, { policy: 'standard', retryLimit: 1, expireInSeconds: 300 });
  return boss;
}

async function ensureQueue(
  boss: PgBoss,
  name: string,
  options: Parameters<PgBoss['createQueue']>[1],
): Promise<void> {
  if (await boss.getQueue(name)) return;
  try {
    await boss.createQueue(name, options);
  } catch (error) {
    // Another trainer created it at the same moment.
    if (!(await boss.getQueue(name))) throw error;
  }
}

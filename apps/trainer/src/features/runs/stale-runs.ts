import type { Db } from '@hep2/db';

/**
 * A trainer killed mid-run leaves its run RUNNING with a heartbeat that stops moving. Any trainer
 * marks such runs FAILED, so nothing stays "running" forever and no half-written model is promoted.
 */
export async function failStaleRuns(db: Db, timeoutSeconds: number): Promise<number> {
  const cutoff = new Date(Date.now() - timeoutSeconds * 1000);
  const result = await db.trainingRun.updateMany({
    where: {
      status: 'RUNNING',
      OR: [{ heartbeatAt: { lt: cutoff } }, { heartbeatAt: null, startedAt: { lt: cutoff } }],
    },
    data: {
      status: 'FAILED',
      error: `worker stopped sending heartbeats for ${timeoutSeconds} s`,
      finishedAt: new Date(),
    },
  });
  return result.count;
}

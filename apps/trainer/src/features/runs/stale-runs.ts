import type { Db } from '@hep2/db';
import { publishRunEvent } from './run-events';

export interface FailedRun {
  id: string;
  datasetId: string;
  jobId: string | null;
}

/**
 * A trainer killed mid-run leaves its run RUNNING with a heartbeat that stops moving. Any trainer
 * marks such runs FAILED, so nothing stays "running" forever and no half-written model is promoted
 * (a model version row is only written, after its artifact, by a worker that still holds the run).
 */
export async function failStaleRuns(db: Db, timeoutSeconds: number): Promise<FailedRun[]> {
  const cutoff = new Date(Date.now() - timeoutSeconds * 1000);
  const stale = {
    status: 'RUNNING' as const,
    OR: [{ heartbeatAt: { lt: cutoff } }, { heartbeatAt: null, startedAt: { lt: cutoff } }],
  };
  const candidates = await db.trainingRun.findMany({
    where: stale,
    select: { id: true, datasetId: true, jobId: true },
  });
  const failed: FailedRun[] = [];
  for (const run of candidates) {
    const error = `worker stopped sending heartbeats for ${timeoutSeconds} s`;
    // Re-check staleness in the update: the worker may have beaten in between.
    const result = await db.trainingRun.updateMany({
      where: { id: run.id, ...stale },
      data: { status: 'FAILED', error, finishedAt: new Date() },
    });
    if (result.count === 0) continue;
    await publishRunEvent(db, { runId: run.id, datasetId: run.datasetId, status: 'FAILED', error });
    failed.push(run);
  }
  return failed;
}

import type { Db } from '@hep2/db';
import { publishRunEvent } from '@hep2/training';
import { recordRunFinish } from './trainer-audit';

export interface RecoveredRun {
  id: string;
  datasetId: string;
  /** The job of the attempt that died (to be failed in the queue, freeing the dataset's slot). */
  jobId: string | null;
  outcome: 'resumed' | 'failed' | 'cancelled';
}

/**
 * A trainer killed mid-run leaves its run RUNNING with a heartbeat that stops moving. Any trainer
 * re-queues such a run to resume from its last valid checkpoint (up to `maxResumes` times), or
 * marks it FAILED with the reason once the attempts are spent (CANCELLED if an admin asked).
 * Nothing stays "running" forever and nothing half-trained is promoted: a model version row is
 * only written, after its artifact, by a worker that still holds the run.
 */
export async function recoverStaleRuns(
  db: Db,
  timeoutSeconds: number,
  maxResumes: number,
): Promise<RecoveredRun[]> {
  const cutoff = new Date(Date.now() - timeoutSeconds * 1000);
  const stale = {
    status: 'RUNNING' as const,
    OR: [{ heartbeatAt: { lt: cutoff } }, { heartbeatAt: null, startedAt: { lt: cutoff } }],
  };
  const candidates = await db.trainingRun.findMany({
    where: stale,
    select: {
      id: true,
      datasetId: true,
      jobId: true,
      workerId: true,
      resumeCount: true,
      cancelRequested: true,
    },
  });
  const recovered: RecoveredRun[] = [];
  for (const run of candidates) {
    const lost = `worker ${run.workerId ?? '?'} stopped sending heartbeats for ${timeoutSeconds} s`;
    const outcome: RecoveredRun['outcome'] = run.cancelRequested
      ? 'cancelled'
      : run.resumeCount < maxResumes
        ? 'resumed'
        : 'failed';
    const data =
      outcome === 'resumed'
        ? {
            status: 'QUEUED' as const,
            resumeCount: run.resumeCount + 1,
            // A new job for the new attempt (the dispatcher sends it); the old one is failed below.
            jobId: null,
            workerId: null,
            heartbeatAt: null,
            progress: { phase: 'queued', note: `${lost}; resuming from its last checkpoint` },
          }
        : {
            status: outcome === 'cancelled' ? ('CANCELLED' as const) : ('FAILED' as const),
            error:
              outcome === 'cancelled'
                ? null
                : maxResumes === 0
                  ? lost
                  : `${lost}; gave up after ${run.resumeCount} resume${run.resumeCount === 1 ? '' : 's'} (RUN_MAX_RESUMES ${maxResumes})`,
            finishedAt: new Date(),
          };
    // Re-check staleness in the update: the worker may have beaten in between. A run that ends
    // here gets its training.finish entry in the same transaction.
    const updated = await db.$transaction(async (tx) => {
      const result = await tx.trainingRun.updateMany({ where: { id: run.id, ...stale }, data });
      if (result.count > 0 && data.status !== 'QUEUED') {
        await recordRunFinish(tx, { runId: run.id, status: data.status, error: data.error });
      }
      return result.count > 0;
    });
    if (!updated) continue;
    await publishRunEvent(db, {
      runId: run.id,
      datasetId: run.datasetId,
      status: data.status,
      ...('error' in data ? { error: data.error } : {}),
    });
    recovered.push({ id: run.id, datasetId: run.datasetId, jobId: run.jobId, outcome });
  }
  return recovered;
}

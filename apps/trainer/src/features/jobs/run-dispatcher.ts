import { createHash } from 'node:crypto';
import type { Db } from '@hep2/db';
import { parseTrainingPolicy } from '@hep2/training';
import type { PgBoss } from 'pg-boss';
import { TRAINING_QUEUE, type TrainingJobData } from './queues';

/**
 * Hands QUEUED runs to the job queue (outbox pattern: the API only inserts the row). The job id is
 * the run id, so two trainers dispatching the same run create one job; the singletonKey makes
 * runs of one dataset wait for each other unless its policy turns single-flight off (experiment
 * runs never wait for each other: several trainers share an experiment). A resumed run gets a
 * new job per attempt (derived from run id + attempt, so still one per attempt across trainers),
 * ahead of the dataset's other queued runs.
 */
export async function dispatchQueuedRuns(db: Db, boss: PgBoss): Promise<number> {
  const runs = await db.trainingRun.findMany({
    where: { status: 'QUEUED', jobId: null },
    select: {
      id: true,
      datasetId: true,
      experimentId: true,
      resumeCount: true,
      dataset: { select: { trainingPolicy: true } },
    },
    orderBy: { createdAt: 'asc' },
    take: 50,
  });
  for (const run of runs) {
    const { policy } = parseTrainingPolicy(run.dataset.trainingPolicy);
    if (policy.paused) continue;
    const data: TrainingJobData = { runId: run.id, datasetId: run.datasetId };
    const jobId = jobIdFor(run.id, run.resumeCount);
    await boss.send(TRAINING_QUEUE, data, {
      id: jobId,
      priority: run.resumeCount > 0 ? 1 : 0,
      // Experiment runs train from scratch and never promote: they may run side by side.
      singletonKey: policy.singleFlight && !run.experimentId ? run.datasetId : run.id,
    });
    await db.trainingRun.updateMany({ where: { id: run.id, jobId: null }, data: { jobId } });
  }
  return runs.length;
}

/** The run id for its first attempt; a stable UUID-shaped id per resume attempt after that. */
export function jobIdFor(runId: string, attempt: number): string {
  if (attempt === 0) return runId;
  const h = createHash('sha256').update(`${runId}:attempt:${attempt}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

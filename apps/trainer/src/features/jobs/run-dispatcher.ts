import type { Db } from '@hep2/db';
import type { PgBoss } from 'pg-boss';
import { parseTrainingPolicy } from '../runs/training-policy';
import { TRAINING_QUEUE, type TrainingJobData } from './queues';

/**
 * Hands QUEUED runs to the job queue (outbox pattern: the API only inserts the row). The job id is
 * the run id, so two trainers dispatching the same run create one job; the singletonKey makes
 * runs of one dataset wait for each other unless its policy turns single-flight off (experiment
 * runs never wait for each other: several trainers share an experiment).
 */
export async function dispatchQueuedRuns(db: Db, boss: PgBoss): Promise<number> {
  const runs = await db.trainingRun.findMany({
    where: { status: 'QUEUED', jobId: null },
    select: { id: true, datasetId: true, experimentId: true, dataset: { select: { trainingPolicy: true } } },
    orderBy: { createdAt: 'asc' },
    take: 50,
  });
  for (const run of runs) {
    const { policy } = parseTrainingPolicy(run.dataset.trainingPolicy);
    if (policy.paused) continue;
    const data: TrainingJobData = { runId: run.id, datasetId: run.datasetId };
    await boss.send(TRAINING_QUEUE, data, {
      id: run.id,
      // Experiment runs train from scratch and never promote: they may run side by side.
      singletonKey: policy.singleFlight && !run.experimentId ? run.datasetId : run.id,
    });
    await db.trainingRun.updateMany({ where: { id: run.id, jobId: null }, data: { jobId: run.id } });
  }
  return runs.length;
}

import type { Db } from '@hep2/db';
import { enqueueTrainingRun, parseTrainingPolicy } from '@hep2/training';
import type { PgBoss } from 'pg-boss';
import { SCHEDULE_QUEUE, type ScheduleJobData } from './queues';

/**
 * Mirrors every dataset's trainingPolicy.schedule into pg-boss cron schedules (key = dataset id);
 * pg-boss fires each occurrence once across all trainers. Removed or invalid schedules are dropped.
 */
export async function syncSchedules(db: Db, boss: PgBoss, log: (line: string) => void): Promise<number> {
  const datasets = await db.dataset.findMany({
    where: { archivedAt: null },
    select: { id: true, trainingPolicy: true },
  });
  const wanted = new Map<string, { cron: string; tz?: string }>();
  for (const d of datasets) {
    const { policy, problem } = parseTrainingPolicy(d.trainingPolicy);
    if (problem) log(`dataset ${d.id}: ${problem}`);
    if (policy.schedule && !policy.paused) wanted.set(d.id, { cron: policy.schedule, tz: policy.timezone });
  }
  const existing = await boss.getSchedules(SCHEDULE_QUEUE);
  for (const s of existing) {
    const want = wanted.get(s.key);
    if (!want) await boss.unschedule(SCHEDULE_QUEUE, s.key);
    else if (want.cron === s.cron && (want.tz ?? 'UTC') === s.timezone) wanted.delete(s.key);
  }
  for (const [datasetId, { cron, tz }] of wanted) {
    const data: ScheduleJobData = { datasetId };
    try {
      await boss.schedule(SCHEDULE_QUEUE, cron, data, { key: datasetId, tz });
    } catch (error) {
      log(`dataset ${datasetId}: schedule "${cron}" refused: ${String(error)}`);
    }
  }
  return wanted.size;
}

/** A cron occurrence: queue a SCHEDULE run unless one of the dataset is already queued or running. */
export async function onScheduleFired(
  db: Db,
  data: ScheduleJobData,
  log: (line: string) => void,
): Promise<void> {
  const result = await enqueueTrainingRun(db, { datasetId: data.datasetId, trigger: 'SCHEDULE' });
  if (result.kind === 'busy')
    log(`schedule for ${data.datasetId} skipped: run ${result.busyRunId} is pending`);
}

/**
 * THRESHOLD trigger: N approved annotations since the dataset's last run (of any trigger).
 * Safe with several trainers: run creation re-checks "busy" under a per-dataset lock.
 */
export async function checkThresholds(db: Db, log: (line: string) => void): Promise<string[]> {
  const datasets = await db.dataset.findMany({
    where: { archivedAt: null },
    select: { id: true, trainingPolicy: true },
  });
  const started: string[] = [];
  for (const d of datasets) {
    const { policy } = parseTrainingPolicy(d.trainingPolicy);
    if (!policy.threshold || policy.paused) continue;
    const last = await db.trainingRun.findFirst({
      where: { datasetId: d.id },
      orderBy: { createdAt: 'desc' },
      select: { createdAt: true },
    });
    const fresh = await db.annotation.count({
      where: {
        status: 'APPROVED',
        patch: { datasetId: d.id },
        ...(last ? { updatedAt: { gt: last.createdAt } } : {}),
      },
    });
    if (fresh < policy.threshold) continue;
    const result = await enqueueTrainingRun(db, { datasetId: d.id, trigger: 'THRESHOLD' });
    if (result.kind === 'queued') {
      log(
        `dataset ${d.id}: ${fresh} new approved annotations >= ${policy.threshold}, run ${result.runId} queued`,
      );
      started.push(result.runId);
    }
  }
  return started;
}

import type { Db } from '@hep2/db';
import { publishRunEvent, type RunConfig, resolveRunConfig, runConfigSchema, toJson } from '@hep2/training';
import { type RunEnvironment, runThreads } from './run-environment';
import { recordRunFinish } from './trainer-audit';

export interface ClaimedRun {
  id: string;
  datasetId: string;
  config: RunConfig;
  /** > 0: a trainer died during an earlier attempt; continue from its checkpoint. */
  resumeCount: number;
  /** The version the first attempt started from (a resume keeps it as the parent). */
  baseModelVersionId: string | null;
  /** Set for an experiment's run: it trains on the experiment's frozen labels. */
  experimentId: string | null;
}

/**
 * QUEUED -> RUNNING for this worker, atomically: a job delivered twice, or a run cancelled while
 * queued, is not trained. Returns null when there is nothing to do.
 */
export async function claimRun(
  db: Db,
  runId: string,
  workerId: string,
  environment: RunEnvironment,
): Promise<ClaimedRun | null> {
  const run = await db.trainingRun.findUnique({
    where: { id: runId },
    select: {
      id: true,
      datasetId: true,
      status: true,
      config: true,
      cancelRequested: true,
      resumeCount: true,
      baseModelVersionId: true,
      experimentId: true,
    },
  });
  if (run?.status !== 'QUEUED') return null;
  if (run.cancelRequested) {
    await db.$transaction(async (tx) => {
      const cancelled = await tx.trainingRun.updateMany({
        where: { id: runId, status: 'QUEUED' },
        data: { status: 'CANCELLED', finishedAt: new Date() },
      });
      if (cancelled.count > 0) await recordRunFinish(tx, { runId, status: 'CANCELLED' });
    });
    await publishRunEvent(db, { runId, datasetId: run.datasetId, status: 'CANCELLED' });
    return null;
  }
  const now = new Date();
  const claimed = await db.trainingRun.updateMany({
    where: { id: runId, status: 'QUEUED' },
    data: {
      status: 'RUNNING',
      workerId,
      // A resumed run keeps the time its first attempt started.
      ...(run.resumeCount === 0 ? { startedAt: now } : {}),
      heartbeatAt: now,
      // The threads this run actually trains with (an experiment pins them), not just the worker's.
      environment: toJson({
        ...environment,
        trainThreads: runThreads(environment, runConfigSchema.safeParse(run.config).data?.trainThreads),
      }),
      progress: { phase: 'loading' },
    },
  });
  if (claimed.count === 0) return null;
  await publishRunEvent(db, { runId, datasetId: run.datasetId, status: 'RUNNING' });
  try {
    return {
      id: run.id,
      datasetId: run.datasetId,
      config: resolveRunConfig(run.config),
      resumeCount: run.resumeCount,
      baseModelVersionId: run.baseModelVersionId,
      experimentId: run.experimentId,
    };
  } catch (error) {
    await endRun(
      db,
      { id: run.id, datasetId: run.datasetId },
      workerId,
      'FAILED',
      String((error as Error).message),
    );
    return null;
  }
}

/** RUNNING -> FAILED / CANCELLED, only while this worker still holds the run. */
export async function endRun(
  db: Db,
  run: { id: string; datasetId: string },
  workerId: string,
  status: 'FAILED' | 'CANCELLED',
  error: string | null,
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const ended = await tx.trainingRun.updateMany({
      where: { id: run.id, status: 'RUNNING', workerId },
      data: { status, error, finishedAt: new Date() },
    });
    if (ended.count === 0) return false;
    await recordRunFinish(tx, { runId: run.id, status, error });
    await publishRunEvent(tx, { runId: run.id, datasetId: run.datasetId, status, error });
    return true;
  });
}

import { initBackend } from '@hep2/model';
import { enqueueTrainingRun } from '@hep2/training';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestServices } from '../../../test/support/test-services';
import { parseCheckpointRecords } from '../src/features/checkpoints/checkpoint-store';
import { SampleCache } from '../src/features/data/sample-cache';
import { describeEnvironment } from '../src/features/runs/run-environment';
import { type ExecutorDeps, executeRun } from '../src/features/runs/run-executor';
import type { ResumeEntry } from '../src/features/runs/run-resume';
import { recoverStaleRuns } from '../src/features/runs/stale-runs';
import { seedDataset } from './support/seed-dataset';
import { TINY_RUN, testTrainerConfig } from './support/trainer-env';

/**
 * Checkpoint resume in one process: a worker that "dies" (aborts as if it had lost the run and
 * writes nothing more) leaves a RUNNING run with a stale heartbeat; the sweep re-queues it; the
 * next worker continues from the newest checkpoint that passes its checksum.
 */
const { db, store } = useTestServices();
let backend: Awaited<ReturnType<typeof initBackend>>;

beforeAll(async () => {
  backend = await initBackend({ order: ['wasm'], log: () => {} });
});

function worker(id: string, onProgress?: ExecutorDeps['onProgress']): ExecutorDeps {
  return {
    db,
    store,
    cache: new SampleCache(16 * 2 ** 20),
    workerId: id,
    environment: describeEnvironment(backend, id, null, testTrainerConfig().TRAIN_THREADS),
    heartbeatMs: 500,
    log: () => {},
    onProgress,
  };
}

/** Trains until `epoch` has started (so earlier epochs are checkpointed), then dies silently. */
async function dieDuring(runId: string, workerId: string, epoch: number): Promise<void> {
  const controller = new AbortController();
  const outcome = await executeRun(
    worker(workerId, (p) => {
      if ((p.epoch ?? 0) >= epoch && p.phase === 'training') controller.abort('lost');
    }),
    runId,
    controller,
  );
  expect(outcome.status).toBe('lost');
  // Its heartbeat stopped long ago, as far as the sweep can tell.
  await db.trainingRun.update({ where: { id: runId }, data: { heartbeatAt: new Date(Date.now() - 60_000) } });
}

async function enqueue(datasetId: string, config: object): Promise<string> {
  const queued = await enqueueTrainingRun(db, { datasetId, trigger: 'MANUAL', config, force: true });
  if (queued.kind !== 'queued') throw new Error(queued.kind);
  return queued.runId;
}

describe('resuming a run from its checkpoint', () => {
  it('skips a corrupt newest checkpoint, continues from the one before, records it, cleans up', async () => {
    const { datasetId } = await seedDataset(db, store, {
      specimens: 4,
      patchesPerSpecimen: 2,
      seed: 'resume',
    });
    const runId = await enqueue(datasetId, { ...TINY_RUN, epochs: 6 });
    await dieDuring(runId, 'resume-a', 4);
    const died = await db.trainingRun.findUniqueOrThrow({ where: { id: runId } });
    expect(died.status).toBe('RUNNING');
    const saved = parseCheckpointRecords(died.checkpoints);
    expect(saved.map((c) => c.epoch)).toEqual([2, 3]);

    const recovered = await recoverStaleRuns(db, 30, 2);
    expect(recovered.filter((r) => r.id === runId)).toEqual([
      { id: runId, datasetId, jobId: null, outcome: 'resumed' },
    ]);
    const requeued = await db.trainingRun.findUniqueOrThrow({ where: { id: runId } });
    expect(requeued).toMatchObject({ status: 'QUEUED', resumeCount: 1, workerId: null, jobId: null });

    await store.put((saved[1] as { key: string }).key, new TextEncoder().encode('torn write'));
    const outcome = await executeRun(worker('resume-b'), runId, new AbortController());
    expect(outcome.status).toBe('PROMOTED');
    const finishes = await db.auditLog.findMany({ where: { action: 'training.finish', entityId: runId } });
    expect(finishes.map((f) => (f.after as { status: string }).status)).toEqual(['PROMOTED']);

    const run = await db.trainingRun.findUniqueOrThrow({ where: { id: runId } });
    expect(run.error).toBeNull();
    expect(run.workerId).toBe('resume-b');
    expect(run.resumeCount).toBe(1);
    const [entry] = run.resumes as unknown as ResumeEntry[];
    expect(entry).toMatchObject({ attempt: 1, workerId: 'resume-b', fromEpoch: 2 });
    expect(entry?.skipped).toEqual([{ epoch: 3, reason: expect.stringMatching(/checksum/) }]);
    expect(run.progress).toMatchObject({ resumedFromEpoch: 2 });
    const epochs = await db.trainingEpoch.findMany({ where: { runId }, orderBy: { epoch: 'asc' } });
    expect(epochs.map((e) => e.epoch)).toEqual([1, 2, 3, 4, 5, 6]);
    // Per-epoch validation figures, for the curves.
    expect(epochs[5]?.metrics).toHaveProperty('validation');
    expect((epochs[5]?.metrics as { validation?: object } | undefined)?.validation).toMatchObject({
      patches: expect.any(Number),
      loss: expect.any(Number),
      dice: expect.any(Number),
      patternAccuracy: expect.any(Number),
      intensityAccuracy: expect.any(Number),
    });
    expect(await db.modelVersion.count({ where: { trainingRunId: runId } })).toBe(1);
    expect(run.checkpoints).toEqual([]);
    expect(await store.list(`runs/${runId}/checkpoints/`)).toEqual([]);
  });

  it('starts over when no checkpoint is usable, and fails for good after RUN_MAX_RESUMES', async () => {
    const { datasetId } = await seedDataset(db, store, {
      specimens: 3,
      patchesPerSpecimen: 2,
      seed: 'giveup',
    });
    const runId = await enqueue(datasetId, { ...TINY_RUN, epochs: 8 });
    await dieDuring(runId, 'giveup-a', 3);
    expect((await recoverStaleRuns(db, 30, 1)).find((r) => r.id === runId)?.outcome).toBe('resumed');
    const { checkpoints } = await db.trainingRun.findUniqueOrThrow({ where: { id: runId } });
    for (const c of parseCheckpointRecords(checkpoints)) await store.remove(c.key);

    await dieDuring(runId, 'giveup-b', 2);
    const second = await db.trainingRun.findUniqueOrThrow({ where: { id: runId } });
    expect(second.resumes as unknown as ResumeEntry[]).toEqual([
      expect.objectContaining({
        fromEpoch: 0,
        skipped: [
          { epoch: 2, reason: expect.stringMatching(/missing/) },
          { epoch: 1, reason: expect.stringMatching(/missing/) },
        ],
      }),
    ]);

    expect((await recoverStaleRuns(db, 30, 1)).find((r) => r.id === runId)?.outcome).toBe('failed');
    const failed = await db.trainingRun.findUniqueOrThrow({ where: { id: runId } });
    expect(failed.status).toBe('FAILED');
    expect(failed.error).toMatch(/gave up after 1 resume \(RUN_MAX_RESUMES 1\)/);
    // Resumes are not an end; giving up is, recorded once with the reason.
    const finishes = await db.auditLog.findMany({
      where: { action: 'training.finish', entityId: runId },
      select: { after: true },
    });
    expect(finishes).toEqual([{ after: { status: 'FAILED', error: failed.error } }]);
    expect(await db.modelVersion.count({ where: { trainingRunId: runId } })).toBe(0);
  });
});

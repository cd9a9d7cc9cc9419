import { enqueueTrainingRun } from '@hep2/training';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestServices } from '../../../test/support/test-services';
import { seedDataset } from './support/seed-dataset';
import { TINY_RUN, waitFor } from './support/trainer-env';
import { startTrainerProcess, type TrainerProcess } from './support/trainer-process';

const { db, store } = useTestServices();
let trainers: TrainerProcess[] = [];

beforeAll(async () => {
  trainers = await Promise.all([startTrainerProcess('proc-a'), startTrainerProcess('proc-b')]);
});

afterAll(async () => {
  await Promise.all(trainers.map((t) => t.stop()));
});

const FINAL = ['PROMOTED', 'EVALUATED', 'REJECTED', 'FAILED', 'CANCELLED'];

async function enqueue(datasetId: string, config: object): Promise<string> {
  const result = await enqueueTrainingRun(db, { datasetId, trigger: 'MANUAL', config, force: true });
  if (result.kind !== 'queued') throw new Error(`not queued: ${result.kind}`);
  return result.runId;
}

describe('several trainer processes', () => {
  it('two trainers, three queued runs of one dataset: each runs exactly once, one at a time', async () => {
    const { datasetId } = await seedDataset(db, store, {
      specimens: 4,
      patchesPerSpecimen: 2,
      seed: 'flight',
    });
    const runIds: string[] = [];
    for (let i = 0; i < 3; i += 1) runIds.push(await enqueue(datasetId, { ...TINY_RUN, epochs: 1 }));
    const runs = await waitFor(
      'three finished runs',
      async () => {
        const rows = await db.trainingRun.findMany({
          where: { id: { in: runIds } },
          orderBy: { startedAt: 'asc' },
        });
        return rows.every((r) => FINAL.includes(r.status)) ? rows : null;
      },
      120_000,
    );
    expect(runs.map((r) => r.error)).toEqual([null, null, null]);
    for (const id of runIds) {
      const starts = trainers.flatMap((t) => t.output).filter((line) => line.includes(`run ${id} started`));
      expect(starts).toHaveLength(1);
    }
    // Single-flight per dataset: no two runs overlap in time.
    const spans = runs.map((r) => [r.startedAt?.getTime() ?? 0, r.finishedAt?.getTime() ?? 0] as const);
    for (let i = 1; i < spans.length; i += 1) {
      expect(spans[i]?.[0]).toBeGreaterThanOrEqual(spans[i - 1]?.[1] ?? Number.POSITIVE_INFINITY);
    }
    const versions = await db.modelVersion.findMany({ where: { datasetId }, orderBy: { number: 'asc' } });
    expect(versions.map((v) => v.number)).toEqual([1, 2, 3]);
    expect(await db.modelVersion.count({ where: { datasetId, status: 'ACTIVE' } })).toBe(1);
  });

  it('kill -9 mid-run: another trainer resumes the run from its checkpoint, then takes the next one', async () => {
    const { datasetId } = await seedDataset(db, store, {
      specimens: 3,
      patchesPerSpecimen: 2,
      seed: 'crash',
    });
    // No early stopping: the run must still be training when it is killed, and resume to epoch 40.
    const doomed = await enqueue(datasetId, { ...TINY_RUN, epochs: 40, earlyStoppingPatience: 0 });
    const running = await waitFor('the run to be training past epoch 3', async () => {
      const run = await db.trainingRun.findUniqueOrThrow({ where: { id: doomed } });
      return run.status === 'RUNNING' && ((run.progress as { epoch?: number }).epoch ?? 0) >= 4 ? run : null;
    });
    const next = await enqueue(datasetId, { ...TINY_RUN, epochs: 1 });
    const victim = trainers.find((t) => t.workerId === running.workerId) as TrainerProcess;
    const survivor = trainers.find((t) => t !== victim) as TrainerProcess;
    victim.child.kill('SIGKILL');
    await victim.exited;
    const killedAt = Date.now();

    const requeued = await waitFor('the abandoned run to be re-queued', async () => {
      const run = await db.trainingRun.findUniqueOrThrow({ where: { id: doomed } });
      return run.resumeCount > 0 ? run : null;
    });
    const seconds = (Date.now() - killedAt) / 1000;
    console.info(`abandoned run re-queued ${seconds.toFixed(1)} s after SIGKILL (heartbeat timeout 6 s)`);
    expect(seconds).toBeLessThan(15);
    // Nothing was registered from the killed attempt.
    expect(await db.modelVersion.count({ where: { trainingRunId: doomed } })).toBe(0);
    expect(requeued.resumeCount).toBe(1);

    const resumed = await waitFor(
      'the resumed run to finish',
      async () => {
        const run = await db.trainingRun.findUniqueOrThrow({ where: { id: doomed } });
        return FINAL.includes(run.status) ? run : null;
      },
      120_000,
    );
    expect(resumed.error).toBeNull();
    expect(['PROMOTED', 'EVALUATED', 'REJECTED']).toContain(resumed.status);
    expect(resumed.workerId).toBe(survivor.workerId);
    const [entry] = resumed.resumes as { fromEpoch: number; workerId: string }[];
    console.info(`resumed by ${entry?.workerId} from the checkpoint of epoch ${entry?.fromEpoch}`);
    expect(entry?.fromEpoch).toBeGreaterThanOrEqual(3);
    expect(entry?.workerId).toBe(survivor.workerId);
    const epochs = await db.trainingEpoch.findMany({ where: { runId: doomed }, orderBy: { epoch: 'asc' } });
    expect(epochs.map((e) => e.epoch)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(await db.modelVersion.count({ where: { trainingRunId: doomed } })).toBe(1);

    const followUp = await waitFor('the next run on the surviving trainer', async () => {
      const run = await db.trainingRun.findUniqueOrThrow({ where: { id: next } });
      return FINAL.includes(run.status) ? run : null;
    });
    expect(followUp.error).toBeNull();
    expect(followUp.workerId).toBe(survivor.workerId);
    expect(['PROMOTED', 'EVALUATED', 'REJECTED']).toContain(followUp.status);
    // The resumed run went first (single flight, resumes ahead of the queue).
    expect(followUp.startedAt?.getTime()).toBeGreaterThanOrEqual(resumed.finishedAt?.getTime() ?? 0);
    expect(await db.modelVersion.count({ where: { datasetId, status: 'ACTIVE' } })).toBe(1);
  });
});

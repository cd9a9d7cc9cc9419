import { ArtifactError, readVerifiedArtifact, writeModelArtifact } from '@hep2/training';
import type { PgBoss } from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestServices } from '../../../test/support/test-services';
import { startBoss } from '../src/features/jobs/boss.factory';
import { SCHEDULE_QUEUE } from '../src/features/jobs/queues';
import { checkThresholds, onScheduleFired, syncSchedules } from '../src/features/jobs/schedule-triggers';
import { seedDataset } from './support/seed-dataset';

const { db, store } = useTestServices();
let boss: PgBoss;

beforeAll(async () => {
  boss = await startBoss({
    connectionString: process.env.DATABASE_URL ?? '',
    jobExpireSeconds: 3600,
    jobHeartbeatSeconds: 30,
    log: () => {},
  });
});
afterAll(async () => {
  await boss?.stop({ graceful: false });
});

describe('automatic triggers', () => {
  it('threshold: queues a THRESHOLD run once N approved annotations arrived since the last run', async () => {
    const { datasetId } = await seedDataset(db, store, {
      specimens: 2,
      patchesPerSpecimen: 2,
      trainingPolicy: { threshold: 3, paused: false },
    });
    const started = await checkThresholds(db, () => {});
    const mine = await db.trainingRun.findMany({ where: { datasetId } });
    expect(mine).toHaveLength(1);
    expect(mine[0]?.trigger).toBe('THRESHOLD');
    expect(started).toContain(mine[0]?.id);
    await db.trainingRun.update({ where: { id: mine[0]?.id }, data: { status: 'CANCELLED' } });
    await checkThresholds(db, () => {});
    expect(await db.trainingRun.count({ where: { datasetId } })).toBe(1); // no new labels since
  });

  it('schedule: mirrors the policy cron into pg-boss and a firing queues a SCHEDULE run', async () => {
    const { datasetId } = await seedDataset(db, store, {
      specimens: 1,
      patchesPerSpecimen: 1,
      trainingPolicy: { schedule: '0 3 * * *' },
    });
    await syncSchedules(db, boss, () => {});
    const schedule = await boss.getSchedule(SCHEDULE_QUEUE, datasetId);
    expect(schedule?.cron).toBe('0 3 * * *');
    await onScheduleFired(db, { datasetId }, () => {});
    await onScheduleFired(db, { datasetId }, () => {}); // busy: skipped
    const runs = await db.trainingRun.findMany({ where: { datasetId } });
    expect(runs.map((r) => r.trigger)).toEqual(['SCHEDULE']);
    await db.trainingRun.update({ where: { id: runs[0]?.id }, data: { status: 'CANCELLED' } });
    await db.dataset.update({ where: { id: datasetId }, data: { trainingPolicy: {} } });
    await syncSchedules(db, boss, () => {});
    expect(await boss.getSchedule(SCHEDULE_QUEUE, datasetId)).toBeNull();
  });
});

describe('artifacts', () => {
  it('detects a corrupt or missing artifact by checksum', async () => {
    const bytes = new Uint8Array([1, 2, 3, 4]);
    const stored = await writeModelArtifact(store, 'ds-artifact-test', 'v1', bytes);
    const version = { id: 'v1', artifactKey: stored.key, artifactSha256: stored.sha256 };
    expect(await readVerifiedArtifact(store, version)).toEqual(bytes);
    await store.put(stored.key, new Uint8Array([1, 2, 3, 5]));
    await expect(readVerifiedArtifact(store, version)).rejects.toThrow(ArtifactError);
    await store.remove(stored.key);
    await expect(readVerifiedArtifact(store, version)).rejects.toThrow(/missing/);
  });
});

import { describe, expect, it } from 'vitest';
import {
  registerTinyVersion,
  seedScoringDataset,
} from '../../../packages/active-learning/test/support/seed-scoring';
import { useTestServices } from '../../../test/support/test-services';
import { startBoss } from '../src/features/jobs/boss.factory';
import { startScoringWorker } from '../src/features/scoring/scoring-worker';
import { waitFor } from './support/trainer-env';

const { db, store } = useTestServices({ wasm: true });

describe('score-patches jobs', () => {
  it('the sweep enqueues shards for an active version with unscored patches; workers score them all', async () => {
    const seeded = await seedScoringDataset(db, store, { mcSamples: 2 });
    const versionId = await registerTinyVersion(db, store, seeded.datasetId, 1, 'ACTIVE');
    const boss = await startBoss({
      connectionString: process.env.DATABASE_URL ?? '',
      jobExpireSeconds: 600,
      jobHeartbeatSeconds: 30,
      log: () => {},
    });
    const lines: string[] = [];
    const worker = await startScoringWorker({
      db,
      store,
      boss,
      log: (l) => lines.push(l),
      shards: 2,
      checkSeconds: 0.5,
      pollSeconds: 0.5,
    });
    try {
      await waitFor('every unlabelled patch scored', async () => {
        const n = await db.prediction.count({ where: { modelVersionId: versionId, method: 'mc-dropout-2' } });
        return n === seeded.unlabelled.length;
      });
      await waitFor('queue ranked', async () => {
        const ranked = await db.patch.count({
          where: { id: { in: seeded.unlabelled }, scoredModelVersionId: versionId },
        });
        return ranked === seeded.unlabelled.length;
      });
      // Nothing left: an on-demand request sends no job.
      await waitFor(
        'both shards done',
        async () => lines.filter((l) => l.startsWith(`scoring ${seeded.datasetId}`)).length >= 2,
      );
      expect(await worker.request(seeded.datasetId)).toBe(0);
    } finally {
      await worker.stop();
      await boss.stop({ graceful: true, timeout: 10_000 });
    }
  });
});

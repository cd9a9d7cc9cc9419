import { createScoringPredictors, type ScoringBackendChoice, scorePatches } from '@hep2/active-learning';
import type { Db } from '@hep2/db';
import type { ObjectStore } from '@hep2/storage';
import type { PgBoss } from 'pg-boss';
import { every } from '../jobs/periodic-task';
import { SCORING_QUEUE, type ScoringJobData } from './scoring-queue';
import { enqueueScoring, findScoringNeeds } from './scoring-sweep';

export interface ScoringWorkerOptions {
  db: Db;
  store: ObjectStore;
  boss: PgBoss;
  log: (line: string) => void;
  /** Disjoint shards per dataset pool, so that several trainer processes score side by side. */
  shards?: number;
  /** How often to look for active versions with unscored patches. */
  checkSeconds?: number;
  pollSeconds?: number;
  batchSize?: number;
  /**
   * Inference backend for scoring (default 'auto': ONNX Runtime where onnxruntime-node loads, else
   * TensorFlow.js; 'onnxruntime' fails a job rather than fall back; 'tfjs' never tries ONNX Runtime).
   */
  backend?: ScoringBackendChoice;
  /** ONNX Runtime threads (default: all available cores). */
  inferenceThreads?: number;
  /** ONNX Runtime execution providers (default ['cpu']; INFERENCE_PROVIDERS). */
  executionProviders?: string[];
}

export interface ScoringWorker {
  /** Enqueues scoring for one dataset now (on demand); returns the jobs sent. */
  request(datasetId: string): Promise<number>;
  stop(): Promise<void>;
}

/**
 * The trainer side of scoring: a pg-boss worker on 'score-patches' (one shard at a time per
 * process) and a sweep that enqueues jobs whenever a dataset's ACTIVE version has unlabelled
 * patches it has not scored - which is what happens after each promotion, rollback or import.
 * Scoring never runs in the API; the API's requestScoring only re-ranks stored scores.
 */
export async function startScoringWorker(o: ScoringWorkerOptions): Promise<ScoringWorker> {
  const shards = o.shards ?? 2;
  // One model and predictor per version for the process: its shards' jobs share one ONNX export.
  const predictors = createScoringPredictors({
    backend: o.backend,
    threads: o.inferenceThreads,
    executionProviders: o.executionProviders,
    log: o.log,
  });
  if (!(await o.boss.getQueue(SCORING_QUEUE))) {
    try {
      await o.boss.createQueue(SCORING_QUEUE, { policy: 'stately', retryLimit: 2, expireInSeconds: 3600 });
    } catch (error) {
      if (!(await o.boss.getQueue(SCORING_QUEUE))) throw error;
    }
  }
  await o.boss.work<ScoringJobData>(
    SCORING_QUEUE,
    { localConcurrency: 1, pollingIntervalSeconds: o.pollSeconds ?? 2 },
    async ([job]) => {
      if (!job) return null;
      const { datasetId, modelVersionId, shard } = job.data;
      const active = await o.db.modelVersion.findUnique({
        where: { id: modelVersionId },
        select: { status: true },
      });
      // A version retired while its job waited is not worth scoring any more.
      if (active?.status !== 'ACTIVE') return { skipped: 'not active' };
      const result = await scorePatches(o.db, o.store, {
        datasetId,
        modelVersionId,
        shard,
        batchSize: o.batchSize,
        signal: job.signal,
        predictors,
      });
      o.log(
        `scoring ${datasetId} shard ${shard.index}/${shard.count}: ${result.scored} scored, ${result.failed} failed (${result.method} on ${result.backend.detail})`,
      );
      return {
        scored: result.scored,
        failed: result.failed,
        method: result.method,
        backend: result.backend,
        acquisition: result.acquisition,
      };
    },
  );
  const request = async (datasetId?: string) => {
    let sent = 0;
    for (const need of await findScoringNeeds(o.db, datasetId)) {
      sent += await enqueueScoring(o.boss, {
        datasetId: need.datasetId,
        modelVersionId: need.modelVersionId,
        shards,
      });
    }
    return sent;
  };
  const sweep = every(
    (o.checkSeconds ?? 15) * 1000,
    () => request(),
    (error) => o.log(`scoring sweep failed: ${String(error)}`),
  );
  return {
    request: (datasetId) => request(datasetId),
    async stop() {
      sweep.stop();
      await o.boss.offWork(SCORING_QUEUE).catch(() => {});
      await predictors.dispose();
    },
  };
}

import * as tf from '@tensorflow/tfjs';
import { activeBackend, type BackendChoice } from '../../backend/backend-select.js';
import { serializeModel } from '../../io/model-serializer.js';
import type { Hep2Model } from '../../model/model.factory.js';
import type { WeightingState } from '../../weighting/task-weighting.js';
import { makeWeighting } from '../../weighting/weighting-factory.js';
import type { HostBatch } from '../batch.js';
import { GradientTaps } from '../gradient-tap.js';
import { activeEnabledTasks, lossAndGradients, stepContext, trainedVariables } from '../step-gradients.js';
import type { TrainConfig } from '../train-config.js';
import type { StepResult, Trainer } from '../trainer.js';
import { dropoutLayers } from '../trainer-state.js';
import { combineGradNorms, combineTaskLosses, mean, splitBatch } from './ddp-combine.js';
import { ReplicaPool } from './replica-pool.js';
import type { FaultInjection, FromReplica } from './replica-protocol.js';
import { allWeightVariables, readWeightsInto, valueCount } from './replica-weights.js';

export interface ParallelTrainerHooks {
  /** Test-only: make a worker fail (see FaultInjection). */
  fault?: FaultInjection;
}

export interface ParallelTrainer extends Trainer {
  readonly threads: number;
  /** Worker threads currently running (0 before the first step and after dispose or a failure). */
  liveWorkers(): number;
  /** Diagnostics: every worker replica's weights (all model weights, in allWeightVariables order). */
  replicaWeights(): Promise<{ weights: Float32Array; weighting: WeightingState }[]>;
}

type ShardResult = { losses: number[]; total: number; gradNorms: number[]; active: boolean[] };

/**
 * Data-parallel training over worker_threads with PyTorch DistributedDataParallel semantics: the
 * batch is split into `threads` contiguous shards; shard 0 runs in this thread on `model`, shard k
 * in worker thread k on a replica with its own tfjs backend (own WASM instance). Each shard computes
 * its own masked-mean task losses and its own BatchNorm batch statistics (DDP without SyncBN); the
 * network's gradient is the mean of the shards' gradients; ONE Adam update runs here, and every
 * weight (BN moving statistics included: DDP's broadcast_buffers, from shard 0) is copied to the
 * replicas through a SharedArrayBuffer, so all replicas hold bit-identical weights before each step.
 *
 * Consequences to know: the step's loss is the mean of the shard losses, not the whole-batch loss -
 * they differ when the shards hold different numbers of labelled samples for a task (e.g. a shard
 * with 1 mask and one with 3 weight those masks 1/2 and 1/6 each, not 1/4), and for every per-sample
 * loss, mask BCE/Dice included, the result is the average of per-shard means. BatchNorm normalises
 * each shard with its own statistics. With identical shards all of this equals the single-thread step.
 * GradNorm gets the whole-batch G_i (combineGradNorms) and updates its weights once per step.
 */
export function createParallelTrainer(
  model: Hep2Model,
  config: TrainConfig,
  hooks: ParallelTrainerHooks = {},
): ParallelTrainer {
  const backend = replicaBackend();
  const weighting = makeWeighting(config);
  const optimizer = tf.train.adam(config.learningRate, 0.9, 0.999, 1e-8);
  const ctx = stepContext(model, config, weighting);
  const varList = trainedVariables(ctx);
  const weights = allWeightVariables(model);
  const shared = new Float32Array(new SharedArrayBuffer(valueCount(weights) * 4));
  let pool: ReplicaPool | null = null;
  let starting: Promise<ReplicaPool> | null = null;
  let synced: Promise<unknown> = Promise.resolve();
  let stepCount = 0;
  let disposed = false;

  const startPool = async (): Promise<ReplicaPool> => {
    const modelBytes = await serializeModel(model);
    const started = await ReplicaPool.start(
      config.threads - 1,
      {
        backend,
        modelBytes,
        config,
        weights: shared.buffer as SharedArrayBuffer,
        fault: hooks.fault ?? null,
      },
      (ready) => {
        const shapes = varList.map((v) => [...v.shape]);
        if (JSON.stringify(ready.shapes) !== JSON.stringify(shapes))
          return 'trainable variable shapes differ';
        return ready.weightValues === shared.length ? null : 'weight count differs';
      },
    );
    if (disposed) started.terminate();
    return started;
  };

  // Writes the current weights to the shared buffer and tells every replica to take them. Safe to
  // overwrite the buffer later: a replica handles the sync before the next step message.
  const broadcast = (workers: ReplicaPool): void => {
    readWeightsInto(weights, shared);
    const state = weighting.saveState();
    const replies = Array.from({ length: workers.size }, (_, i) =>
      workers.request(i + 1, { type: 'sync', weighting: state }),
    );
    synced = Promise.all(replies);
    synced.catch(() => {}); // surfaces through the next request or step
  };

  const ensurePool = async (): Promise<ReplicaPool> => {
    if (disposed) throw new Error('data-parallel trainer disposed');
    if (!pool) {
      starting ??= startPool();
      pool = await starting;
      broadcast(pool); // state restored after createTrainer (a resumed run) reaches the replicas
    }
    return pool;
  };

  const step = async (batch: HostBatch): Promise<StepResult> => {
    const workers = await ensurePool();
    // Not awaited first: a replica handles the previous sync before this step (one ordered port).
    const previousSync = synced;
    const shards = splitBatch(batch, config.threads);
    const stepNo = stepCount + 1;
    const weightsUsed = weighting.currentWeights();
    const dropoutCalls = dropoutLayers(model).map(([, layer]) => layer.callCount);
    const requests = shards
      .slice(1)
      .map((shard, k) => workers.request(k + 1, { type: 'step', step: stepNo, batch: shard, dropoutCalls }));
    for (const r of requests) r.catch(() => {}); // awaited below, after the local shard
    const local = localShard(shards[0] as HostBatch);
    const remote: ShardResult[] = [];
    const remoteGrads: Float32Array[] = [];
    try {
      await previousSync;
      for (const [k, reply] of (await Promise.all(requests)).entries()) {
        const r = expectResult(reply);
        remoteGrads.push(r.grads);
        remote.push({ ...r, active: activeEnabledTasks(shards[k + 1] as HostBatch, config) });
      }
    } catch (error) {
      tf.dispose(local.grads);
      throw error;
    }
    applyMeanGradients(local.grads, remoteGrads);
    const results = [local.result, ...remote];
    const { losses, active } = combineTaskLosses(
      results.map((r) => r.losses),
      results.map((r) => r.active),
    );
    const gradNorms = combineGradNorms(results.map((r) => r.gradNorms));
    stepCount = stepNo;
    weighting.afterStep({ step: stepCount, losses, gradNorms, active });
    broadcast(workers);
    const totalLoss = mean(results.map((r) => r.total));
    return { step: stepCount, losses, totalLoss, weights: weightsUsed, gradNorms, active };
  };

  const localShard = (shard: HostBatch): { grads: tf.NamedTensorMap; result: ShardResult } => {
    const active = activeEnabledTasks(shard, config);
    const taps = new GradientTaps();
    let losses: number[] = [];
    let total = 0;
    const grads = tf.tidy(() => {
      const r = lossAndGradients(ctx, shard, active, taps, varList);
      losses = r.lossValues;
      total = r.value.dataSync()[0] as number;
      return r.grads;
    });
    return { grads, result: { losses, total, gradNorms: taps.take(), active } };
  };

  // DDP's all-reduce: the mean of the shards' gradients, summed in shard order (deterministic).
  const applyMeanGradients = (own: tf.NamedTensorMap, others: Float32Array[]): void => {
    tf.tidy(() => {
      const averaged: tf.NamedTensorMap = {};
      let offset = 0;
      for (const v of varList) {
        let g: tf.Tensor = own[v.name] ?? tf.zeros(v.shape);
        for (const flat of others) g = g.add(tf.tensor(flat.subarray(offset, offset + v.size), v.shape));
        averaged[v.name] = g.div(others.length + 1);
        offset += v.size;
      }
      optimizer.applyGradients(averaged as Record<string, tf.Variable>);
    });
    tf.dispose(own);
  };

  return {
    model,
    config,
    weighting,
    optimizer,
    threads: config.threads,
    get steps() {
      return stepCount;
    },
    resumeAt: (steps: number) => {
      stepCount = steps;
    },
    step,
    liveWorkers: () => pool?.live() ?? 0,
    replicaWeights: async () => {
      const workers = await ensurePool();
      await synced;
      const replies = await Promise.all(
        Array.from({ length: workers.size }, (_, i) => workers.request(i + 1, { type: 'snapshot' })),
      );
      return replies.map((r) => {
        if (r.type !== 'snapshot') throw new Error(`expected a snapshot, got ${r.type}`);
        return { weights: r.weights, weighting: r.weighting };
      });
    },
    dispose: () => {
      disposed = true;
      pool?.terminate();
      optimizer.dispose();
      weighting.dispose();
    },
  };
}

function expectResult(reply: FromReplica): Extract<FromReplica, { type: 'result' }> {
  if (reply.type !== 'result')
    throw new Error(`data-parallel training: expected a result, got ${reply.type}`);
  return reply;
}

/** Replicas run the calling thread's backend; only the single-threaded ones gain from threads. */
function replicaBackend(): BackendChoice {
  const choice = activeBackend()?.choice ?? (tf.getBackend() as BackendChoice);
  if (choice !== 'wasm' && choice !== 'cpu') {
    throw new Error(
      `Invalid train config: threads > 1 needs the wasm or cpu backend (active: ${choice}); native backends use all cores themselves`,
    );
  }
  return choice;
}

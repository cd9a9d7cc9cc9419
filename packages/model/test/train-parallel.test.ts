import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  collateBatch,
  createModel,
  createTrainer,
  type Hep2Model,
  type ParallelTrainer,
  resolveModelConfig,
  type StepResult,
  type Trainer,
} from '../src/index.js';
import { combineGradNorms, combineTaskLosses, splitBatch } from '../src/train/parallel/ddp-combine.js';
import { allWeightVariables } from '../src/train/parallel/replica-weights.js';
import { useWasm } from './setup-backend.js';
import { syntheticPatches } from './synthetic-patches.js';

const SIZE = 32;
// Dropout off: shards draw their own masks, which would differ from a whole-batch step's.
const tiny = {
  variant: 'lite' as const,
  inputSize: SIZE,
  width: 4,
  blocks: [1, 1, 1],
  patternClasses: 4,
  seed: 3,
  bottleneckDropout: 0,
  headDropout: 0,
};
const gradnorm = { kind: 'gradnorm' as const, alpha: 0.06, learningRate: 0.05 };

const flatWeights = (model: Hep2Model): Float32Array =>
  Float32Array.from(allWeightVariables(model).flatMap((v) => Array.from(v.dataSync())));

function expectRelClose(actual: number[], expected: number[], tol: number): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((a, i) => {
    const e = expected[i] as number;
    expect(Math.abs(a - e), `entry ${i}: ${a} vs ${e}`).toBeLessThanOrEqual(
      tol * Math.max(Math.abs(e), 1e-6),
    );
  });
}

/** Adam's first moments by variable; after step 1 they are 0.1 x the (averaged) gradient. */
async function firstMoments(trainer: Trainer): Promise<Float32Array[]> {
  const slots = await trainer.optimizer.getWeights();
  const moments = slots.filter((s) => s.name.endsWith('/m')).map((s) => s.tensor.dataSync() as Float32Array);
  tf.dispose(slots.filter((s) => !(s.tensor instanceof tf.Variable)).map((s) => s.tensor));
  return moments;
}

async function expectReplicasIdentical(trainer: ParallelTrainer): Promise<void> {
  const own = flatWeights(trainer.model);
  const replicas = await trainer.replicaWeights();
  expect(replicas).toHaveLength(trainer.threads - 1);
  for (const r of replicas) {
    expect(r.weights.length).toBe(own.length);
    // Bit-identical, BatchNorm moving statistics included.
    expect(Buffer.from(r.weights.buffer).equals(Buffer.from(own.buffer))).toBe(true);
    expect(r.weighting).toEqual(trainer.weighting.saveState());
  }
}

describe('data-parallel training (threads > 1)', () => {
  beforeAll(useWasm);
  const cleanup: (() => void)[] = [];
  afterEach(() => {
    for (const f of cleanup.splice(0)) f();
  });
  const track = <T extends { dispose(): void }>(x: T): T => {
    cleanup.push(() => x.dispose());
    return x;
  };

  it('splits batches and combines shard figures as DDP does', () => {
    const samples = syntheticPatches(5, SIZE);
    const batch = collateBatch(samples, resolveModelConfig(tiny), null, null);
    const shards = splitBatch(batch, 2);
    expect(shards.map((s) => s.size)).toEqual([3, 2]);
    expect(Array.from(shards[1]?.pattern ?? [])).toEqual(Array.from(batch.pattern.slice(3)));
    expect(shards[1]?.images.length).toBe(2 * SIZE * SIZE);
    expect(splitBatch(batch, 8)).toHaveLength(5); // never an empty shard
    // G_i = sqrt(sum_k G_ik^2) / S.
    expect(
      combineGradNorms([
        [3, 1, 0],
        [4, 1, 0],
      ]),
    ).toEqual([2.5, Math.SQRT2 / 2, 0]);
    // Losses: mean over the shards where the task has labels.
    expect(
      combineTaskLosses(
        [
          [1, 2, 0],
          [3, 4, 5],
        ],
        [
          [true, true, false],
          [true, true, true],
        ],
      ),
    ).toEqual({ losses: [2, 3, 5], active: [true, true, true] });
  });

  it('with two identical halves, one 2-thread step equals the single-thread step (losses, gradients, weights, GradNorm)', async () => {
    const single = createModel(tiny);
    const parallel = createModel(tiny);
    track(single);
    track(parallel);
    const w0 = flatWeights(single);
    const half = syntheticPatches(3, SIZE, 4);
    const batch = collateBatch([...half, ...half], single.config, null, null);
    const a = track(createTrainer(single, { learningRate: 1e-3, weighting: gradnorm }));
    const b = track(
      createTrainer(parallel, { learningRate: 1e-3, weighting: gradnorm, threads: 2 }),
    ) as ParallelTrainer;
    for (let step = 1; step <= 2; step += 1) {
      const ra: StepResult = await a.step(batch);
      const rb: StepResult = await b.step(batch);
      expectRelClose(rb.losses, ra.losses, 1e-5);
      expectRelClose([rb.totalLoss], [ra.totalLoss], 1e-5);
      expectRelClose(rb.gradNorms, ra.gradNorms, 1e-5);
      expectRelClose(b.weighting.currentWeights(), a.weighting.currentWeights(), 1e-5);
      expect(rb.active).toEqual(ra.active);
      if (step === 1) {
        // The averaged gradient equals the whole-batch one, entry by entry, to 1e-4 of the variable's
        // largest entry (float32 sums over thousands of rows in another order: ~1e-5 measured).
        const ma = await firstMoments(a);
        const mb = await firstMoments(b);
        expect(mb.length).toBe(ma.length);
        ma.forEach((m, v) => {
          const other = mb[v] as Float32Array;
          const scale = m.reduce((s, x) => Math.max(s, Math.abs(x)), 0);
          const worst = m.reduce((s, x, k) => Math.max(s, Math.abs(x - (other[k] as number))), 0);
          expect(worst, `variable ${v}`).toBeLessThanOrEqual(1e-4 * scale + 1e-12);
        });
      }
    }
    const wa = flatWeights(single);
    const wb = flatWeights(parallel);
    let diff = 0;
    let update = 0;
    let norm = 0;
    wa.forEach((x, k) => {
      diff += (x - (wb[k] as number)) ** 2;
      update += (x - (w0[k] as number)) ** 2;
      norm += x * x;
    });
    expect(Math.sqrt(diff / norm)).toBeLessThan(1e-5);
    // Adam divides by sqrt(v) + 1e-8: for the rare entry whose gradient nearly cancels to ~1e-8,
    // float rounding in the summation order moves its step visibly, so the update is compared in
    // norm (measured ~2e-4 of it), not entry by entry.
    expect(Math.sqrt(diff / update)).toBeLessThan(2e-3);
    await expectReplicasIdentical(b);
  });

  it('trains on a normal (odd-sized) batch like the single-thread trainer, replicas identical, no tensor leak', async () => {
    const samples = syntheticPatches(5, SIZE, 8);
    const single = track(createModel(tiny));
    const parallel = track(createModel(tiny));
    const batch = collateBatch(samples, single.config, null, null);
    const a = track(createTrainer(single, { learningRate: 3e-3 }));
    const b = track(createTrainer(parallel, { learningRate: 3e-3, threads: 2 })) as ParallelTrainer;
    const totals = { a: [] as number[], b: [] as number[] };
    // Adam's slots are created on the first step.
    totals.a.push((await a.step(batch)).totalLoss);
    totals.b.push((await b.step(batch)).totalLoss);
    const tensors = tf.memory().numTensors;
    for (let i = 0; i < 7; i += 1) {
      totals.a.push((await a.step(batch)).totalLoss);
      const r = await b.step(batch);
      expect([...r.losses, r.totalLoss, ...r.gradNorms].every(Number.isFinite)).toBe(true);
      totals.b.push(r.totalLoss);
    }
    expect(tf.memory().numTensors).toBe(tensors);
    const last = (v: number[]) => v[v.length - 1] as number;
    expect(last(totals.a)).toBeLessThan(totals.a[0] as number);
    expect(last(totals.b)).toBeLessThan((totals.b[0] as number) * 0.9);
    // Per-shard means and per-shard BatchNorm: close to, not equal to, the whole-batch figures.
    expect(Math.abs(last(totals.b) - last(totals.a)) / last(totals.a)).toBeLessThan(0.3);
    await expectReplicasIdentical(b);
    b.dispose();
    await vi.waitFor(() => expect(b.liveWorkers()).toBe(0));
  });

  for (const kind of ['throw', 'exit'] as const) {
    it(`a worker that fails (${kind}) fails the step with an error naming it, and all workers end`, async () => {
      const model = track(createModel(tiny));
      const batch = collateBatch(syntheticPatches(4, SIZE), model.config, null, null);
      const trainer = track(
        createTrainer(model, { threads: 3 }, { fault: { worker: 2, atStep: 2, kind } }),
      ) as ParallelTrainer;
      await trainer.step(batch);
      expect(trainer.liveWorkers()).toBe(2);
      const cause = kind === 'throw' ? 'injected fault at step 2' : 'the thread exited with code 70';
      await expect(trainer.step(batch)).rejects.toThrow(`worker thread 2 of 2 failed: ${cause}`);
      await vi.waitFor(() => expect(trainer.liveWorkers()).toBe(0));
      await expect(trainer.step(batch)).rejects.toThrow(/worker thread 2 of 2 failed/);
      expect(tf.memory().numTensors).toBeGreaterThan(0);
    });
  }

  it('rejects a non-integer thread count', () => {
    const model = track(createModel(tiny));
    expect(() => createTrainer(model, { threads: 1.5 })).toThrowError(/threads=1.5/);
  });
});

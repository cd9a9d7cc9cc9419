import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createModel,
  createTrainer,
  DEFAULT_AUGMENT,
  deserializeModel,
  type EarlyStoppingState,
  type Hep2Model,
  restoreTrainerState,
  saveTrainerState,
  serializeModel,
  type TrainConfig,
  trainLoop,
} from '../src/index.js';
import { useWasm } from './setup-backend.js';
import { syntheticPatches } from './synthetic-patches.js';

const SIZE = 32;
// Seeded everything: initial weights, batch order, augmentation and dropout masks.
const base = {
  variant: 'lite' as const,
  inputSize: SIZE,
  width: 4,
  blocks: [1, 1, 1],
  patternClasses: 4,
  seed: 7,
};

function weightsOf(model: Hep2Model): Float32Array[] {
  return [model.encoder, model.decoder, model.heads].flatMap((m) =>
    m.getWeights().map((w) => w.dataSync() as Float32Array),
  );
}

describe('resuming training from a checkpoint', () => {
  beforeAll(useWasm);

  const cases = [
    { weighting: { kind: 'gradnorm', alpha: 0.06 }, dropout: 0, threads: 1 },
    { weighting: { kind: 'uncertainty' }, dropout: 0, threads: 1 },
    { weighting: { kind: 'gradnorm', alpha: 0.06 }, dropout: 0.3, threads: 1 },
    // Data-parallel: the replicas get the restored weighting state and dropout positions too.
    { weighting: { kind: 'gradnorm', alpha: 0.06 }, dropout: 0.3, threads: 2 },
    { weighting: { kind: 'uncertainty' }, dropout: 0, threads: 2 },
  ] as const;
  for (const { weighting, dropout, threads } of cases) {
    it(`continues exactly where it stopped (${weighting.kind}, dropout ${dropout}, ${threads} thread(s): weights, optimizer, batches, masks)`, async () => {
      const architecture = { ...base, bottleneckDropout: dropout / 3, headDropout: dropout };
      const samples = syntheticPatches(12, SIZE);
      const settings: Partial<TrainConfig> = {
        learningRate: 3e-3,
        batchSize: 4,
        augment: DEFAULT_AUGMENT,
        weighting,
        seed: 5,
        threads,
      };
      const straight = createModel(architecture);
      const straightTrainer = createTrainer(straight, settings);
      await trainLoop(straightTrainer, samples, { epochs: 3 });

      // Same run, stopped after epoch 1 with a checkpoint, then continued by a fresh trainer.
      const first = createModel(architecture);
      const firstTrainer = createTrainer(first, settings);
      const stop = new AbortController();
      let checkpoint: {
        model: Uint8Array;
        state: Awaited<ReturnType<typeof saveTrainerState>>;
        rng: number;
      } | null = null;
      await trainLoop(firstTrainer, samples, {
        epochs: 3,
        signal: stop.signal,
        onEpochEnd: async (end) => {
          checkpoint = {
            model: await serializeModel(first),
            state: await saveTrainerState(firstTrainer),
            rng: end.rngPosition,
          };
          stop.abort();
        },
      });
      firstTrainer.dispose();
      first.dispose();
      if (!checkpoint) throw new Error('no checkpoint');
      const saved = checkpoint as {
        model: Uint8Array;
        state: Awaited<ReturnType<typeof saveTrainerState>>;
        rng: number;
      };
      const tensorsBefore = tf.memory().numTensors;
      const resumed = await deserializeModel(saved.model);
      const resumedTrainer = createTrainer(resumed, settings);
      await restoreTrainerState(resumedTrainer, saved.state);
      expect(resumedTrainer.steps).toBe(3);
      await trainLoop(resumedTrainer, samples, { epochs: 3, resume: { epoch: 2, rngPosition: saved.rng } });
      expect(resumedTrainer.steps).toBe(straightTrainer.steps);

      const a = weightsOf(straight);
      const b = weightsOf(resumed);
      expect(b.length).toBe(a.length);
      let maxDiff = 0;
      a.forEach((w, i) => {
        const other = b[i] as Float32Array;
        for (let k = 0; k < w.length; k += 1)
          maxDiff = Math.max(maxDiff, Math.abs((w[k] as number) - (other[k] as number)));
      });
      expect(maxDiff).toBeLessThan(1e-5);
      expect(resumedTrainer.weighting.currentWeights()).toEqual(straightTrainer.weighting.currentWeights());

      straightTrainer.dispose();
      straight.dispose();
      resumedTrainer.dispose();
      resumed.dispose();
      expect(tf.memory().numTensors).toBeLessThanOrEqual(tensorsBefore);
    });
  }
});

interface Checkpoint {
  model: Uint8Array;
  state: Awaited<ReturnType<typeof saveTrainerState>>;
  rng: number;
  stopping: EarlyStoppingState;
}

describe('resuming a run that stops early', () => {
  beforeAll(useWasm);

  // Epoch scores: the best is epoch 2; epochs 3 and 4 do not beat it, so patience 2 ends the run
  // after epoch 4 and epoch 2's weights are put back.
  const scores = [0.5, 0.8, 0.6, 0.7, 0.9, 0.95];
  const architecture = { ...base, bottleneckDropout: 0, headDropout: 0 };
  const settings: Partial<TrainConfig> = {
    learningRate: 3e-3,
    batchSize: 4,
    seed: 5,
    earlyStopping: { patience: 2, minDelta: 0, restoreBest: true },
  };
  const score = (end: { epoch: number }) => ({ score: scores[end.epoch - 1] as number });

  // Interrupted after epoch 3 (best = epoch 2, an earlier one: its weights travel with the
  // checkpoint) and after epoch 4 (patience already spent: the resumed run trains nothing more).
  for (const stopAfter of [3, 4]) {
    it(`checkpointed after epoch ${stopAfter}: stops at the same epoch with the same best weights`, async () => {
      const samples = syntheticPatches(8, SIZE);
      const straight = createModel(architecture);
      const straightTrainer = createTrainer(straight, settings);
      const straightHistory = await trainLoop(straightTrainer, samples, { epochs: 6, onEpochEnd: score });
      expect(straightHistory.epochs.map((e) => e.epoch)).toEqual([1, 2, 3, 4]);

      const first = createModel(architecture);
      const firstTrainer = createTrainer(first, settings);
      const stop = new AbortController();
      let saved: Checkpoint | null = null;
      await trainLoop(firstTrainer, samples, {
        epochs: 6,
        signal: stop.signal,
        onEpochEnd: score,
        afterEpoch: async (done) => {
          if (done.epoch !== stopAfter) return;
          saved = {
            model: await serializeModel(first),
            state: await saveTrainerState(firstTrainer),
            rng: done.rngPosition,
            stopping: done.earlyStopping(),
          };
          stop.abort();
        },
      });
      firstTrainer.dispose();
      first.dispose();
      if (!saved) throw new Error('no checkpoint');
      // assigned in the callback: the compiler cannot see it
      const checkpoint = saved as unknown as Checkpoint;
      expect(checkpoint.stopping.bestEpoch).toBe(2);
      expect(checkpoint.stopping.stale).toBe(stopAfter - 2);
      expect(checkpoint.stopping.bestWeights).not.toBeNull();

      const resumed = await deserializeModel(checkpoint.model);
      const resumedTrainer = createTrainer(resumed, settings);
      await restoreTrainerState(resumedTrainer, checkpoint.state);
      const history = await trainLoop(resumedTrainer, samples, {
        epochs: 6,
        onEpochEnd: score,
        resume: { epoch: stopAfter + 1, rngPosition: checkpoint.rng, earlyStopping: checkpoint.stopping },
      });
      expect(history.epochs.map((e) => e.epoch)).toEqual(stopAfter === 3 ? [4] : []);
      expect(history.stoppedEarly).toBe(true);
      expect(history.bestEpoch).toBe(2);
      expect(history.restoredBest).toBe(true);
      const a = weightsOf(straight);
      const b = weightsOf(resumed);
      let maxDiff = 0;
      a.forEach((w, i) => {
        const other = b[i] as Float32Array;
        for (let k = 0; k < w.length; k += 1)
          maxDiff = Math.max(maxDiff, Math.abs((w[k] as number) - (other[k] as number)));
      });
      expect(maxDiff).toBeLessThan(1e-6);
      for (const t of [straightTrainer, resumedTrainer]) t.dispose();
      for (const m of [straight, resumed]) m.dispose();
    });
  }

  it('a checkpoint taken at the best epoch needs no copy: its own weights are the best', async () => {
    const samples = syntheticPatches(8, SIZE);
    const model = createModel(architecture);
    const trainer = createTrainer(model, settings);
    const states: EarlyStoppingState[] = [];
    await trainLoop(trainer, samples, {
      epochs: 2,
      onEpochEnd: score,
      afterEpoch: async (done) => {
        states.push(done.earlyStopping());
      },
    });
    expect(states.map((s) => [s.bestEpoch, s.stale, s.bestWeights])).toEqual([
      [1, 0, null],
      [2, 0, null],
    ]);
    trainer.dispose();
    model.dispose();
  });
});

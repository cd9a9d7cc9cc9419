import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createModel,
  createTrainer,
  DEFAULT_AUGMENT,
  deserializeModel,
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

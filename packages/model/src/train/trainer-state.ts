import * as tf from '@tensorflow/tfjs';
import { McDropout } from '../layers/mc-dropout.layer.js';
import type { Hep2Model } from '../model/model.factory.js';
import type { WeightingState } from '../weighting/task-weighting.js';
import type { Trainer } from './trainer.js';

/**
 * What a trainer needs, besides the model's weights, to continue exactly where it stopped: the
 * step count, the task weighting's state (GradNorm weights and their Adam moments, uncertainty
 * log-variances), the optimizer's slots (Adam's iteration count and moments, in its own order)
 * and the dropout layers' positions in their mask sequences.
 */
export interface TrainerState {
  steps: number;
  /** Per dropout layer ("encoder/name"): masks drawn so far. */
  dropoutCalls?: Record<string, number>;
  weighting: WeightingState;
  optimizerSlots: { name: string; shape: number[] }[];
  /** The slots' values back to back, float32. */
  optimizerData: Float32Array;
}

export async function saveTrainerState(trainer: Trainer): Promise<TrainerState> {
  const slots = await trainer.optimizer.getWeights();
  const sizes = slots.map((s) => s.tensor.size);
  const data = new Float32Array(sizes.reduce((a, b) => a + b, 0));
  let offset = 0;
  for (const slot of slots) {
    data.set(await slot.tensor.data(), offset);
    offset += slot.tensor.size;
  }
  const state: TrainerState = {
    steps: trainer.steps,
    dropoutCalls: Object.fromEntries(dropoutLayers(trainer.model).map(([key, l]) => [key, l.callCount])),
    weighting: trainer.weighting.saveState(),
    optimizerSlots: slots.map((s) => ({ name: s.name, shape: [...s.tensor.shape] })),
    optimizerData: data,
  };
  // getWeights hands out fresh tensors (the iteration count) alongside the live slots; only the fresh ones are ours.
  const fresh = slots.filter((s) => !(s.tensor instanceof tf.Variable)).map((s) => s.tensor);
  tf.dispose(fresh);
  return state;
}

/** Restores a state saved from a trainer of the same model architecture and optimizer. */
export async function restoreTrainerState(trainer: Trainer, state: TrainerState): Promise<void> {
  let offset = 0;
  const named = state.optimizerSlots.map((slot) => {
    const size = slot.shape.reduce((a, b) => a * b, 1);
    const values = state.optimizerData.subarray(offset, offset + size);
    offset += size;
    return { name: slot.name, tensor: tf.tensor(values, slot.shape) };
  });
  if (offset !== state.optimizerData.length) throw new Error('trainer state: optimizer data size mismatch');
  await trainer.optimizer.setWeights(named);
  tf.dispose(named.map((n) => n.tensor));
  trainer.weighting.restoreState(state.weighting);
  trainer.resumeAt(state.steps);
  for (const [key, layer] of dropoutLayers(trainer.model)) layer.resumeAt(state.dropoutCalls?.[key] ?? 0);
}

export function dropoutLayers(model: Hep2Model): [string, McDropout][] {
  return (['encoder', 'decoder', 'heads'] as const).flatMap((part) =>
    model[part].layers.flatMap((l): [string, McDropout][] =>
      l instanceof McDropout ? [[`${part}/${l.name}`, l]] : [],
    ),
  );
}

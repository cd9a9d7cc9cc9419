/**
 * A data-parallel replica (worker_threads entry, loaded through train-worker.bootstrap.mjs): its
 * own tfjs backend (its own WASM instance), a copy of the model and of the task weighting. It
 * computes the gradients of the shards it is sent; it never updates weights itself - the main
 * thread does, and writes the result into the shared weight buffer before a 'sync'.
 */
import { parentPort, workerData } from 'node:worker_threads';
import * as tf from '@tensorflow/tfjs';
import { initBackend } from '../../backend/backend-select.js';
import { deserializeModel } from '../../io/model-serializer.js';
import { makeWeighting } from '../../weighting/weighting-factory.js';
import { GradientTaps } from '../gradient-tap.js';
import { activeEnabledTasks, lossAndGradients, stepContext, trainedVariables } from '../step-gradients.js';
import { dropoutLayers } from '../trainer-state.js';
import type { FromReplica, ReplicaInit, ToReplica } from './replica-protocol.js';
import {
  allWeightVariables,
  assignWeightsFrom,
  flattenGradients,
  readWeightsInto,
  valueCount,
} from './replica-weights.js';

const init = workerData as ReplicaInit;
const port = parentPort;
if (!port) throw new Error('train-worker must run in a worker thread');
const send = (message: FromReplica, transfer: ArrayBuffer[] = []): void =>
  port.postMessage(message, transfer);

await initBackend({ order: [init.backend], log: () => {} });
const model = await deserializeModel(init.modelBytes);
const weighting = makeWeighting(init.config);
const ctx = stepContext(model, init.config, weighting);
const varList = trainedVariables(ctx);
const weights = allWeightVariables(model);
const shared = new Float32Array(init.weights);
const dropout = dropoutLayers(model).map(([, layer]) => layer);
// Each replica draws its own dropout masks (same masks on every shard would correlate them).
for (const layer of dropout) layer.reseed(layer.baseSeed + init.rank * 1_000_003);

function step(message: Extract<ToReplica, { type: 'step' }>): void {
  if (init.fault?.worker === init.rank && init.fault.atStep === message.step) {
    if (init.fault.kind === 'exit') process.exit(70);
    throw new Error(`injected fault at step ${message.step}`);
  }
  dropout.forEach((layer, i) => {
    layer.resumeAt(message.dropoutCalls[i] ?? 0);
  });
  const active = activeEnabledTasks(message.batch, init.config);
  const taps = new GradientTaps();
  let losses: number[] = [];
  let total = 0;
  let grads: Float32Array = new Float32Array(0);
  // The array is not returned from tf.tidy: tidy walks its result looking for tensors, which for a
  // typed array means every element (~1.5 s for the lite model's 2 M gradients).
  tf.tidy(() => {
    const r = lossAndGradients(ctx, message.batch, active, taps, varList);
    losses = r.lossValues;
    total = r.value.dataSync()[0] as number;
    grads = flattenGradients(r.grads, varList);
  });
  const gradNorms = taps.take();
  send({ type: 'result', grads, losses, total, gradNorms }, [grads.buffer as ArrayBuffer]);
}

function handle(message: ToReplica): void {
  switch (message.type) {
    case 'sync':
      assignWeightsFrom(weights, shared);
      weighting.restoreState(message.weighting);
      send({ type: 'synced' });
      return;
    case 'step':
      step(message);
      return;
    case 'snapshot': {
      const values = new Float32Array(valueCount(weights));
      readWeightsInto(weights, values);
      send({ type: 'snapshot', weights: values, weighting: weighting.saveState() }, [values.buffer]);
      return;
    }
  }
}

port.on('message', (message: ToReplica) => {
  try {
    handle(message);
  } catch (error) {
    send({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
});
send({ type: 'ready', shapes: varList.map((v) => [...v.shape]), weightValues: valueCount(weights) });

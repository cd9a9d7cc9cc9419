import type { BackendChoice } from '../../backend/backend-select.js';
import type { WeightingState } from '../../weighting/task-weighting.js';
import type { HostBatch } from '../batch.js';
import type { TrainConfig } from '../train-config.js';

/** Test-only: make a worker fail at a given step, to check that the failure surfaces. */
export interface FaultInjection {
  /** 1-based worker index (shard index; shard 0 is the main thread). */
  worker: number;
  /** Trainer step (1-based, counted by the trainer) at which the worker fails. */
  atStep: number;
  /** 'throw': an exception inside the step; 'exit': the thread ends abruptly. */
  kind: 'throw' | 'exit';
}

export interface ReplicaInit {
  rank: number;
  backend: BackendChoice;
  /** serializeModel() bytes: architecture and initial weights of the main model. */
  modelBytes: Uint8Array;
  config: TrainConfig;
  /** All model weights, written by the main thread after every update (see replica-weights.ts). */
  weights: SharedArrayBuffer;
  fault: FaultInjection | null;
}

export type ToReplica =
  /** Copy the weights from the shared buffer and take over the weighting's state. */
  | { type: 'sync'; weighting: WeightingState }
  /** Forward/backward of one shard; dropout layers continue from the main thread's positions. */
  | { type: 'step'; step: number; batch: HostBatch; dropoutCalls: number[] }
  | { type: 'snapshot' };

export type FromReplica =
  | { type: 'ready'; shapes: number[][]; weightValues: number }
  | { type: 'synced' }
  | { type: 'result'; grads: Float32Array; losses: number[]; total: number; gradNorms: number[] }
  | { type: 'snapshot'; weights: Float32Array; weighting: WeightingState }
  | { type: 'error'; message: string };

import {
  createOnnxPredictor,
  createTfjsPredictor,
  type Hep2Model,
  type InferencePredictor,
  type OrtModule,
} from '@hep2/model';
import type { EvaluatedOn } from '@hep2/training';

/**
 * What runs per-epoch validation and the final evaluation: 'auto' - ONNX Runtime where it loads
 * and opens the exported graph, else TensorFlow.js; 'onnxruntime' - ONNX Runtime or fail; 'tfjs'.
 */
export type EvaluationBackendChoice = 'auto' | 'onnxruntime' | 'tfjs';

export interface EvaluationInference {
  /** Default 'auto'. */
  backend?: EvaluationBackendChoice;
  /** ONNX Runtime intra-op threads (default: all available cores). */
  threads?: number;
  /** ONNX Runtime execution providers (default ['cpu']; INFERENCE_PROVIDERS). */
  executionProviders?: string[];
  /** Loads ONNX Runtime (default: the onnxruntime-node package); injectable for tests. */
  loadRuntime?: () => Promise<OrtModule>;
  /** The weights' stored ONNX export, or why there is none (then exported from the model). */
  onnx?: { bytes: Uint8Array | null; note: string };
  /** Hears the backend line of each predictor made (default: silent). */
  log?: (line: string) => void;
}

/**
 * A predictor over the model's current weights: exported to ONNX and run on ONNX Runtime when it
 * loads, else TensorFlow.js. Training changes the weights, so each validation makes its own (an
 * export and a session: ~0.1-0.4 s for the lite model) and disposes it.
 */
export async function evaluationPredictor(
  model: Hep2Model,
  opts: EvaluationInference = {},
): Promise<InferencePredictor> {
  const backend = opts.backend ?? 'auto';
  if (backend === 'tfjs') return createTfjsPredictor(model, "EVALUATION_BACKEND set to 'tfjs'");
  const predictor = await createOnnxPredictor(model, {
    threads: opts.threads,
    executionProviders: opts.executionProviders,
    loadRuntime: opts.loadRuntime,
    onnxBytes: opts.onnx?.bytes ?? undefined,
    graphNote: opts.onnx?.note ?? 'the weights being evaluated',
    log: opts.log ?? (() => {}),
  });
  if (backend === 'onnxruntime' && predictor.info.backend !== 'onnxruntime') {
    await predictor.dispose();
    throw new Error(`evaluation backend 'onnxruntime' is required but ${predictor.info.fallbackReason}`);
  }
  return predictor;
}

/** Runs `fn` with a fresh evaluation predictor for the model's weights, then releases it. */
export async function withEvaluationPredictor<T>(
  model: Hep2Model,
  opts: EvaluationInference,
  fn: (predictor: InferencePredictor) => Promise<T>,
): Promise<T> {
  const predictor = await evaluationPredictor(model, opts);
  try {
    return await fn(predictor);
  } finally {
    await predictor.dispose();
  }
}

/** The record stored with an evaluation's figures. */
export function evaluatedOn(predictor: InferencePredictor): EvaluatedOn {
  const { backend, detail, fallbackReason, graph } = predictor.info;
  return { backend, detail, fallbackReason, ...(graph ? { graph } : {}) };
}

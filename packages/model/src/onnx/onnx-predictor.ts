import { availableParallelism } from 'node:os';
import type * as tf from '@tensorflow/tfjs';
import type * as Ort from 'onnxruntime-node';
import { activeBackend } from '../backend/backend-select.js';
import { type Predictions, predict } from '../infer/predict.js';
import type { Hep2Model } from '../model/model.factory.js';
import { exportOnnx, ONNX_IO } from './onnx-exporter.js';

export type OrtModule = typeof Ort;
export type InferenceBackendName = 'onnxruntime' | 'tfjs';

/** The backend a predictor runs on, for recording next to the scores it produced. */
export interface InferenceBackendInfo {
  backend: InferenceBackendName;
  /** e.g. 'onnxruntime 1.30.0 (cpu, 2 threads)' or 'tfjs (wasm)'. */
  detail: string;
  /** Why ONNX Runtime is not used (tfjs fallback only). */
  fallbackReason: string | null;
}

/** Deterministic inference behind one interface, whatever runs it (same output as `predict`). */
export interface InferencePredictor {
  readonly info: InferenceBackendInfo;
  predict(images: tf.Tensor4D, opts?: { embeddings?: boolean }): Promise<Predictions>;
  /** Releases the ONNX session (the tfjs model stays owned by the caller). */
  dispose(): Promise<void>;
}

export interface OnnxPredictorOptions {
  /** Intra-op threads for ONNX Runtime (default: all available cores). */
  threads?: number;
  /** Execution providers in preference order (default ['cpu']; e.g. ['cuda', 'cpu'] on a GPU image). */
  executionProviders?: string[];
  /** Loads ONNX Runtime (default: the `onnxruntime-node` package); injectable for tests. */
  loadRuntime?: () => Promise<OrtModule>;
  /** An already exported graph for this model (e.g. a stored artifact); exported when absent. */
  onnxBytes?: Uint8Array;
  log?: (message: string) => void;
}

/** The `onnxruntime-node` package, or an error when its native library does not load here. */
export async function loadOnnxRuntime(): Promise<OrtModule> {
  const mod = (await import('onnxruntime-node')) as OrtModule & { default?: OrtModule };
  const ort = mod.InferenceSession ? mod : (mod.default as OrtModule);
  if (!ort?.InferenceSession) throw new Error('onnxruntime-node loaded without InferenceSession');
  return ort;
}

function errorLine(err: unknown): string {
  return err instanceof Error ? (err.message.split('\n')[0] ?? err.name) : String(err);
}

function tfjsPredictor(model: Hep2Model, fallbackReason: string): InferencePredictor {
  const tfBackend = activeBackend();
  return {
    info: {
      backend: 'tfjs',
      detail: `tfjs (${tfBackend?.choice ?? 'unknown backend'})`,
      fallbackReason,
    },
    predict: async (images, opts = {}) => predict(model, images, opts),
    dispose: async () => {},
  };
}

function onnxPredictor(ort: OrtModule, session: Ort.InferenceSession, detail: string): InferencePredictor {
  return {
    info: { backend: 'onnxruntime', detail, fallbackReason: null },
    async predict(images, opts = {}) {
      const data = (await images.data()) as Float32Array;
      const input = new ort.Tensor('float32', data, images.shape);
      const fetches: string[] = [ONNX_IO.maskProbs, ONNX_IO.patternProbs, ONNX_IO.intensityProbs];
      if (opts.embeddings) fetches.push(ONNX_IO.embedding);
      const out = await session.run({ [ONNX_IO.image]: input }, fetches);
      const read = (name: string): Float32Array => {
        const t = out[name];
        if (t?.type !== 'float32') throw new Error(`ONNX output ${name} missing or not float32`);
        return t.data as Float32Array;
      };
      const result: Predictions = {
        maskProbs: read(ONNX_IO.maskProbs),
        patternProbs: read(ONNX_IO.patternProbs),
        intensityProbs: read(ONNX_IO.intensityProbs),
        batch: images.shape[0],
      };
      if (opts.embeddings) result.embeddings = read(ONNX_IO.embedding);
      for (const t of Object.values(out)) t.dispose();
      return result;
    },
    dispose: () => session.release(),
  };
}

/**
 * Deterministic inference on ONNX Runtime: exports the model (or takes `onnxBytes`), opens a
 * session, and predicts like `predict`. Falls back to TensorFlow.js (`predict` on the active tfjs
 * backend) when ONNX Runtime does not load or cannot open the graph; `info` says which runs, and why.
 * The predictor reflects the weights at creation: create a new one after training further.
 */
export async function createOnnxPredictor(
  model: Hep2Model,
  opts: OnnxPredictorOptions = {},
): Promise<InferencePredictor> {
  const log = opts.log ?? ((m: string) => console.info(m));
  let ort: OrtModule;
  try {
    ort = await (opts.loadRuntime ?? loadOnnxRuntime)();
  } catch (err) {
    const reason = `onnxruntime-node did not load: ${errorLine(err)}`;
    log(`[@hep2/model] inference on tfjs: ${reason}`);
    return tfjsPredictor(model, reason);
  }
  const threads = opts.threads ?? availableParallelism();
  const providers = opts.executionProviders ?? ['cpu'];
  let bytes: Uint8Array;
  try {
    bytes = opts.onnxBytes ?? exportOnnx(model).bytes;
  } catch (err) {
    const reason = `ONNX export failed: ${errorLine(err)}`;
    log(`[@hep2/model] inference on tfjs: ${reason}`);
    return tfjsPredictor(model, reason);
  }
  try {
    const session = await ort.InferenceSession.create(bytes, {
      executionProviders: providers,
      intraOpNumThreads: threads,
      interOpNumThreads: 1,
      graphOptimizationLevel: 'all',
      logSeverityLevel: 3,
    });
    const version = ort.env.versions?.node ?? ort.env.versions?.common ?? '?';
    const detail = `onnxruntime ${version} (${providers.join(', ')}, ${threads} threads)`;
    log(`[@hep2/model] inference on ${detail}`);
    return onnxPredictor(ort, session, detail);
  } catch (err) {
    const reason = `ONNX Runtime session failed: ${errorLine(err)}`;
    log(`[@hep2/model] inference on tfjs: ${reason}`);
    return tfjsPredictor(model, reason);
  }
}

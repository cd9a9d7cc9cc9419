import { availableParallelism } from 'node:os';
import * as tf from '@tensorflow/tfjs';
import type * as Ort from 'onnxruntime-node';
import { activeBackend } from '../backend/backend-select.js';
import type { ModelConfig } from '../config/model-config.js';
import {
  type McDropoutMode,
  type McDropoutOptions,
  type McPredictions,
  mcDropoutPredict,
  mcHeadsPredict,
  type Predictions,
  predict,
} from '../infer/predict.js';
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

/** How many passes and which dropout an inference run samples (1 pass: deterministic). */
export interface InferenceRun {
  mcSamples: number;
  mode?: McDropoutMode;
}

/**
 * Inference behind one interface, whatever runs it: deterministic (same output as `predict`) and
 * MC dropout (same output as `mcDropoutPredict`).
 */
export interface InferencePredictor {
  readonly info: InferenceBackendInfo;
  /** The served model's configuration (input size, classes). */
  readonly config: ModelConfig;
  predict(images: tf.Tensor4D, opts?: { embeddings?: boolean }): Promise<Predictions>;
  /**
   * MC dropout. On ONNX Runtime, mode 'heads' takes the mask, embedding and deepest feature from
   * one ONNX pass and runs the heads' T dropout samples in tfjs on that feature; mode 'full'
   * (bottleneck dropout, decoder per sample) runs `mcDropoutPredict` in tfjs.
   */
  mcPredict(images: tf.Tensor4D, opts: McDropoutOptions): Promise<McPredictions>;
  /** What serves a run of this kind: `info`, or tfjs where that run stays on tfjs (mode 'full'). */
  backendFor(run: InferenceRun): InferenceBackendInfo;
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

function tfjsInfo(fallbackReason: string | null): InferenceBackendInfo {
  const tfBackend = activeBackend();
  return { backend: 'tfjs', detail: `tfjs (${tfBackend?.choice ?? 'unknown backend'})`, fallbackReason };
}

/**
 * The tfjs predictor (`predict` / `mcDropoutPredict` on the active tfjs backend) behind the
 * predictor interface: what `createOnnxPredictor` falls back to, or a caller's explicit choice
 * (`reason` then says why ONNX Runtime is not used, e.g. a configuration that forces tfjs).
 */
export function createTfjsPredictor(model: Hep2Model, reason: string | null = null): InferencePredictor {
  const info = tfjsInfo(reason);
  return {
    info,
    config: model.config,
    predict: async (images, opts = {}) => predict(model, images, opts),
    mcPredict: async (images, opts) => mcDropoutPredict(model, images, opts),
    backendFor: () => info,
    dispose: async () => {},
  };
}

/** The outputs the MC 'heads' path fetches besides the embedding. */
const MC_OUTPUTS = [ONNX_IO.maskLogits, ONNX_IO.deepest] as const;

const hasMcOutputs = (session: Ort.InferenceSession): boolean =>
  MC_OUTPUTS.every((name) => session.outputNames.includes(name));

/**
 * `session` serves deterministic inference; MC 'heads' runs on it too when it has the MC outputs,
 * else on a second session over `exportForMc()`, opened on first use (a stored graph from before
 * the MC outputs existed).
 */
function onnxPredictor(
  ort: OrtModule,
  session: Ort.InferenceSession,
  model: Hep2Model,
  detail: string,
  openForMc: () => Promise<Ort.InferenceSession>,
): InferencePredictor {
  const info: InferenceBackendInfo = { backend: 'onnxruntime', detail, fallbackReason: null };
  let mcSession: Promise<Ort.InferenceSession> | null = hasMcOutputs(session)
    ? Promise.resolve(session)
    : null;
  const run = async (on: Ort.InferenceSession, images: tf.Tensor4D, fetches: string[]) => {
    const data = (await images.data()) as Float32Array;
    const input = new ort.Tensor('float32', data, images.shape);
    const out = await on.run({ [ONNX_IO.image]: input }, fetches);
    const read = (name: string): Float32Array => {
      const t = out[name];
      if (t?.type !== 'float32') throw new Error(`ONNX output ${name} missing or not float32`);
      return t.data as Float32Array;
    };
    const dims = (name: string): number[] => [...(out[name]?.dims ?? [])];
    const dispose = () => {
      for (const t of Object.values(out)) t.dispose();
    };
    return { read, dims, dispose };
  };
  return {
    info,
    config: model.config,
    async predict(images, opts = {}) {
      const fetches: string[] = [ONNX_IO.maskProbs, ONNX_IO.patternProbs, ONNX_IO.intensityProbs];
      if (opts.embeddings) fetches.push(ONNX_IO.embedding);
      const out = await run(session, images, fetches);
      const result: Predictions = {
        maskProbs: out.read(ONNX_IO.maskProbs),
        patternProbs: out.read(ONNX_IO.patternProbs),
        intensityProbs: out.read(ONNX_IO.intensityProbs),
        batch: images.shape[0],
      };
      if (opts.embeddings) result.embeddings = out.read(ONNX_IO.embedding);
      out.dispose();
      return result;
    },
    async mcPredict(images, opts) {
      if ((opts.mode ?? 'heads') === 'full') return mcDropoutPredict(model, images, opts);
      const fetches: string[] = [...MC_OUTPUTS];
      if (opts.embeddings) fetches.push(ONNX_IO.embedding);
      mcSession ??= openForMc();
      const out = await run(await mcSession, images, fetches);
      try {
        const [b, h, w, c] = out.dims(ONNX_IO.deepest) as [number, number, number, number];
        const deepest = tf.tensor4d(out.read(ONNX_IO.deepest), [b, h, w, c]);
        const maskLogits = tf.tensor1d(out.read(ONNX_IO.maskLogits));
        try {
          const embeddings = opts.embeddings ? out.read(ONNX_IO.embedding) : undefined;
          return mcHeadsPredict(model, { deepest, maskLogits, embeddings }, opts);
        } finally {
          tf.dispose([deepest, maskLogits]);
        }
      } finally {
        out.dispose();
      }
    },
    backendFor(run) {
      if (run.mcSamples <= 1) return info;
      if ((run.mode ?? 'heads') === 'full') {
        return tfjsInfo("MC dropout mode 'full' (decoder per sample) runs on tfjs");
      }
      return { ...info, detail: `${detail}; MC heads on ${tfjsInfo(null).detail}` };
    },
    async dispose() {
      const mc = mcSession ? await mcSession.catch(() => null) : null;
      await session.release();
      if (mc && mc !== session) await mc.release();
    },
  };
}

/**
 * Inference on ONNX Runtime: exports the model (or takes `onnxBytes`), opens a session, and
 * predicts like `predict` (and, with MC dropout, like `mcDropoutPredict`). Falls back to
 * TensorFlow.js (`predict` on the active tfjs backend) when ONNX Runtime does not load or cannot
 * open the graph; `info` says which runs, and why.
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
    return createTfjsPredictor(model, reason);
  }
  const threads = opts.threads ?? availableParallelism();
  const providers = opts.executionProviders ?? ['cpu'];
  const open = async (bytes: Uint8Array) =>
    ort.InferenceSession.create(bytes, {
      executionProviders: providers,
      intraOpNumThreads: threads,
      interOpNumThreads: 1,
      graphOptimizationLevel: 'all',
      logSeverityLevel: 3,
    });
  // The predictor's own export carries the MC outputs (mask logits, deepest feature).
  const exportForMc = () => exportOnnx(model, { deepest: true, maskLogits: true }).bytes;
  let bytes: Uint8Array;
  try {
    bytes = opts.onnxBytes ?? exportForMc();
  } catch (err) {
    const reason = `ONNX export failed: ${errorLine(err)}`;
    log(`[@hep2/model] inference on tfjs: ${reason}`);
    return createTfjsPredictor(model, reason);
  }
  try {
    const session = await open(bytes);
    const version = ort.env.versions?.node ?? ort.env.versions?.common ?? '?';
    const detail = `onnxruntime ${version} (${providers.join(', ')}, ${threads} threads)`;
    log(`[@hep2/model] inference on ${detail}`);
    return onnxPredictor(ort, session, model, detail, () => open(exportForMc()));
  } catch (err) {
    const reason = `ONNX Runtime session failed: ${errorLine(err)}`;
    log(`[@hep2/model] inference on tfjs: ${reason}`);
    return createTfjsPredictor(model, reason);
  }
}

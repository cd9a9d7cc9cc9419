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
import { tiledWhenConfigured } from '../infer/tiled-predictor.js';
import { forward, type Hep2Model } from '../model/model.factory.js';
import { exportOnnx, ONNX_IO, type OnnxExport } from './onnx-exporter.js';

export type OrtModule = typeof Ort;
export type InferenceBackendName = 'onnxruntime' | 'tfjs';

/** The backend a predictor runs on, for recording next to the scores it produced. */
export interface InferenceBackendInfo {
  backend: InferenceBackendName;
  /** e.g. 'onnxruntime 1.30.0 (cpu, 2 threads)' or 'tfjs (wasm)'. */
  detail: string;
  /** Why ONNX Runtime is not used (tfjs fallback only). */
  fallbackReason: string | null;
  /**
   * ONNX Runtime only: where its graph came from - 'stored export …' (made at registration) or
   * 'exported from the model (…)', with the reason no stored export was used.
   */
  graph?: string;
}

/** How many passes and which dropout an inference run samples (1 pass: deterministic). */
export interface InferenceRun {
  mcSamples: number;
  mode?: McDropoutMode;
}

/**
 * A deterministic pass's logits, flat and batch-major: mask [B, H, W], pattern [B, K], intensity
 * [B, 1] (binary) or [B, L] - what `forward(model, images, false)` gives, for validation losses.
 */
export interface InferenceLogits {
  batch: number;
  maskLogits: Float32Array;
  patternLogits: Float32Array;
  intensityLogits: Float32Array;
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
  /** The logits of a deterministic pass (dropout off), as `forward(model, images, false)` gives them. */
  logits(images: tf.Tensor4D): Promise<InferenceLogits>;
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
  /**
   * Recorded as `info.graph`: what `onnxBytes` is (default 'stored export'), or, without them, why
   * the graph is exported here (e.g. 'no stored export: registered before exports were stored').
   */
  graphNote?: string;
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

/** `forward(model, images, false)`'s logits, read back to the host. */
function tfjsLogits(model: Hep2Model, images: tf.Tensor4D): InferenceLogits {
  const outs = tf.tidy(() => {
    const o = forward(model, images, false);
    return [o.maskLogits, o.patternLogits, o.intensityLogits];
  });
  const [maskLogits, patternLogits, intensityLogits] = outs.map((t) => t.dataSync() as Float32Array);
  tf.dispose(outs);
  return {
    batch: images.shape[0],
    maskLogits: maskLogits as Float32Array,
    patternLogits: patternLogits as Float32Array,
    intensityLogits: intensityLogits as Float32Array,
  };
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
  return tiledWhenConfigured({
    info,
    config: model.config,
    predict: async (images, opts = {}) => predict(model, images, opts),
    logits: async (images) => tfjsLogits(model, images),
    mcPredict: async (images, opts) => mcDropoutPredict(model, images, opts),
    backendFor: () => info,
    dispose: async () => {},
  });
}

/**
 * The graph a predictor serves: deterministic outputs plus the MC outputs (mask logits, deepest
 * feature) and the head logits (validation losses), so one session serves all of them.
 * Registration stores this export beside the version.
 */
export function exportServingOnnx(model: Hep2Model): OnnxExport {
  return exportOnnx(model, { deepest: true, maskLogits: true, headLogits: true });
}

/** The outputs the MC 'heads' path fetches besides the embedding. */
const MC_OUTPUTS = [ONNX_IO.maskLogits, ONNX_IO.deepest] as const;
/** The outputs `logits` fetches. */
const LOGIT_OUTPUTS = [ONNX_IO.maskLogits, ONNX_IO.patternLogits, ONNX_IO.intensityLogits] as const;

const hasOutputs = (session: Ort.InferenceSession, names: readonly string[]): boolean =>
  names.every((name) => session.outputNames.includes(name));

/**
 * `session` serves deterministic inference; MC 'heads' and `logits` run on it too when it has
 * their outputs, else on a second session over the full serving export, opened on first use (a
 * graph exported without them).
 */
function onnxPredictor(
  ort: OrtModule,
  session: Ort.InferenceSession,
  model: Hep2Model,
  detail: string,
  graph: string,
  openFull: () => Promise<Ort.InferenceSession>,
): InferencePredictor {
  const info: InferenceBackendInfo = { backend: 'onnxruntime', detail, fallbackReason: null, graph };
  let fullSession: Promise<Ort.InferenceSession> | null = null;
  const sessionWith = (names: readonly string[]): Promise<Ort.InferenceSession> => {
    if (hasOutputs(session, names)) return Promise.resolve(session);
    fullSession ??= openFull();
    return fullSession;
  };
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
  return tiledWhenConfigured({
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
    async logits(images) {
      const out = await run(await sessionWith(LOGIT_OUTPUTS), images, [...LOGIT_OUTPUTS]);
      try {
        return {
          batch: images.shape[0],
          maskLogits: out.read(ONNX_IO.maskLogits),
          patternLogits: out.read(ONNX_IO.patternLogits),
          intensityLogits: out.read(ONNX_IO.intensityLogits),
        };
      } finally {
        out.dispose();
      }
    },
    async mcPredict(images, opts) {
      if ((opts.mode ?? 'heads') === 'full') return mcDropoutPredict(model, images, opts);
      const fetches: string[] = [...MC_OUTPUTS];
      if (opts.embeddings) fetches.push(ONNX_IO.embedding);
      const out = await run(await sessionWith(MC_OUTPUTS), images, fetches);
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
      const full = fullSession ? await fullSession.catch(() => null) : null;
      await session.release();
      if (full && full !== session) await full.release();
    },
  });
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
  let providers = opts.executionProviders ?? ['cpu'];
  const open = async (bytes: Uint8Array) =>
    ort.InferenceSession.create(bytes, {
      executionProviders: providers,
      intraOpNumThreads: threads,
      interOpNumThreads: 1,
      graphOptimizationLevel: 'all',
      logSeverityLevel: 3,
    });
  const exportFull = () => exportServingOnnx(model).bytes;
  const graph = opts.onnxBytes
    ? (opts.graphNote ?? 'stored export')
    : `exported from the model${opts.graphNote ? ` (${opts.graphNote})` : ''}`;
  let bytes: Uint8Array;
  try {
    bytes = opts.onnxBytes ?? exportFull();
  } catch (err) {
    const reason = `ONNX export failed: ${errorLine(err)}`;
    log(`[@hep2/model] inference on tfjs: ${reason}`);
    return createTfjsPredictor(model, reason);
  }
  try {
    let refused = '';
    const session = await open(bytes).catch(async (err) => {
      // A GPU provider missing here (no CUDA 12 libraries): ONNX Runtime's own CPU library still runs.
      if (providers.length === 1 || !providers.includes('cpu')) throw err;
      refused = `; ${providers.filter((p) => p !== 'cpu').join(', ')} refused: ${errorLine(err)}`;
      providers = ['cpu'];
      return open(bytes);
    });
    const version = ort.env.versions?.node ?? ort.env.versions?.common ?? '?';
    const detail = `onnxruntime ${version} (${providers.join(', ')}, ${threads} threads${refused})`;
    log(`[@hep2/model] inference on ${detail}, graph ${graph}`);
    return onnxPredictor(ort, session, model, detail, graph, () => open(exportFull()));
  } catch (err) {
    const reason = `ONNX Runtime session failed: ${errorLine(err)}`;
    log(`[@hep2/model] inference on tfjs: ${reason}`);
    return createTfjsPredictor(model, reason);
  }
}

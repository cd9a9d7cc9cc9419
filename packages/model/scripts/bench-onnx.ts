/**
 * Inference rows for `npm run bench:model`: patches/s of the exported graph on ONNX Runtime next to
 * TensorFlow.js `predict` on the same model, weights and batch (alternating in one process), and -
 * where python3 imports torch - the same network in PyTorch (scripts/pytorch-peer.py
 * --infer-only, eval mode, no_grad) on the same config and batch, run between two halves of the
 * ONNX Runtime repetitions so both see the same load.
 */
import { loadavg } from 'node:os';
import * as tf from '@tensorflow/tfjs';
import {
  createModel,
  createOnnxPredictor,
  exportOnnx,
  type ModelConfigInput,
  predict,
  resolveModelConfig,
} from '../src/index.js';
import { runTorchPeer } from './torch-peer.js';

export interface OnnxBenchResult {
  label: string;
  batch: number;
  params: number;
  tfjsPatchesPerS: number;
  /** NaN when ONNX Runtime did not load (the predictor fell back to tfjs). */
  onnxPatchesPerS: number;
  onnxDetail: string;
  exportMs: number;
  /** NaN without the PyTorch peer. */
  torchPatchesPerS: number;
  torchParams: number | null;
  torchDetail: string | null;
  load: string;
}

const median = (v: number[]): number => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] as number;
const loadNow = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

export async function benchOnnxInference(
  label: string,
  config: ModelConfigInput,
  batch: number,
  opts: { reps: number; threads: number; torchPython?: string | null; torchThreads?: number },
): Promise<OnnxBenchResult> {
  const model = createModel(config);
  const size = model.config.inputSize;
  const images = tf.randomUniform([batch, size, size, model.config.inChannels]) as tf.Tensor4D;
  const t0 = performance.now();
  const { bytes } = exportOnnx(model);
  const exportMs = performance.now() - t0;
  const predictor = await createOnnxPredictor(model, {
    onnxBytes: bytes,
    threads: opts.threads,
    log: () => {},
  });
  const onnx = predictor.info.backend === 'onnxruntime';
  // Warm-up both (ONNX Runtime plans its memory on the first run, tfjs compiles kernels).
  predict(model, images);
  if (onnx) await predictor.predict(images);
  const tfTimes: number[] = [];
  const onnxTimes: number[] = [];
  const timeOnnx = async () => {
    const s = performance.now();
    await predictor.predict(images);
    onnxTimes.push(performance.now() - s);
  };
  const load = [loadNow()];
  for (let r = 0; r < opts.reps; r += 1) {
    const s = performance.now();
    predict(model, images);
    tfTimes.push(performance.now() - s);
    if (onnx) await timeOnnx();
  }
  const torch = opts.torchPython
    ? runTorchPeer(opts.torchPython, resolveModelConfig(config), {
        batch,
        inferBatch: batch,
        steps: 0,
        inferOnly: true,
        repeats: opts.reps,
        threads: opts.torchThreads,
      })
    : null;
  if (torch && onnx) for (let r = 0; r < opts.reps; r += 1) await timeOnnx();
  load.push(loadNow());
  await predictor.dispose();
  images.dispose();
  const params = model.paramCount().trainable;
  model.dispose();
  const result: OnnxBenchResult = {
    label,
    batch,
    params,
    tfjsPatchesPerS: (batch * 1000) / median(tfTimes),
    onnxPatchesPerS: onnx ? (batch * 1000) / median(onnxTimes) : Number.NaN,
    onnxDetail: predictor.info.fallbackReason ?? predictor.info.detail,
    exportMs,
    torchPatchesPerS: torch?.infer_patches_per_s ?? Number.NaN,
    torchParams: torch?.params ?? null,
    torchDetail: torch ? `PyTorch ${torch.torch}, ${torch.threads} threads` : null,
    load: load.join(' -> '),
  };
  const ratio = (a: number, b: number) => (Number.isFinite(a / b) ? (a / b).toFixed(2) : '-');
  console.log(
    `${label} inference, batch ${batch}: tfjs ${result.tfjsPatchesPerS.toFixed(1)} patches/s | ` +
      `ONNX Runtime ${onnx ? `${result.onnxPatchesPerS.toFixed(1)} patches/s` : 'unavailable'} [${result.onnxDetail}] | ` +
      `PyTorch ${torch ? `${result.torchPatchesPerS.toFixed(1)} patches/s [${result.torchDetail}]` : 'unavailable'} | ` +
      `ONNX/tfjs ${ratio(result.onnxPatchesPerS, result.tfjsPatchesPerS)}x, ONNX/PyTorch ${ratio(result.onnxPatchesPerS, result.torchPatchesPerS)}x | ` +
      `params ${params.toLocaleString('en')}${torch ? ` (PyTorch ${torch.params === params ? 'same' : `MISMATCH ${torch.params.toLocaleString('en')}`})` : ''} | ` +
      `export ${exportMs.toFixed(0)} ms, ${(bytes.length / 2 ** 20).toFixed(1)} MiB | load ${result.load}`,
  );
  return result;
}

/** One Markdown table of every inference row of the run (patches/s, ratios, load while measured). */
export function printInferenceTable(rows: OnnxBenchResult[]): void {
  if (rows.length === 0) return;
  const f = (v: number, d = 1) => (Number.isFinite(v) ? v.toFixed(d) : '-');
  console.log(
    '\n| inference (patches/s) | batch | TensorFlow.js (WASM, 1 thread) | ONNX Runtime | PyTorch | ONNX Runtime / PyTorch | ONNX Runtime / TensorFlow.js | load (1, 5, 15 min) |',
  );
  console.log('|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(
      `| ${r.label} | ${r.batch} | ${f(r.tfjsPatchesPerS, 2)} | ${f(r.onnxPatchesPerS, 2)} | ${f(r.torchPatchesPerS, 2)} | ` +
        `${f(r.onnxPatchesPerS / r.torchPatchesPerS, 2)}x | ${f(r.onnxPatchesPerS / r.tfjsPatchesPerS, 2)}x | ${r.load} |`,
    );
  }
  const first = rows.find((r) => r.torchDetail);
  console.log(
    `ONNX Runtime: ${rows[0]?.onnxDetail}; PyTorch: ${first?.torchDetail ?? 'unavailable (apt-get install python3-torch)'}`,
  );
}

/**
 * ONNX Runtime rows for `npm run bench:model`: inference patches/s of the exported graph next to
 * TensorFlow.js `predict` on the same model, weights and batch, alternating in one process.
 */
import * as tf from '@tensorflow/tfjs';
import {
  createModel,
  createOnnxPredictor,
  exportOnnx,
  type ModelConfigInput,
  predict,
} from '../src/index.js';

export interface OnnxBenchResult {
  label: string;
  batch: number;
  tfjsPatchesPerS: number;
  /** NaN when ONNX Runtime did not load (the predictor fell back to tfjs). */
  onnxPatchesPerS: number;
  onnxDetail: string;
  exportMs: number;
}

const median = (v: number[]): number => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] as number;

export async function benchOnnxInference(
  label: string,
  config: ModelConfigInput,
  batch: number,
  opts: { reps: number; threads: number },
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
  for (let r = 0; r < opts.reps; r += 1) {
    let s = performance.now();
    predict(model, images);
    tfTimes.push(performance.now() - s);
    if (!onnx) continue;
    s = performance.now();
    await predictor.predict(images);
    onnxTimes.push(performance.now() - s);
  }
  await predictor.dispose();
  images.dispose();
  model.dispose();
  const result: OnnxBenchResult = {
    label,
    batch,
    tfjsPatchesPerS: (batch * 1000) / median(tfTimes),
    onnxPatchesPerS: onnx ? (batch * 1000) / median(onnxTimes) : Number.NaN,
    onnxDetail: predictor.info.fallbackReason ?? predictor.info.detail,
    exportMs,
  };
  console.log(
    `${label} inference, batch ${batch}: tfjs ${result.tfjsPatchesPerS.toFixed(1)} patches/s | ` +
      `ONNX Runtime ${onnx ? `${result.onnxPatchesPerS.toFixed(1)} patches/s` : 'unavailable'} [${result.onnxDetail}] | ` +
      `ONNX/tfjs ${onnx ? (result.onnxPatchesPerS / result.tfjsPatchesPerS).toFixed(2) : '-'}x | ` +
      `export ${exportMs.toFixed(0)} ms, ${(bytes.length / 2 ** 20).toFixed(1)} MiB`,
  );
  return result;
}

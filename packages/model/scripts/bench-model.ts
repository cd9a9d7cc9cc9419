/**
 * npm run bench:model -- ms per training step, inference patches/s, peak RSS and backend for the
 * lite model (width 16, 128x128, batch 8) and the standard full model at the largest size that fits
 * the WASM heap; compares the Conv2DBackpropFilter strategies; runs PyTorch when python3 has torch.
 * Env: BENCH_STEPS (default 5), BENCH_SKIP_STANDARD=1, BENCH_FILTER_GRAD_COMPARE=0.
 */
import { spawnSync } from 'node:child_process';
import * as tf from '@tensorflow/tfjs';
import { registerWasmGradKernels } from '../src/backend/backend-select.js';
import {
  activeBackend,
  collateBatch,
  createModel,
  createTrainer,
  initBackend,
  type ModelConfigInput,
  predict,
} from '../src/index.js';

const steps = Number(process.env.BENCH_STEPS ?? 5);
const peakRssMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);
const median = (v: number[]): number => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] as number;

function randomBatch(n: number, size: number) {
  const px = size * size;
  return Array.from({ length: n }, (_, i) => ({
    image: Float32Array.from({ length: px }, () => Math.random()),
    mask: Float32Array.from({ length: px }, () => (Math.random() > 0.5 ? 1 : 0)),
    pattern: i % 7,
    intensity: i % 2,
  }));
}

interface BenchResult {
  label: string;
  trainMs: number;
  firstStepMs: number;
  inferPatchesPerS: number;
  params: number;
}

function bench(
  label: string,
  config: ModelConfigInput,
  batch: number,
  inferBatch: number,
  nSteps: number,
): BenchResult {
  const model = createModel(config);
  const size = model.config.inputSize;
  const trainer = createTrainer(model, {});
  const hostBatch = collateBatch(randomBatch(batch, size), model.config, null, null);
  const times: number[] = [];
  for (let i = 0; i <= nSteps; i += 1) {
    const t0 = performance.now();
    trainer.step(hostBatch);
    times.push(performance.now() - t0);
  }
  const images = tf.randomUniform([inferBatch, size, size, 1]) as tf.Tensor4D;
  predict(model, images); // warm-up
  const inferTimes: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    const t0 = performance.now();
    predict(model, images);
    inferTimes.push(performance.now() - t0);
  }
  images.dispose();
  trainer.dispose();
  const params = model.paramCount().trainable;
  model.dispose();
  const result = {
    label,
    params,
    firstStepMs: times[0] as number,
    trainMs: median(times.slice(1)),
    inferPatchesPerS: (inferBatch * 1000) / median(inferTimes),
  };
  console.log(
    `${label}: params ${params.toLocaleString('en')} | train step ${result.trainMs.toFixed(0)} ms (first ${result.firstStepMs.toFixed(0)} ms) | ` +
      `inference ${result.inferPatchesPerS.toFixed(1)} patches/s (batch ${inferBatch}) | peak RSS ${peakRssMb()} MB`,
  );
  return result;
}

function pytorchAvailable(): boolean {
  const r = spawnSync('python3', ['-c', 'import torch'], { encoding: 'utf8' });
  return r.status === 0;
}

await initBackend({ log: (m) => console.log(m) });
const backend = activeBackend();
console.log(
  `backend: ${backend?.choice} (tfjs '${backend?.tfBackend}'), node ${process.version}, threads: WASM runs single-threaded under Node`,
);

const lite = bench('lite w16 128x128 batch 8', { variant: 'lite', width: 16, inputSize: 128 }, 8, 8, steps);

if (backend?.choice === 'wasm' && process.env.BENCH_FILTER_GRAD_COMPARE !== '0') {
  // Kernel-level comparison on a decoder-like shape (the whole lite step with dW on the cpu backend
  // takes minutes, so it is not repeated here).
  const timeGrad = (
    which: 'dw' | 'dx',
    xShape: [number, number, number, number],
    k: [number, number, number, number],
  ): number =>
    tf.tidy(() => {
      const x = tf.randomNormal(xShape) as tf.Tensor4D;
      const w = tf.randomNormal(k) as tf.Tensor4D;
      const dy = tf.randomNormal([xShape[0], xShape[1], xShape[2], k[3]]) as tf.Tensor4D;
      const run = () =>
        which === 'dw'
          ? tf.grad((ww: tf.Tensor) =>
              tf
                .conv2d(x, ww as tf.Tensor4D, 1, 'same')
                .mul(dy)
                .sum(),
            )(w)
          : tf.grad((xx: tf.Tensor) =>
              tf
                .conv2d(xx as tf.Tensor4D, w, 1, 'same')
                .mul(dy)
                .sum(),
            )(x);
      (run() as tf.Tensor).dataSync();
      const t0 = performance.now();
      (run() as tf.Tensor).dataSync();
      return performance.now() - t0;
    });
  const shapes: [string, [number, number, number, number], [number, number, number, number]][] = [
    // Small shapes: the cpu backend's dW indexes a TensorBuffer per element and needs ~80 s for
    // 3x3 32->32 on 8x64x64 (measured once; see README).
    ['3x3 16->16 on 4x32x32', [4, 32, 32, 16], [3, 3, 16, 16]],
    ['1x1 32->128 on 4x16x16', [4, 16, 16, 32], [1, 1, 32, 128]],
  ];
  for (const [label, xs, ks] of shapes) {
    const row: string[] = [];
    for (const [name, fg, fi] of [
      ['cpu-delegate dW / stock dx', 'cpu', false],
      ['XNNPACK dW / fast dx', 'conv', true],
    ] as const) {
      registerWasmGradKernels(fg, fi);
      row.push(
        `${name}: dW ${timeGrad('dw', xs, ks).toFixed(0)} ms, dx ${timeGrad('dx', xs, ks).toFixed(0)} ms`,
      );
    }
    console.log(`kernel ${label} (incl. forward): ${row.join(' | ')}`);
  }
  registerWasmGradKernels('conv', true);
}

if (process.env.BENCH_SKIP_STANDARD !== '1') {
  // On WASM (4 GiB heap) 128x128 batch 2 is the largest standard training step that fits; 256x256
  // batch 2 aborts. Native backends can go to 384x384.
  const native = backend?.choice !== 'wasm' && backend?.choice !== 'cpu';
  bench(
    `standard ${native ? '384x384' : '128x128'} batch 2`,
    { variant: 'standard', inputSize: native ? 384 : 128 },
    2,
    2,
    Math.min(steps, 2),
  );
  const model = createModel({ variant: 'standard', inputSize: 384 });
  const img = tf.randomUniform([1, 384, 384, 1]) as tf.Tensor4D;
  predict(model, img);
  const t0 = performance.now();
  predict(model, img);
  console.log(
    `standard 384x384 inference: ${(performance.now() - t0).toFixed(0)} ms per patch | peak RSS ${peakRssMb()} MB`,
  );
  img.dispose();
  model.dispose();
}

if (pytorchAvailable()) {
  console.log('PyTorch found, but the PyTorch peer script is not written yet: no ratio printed.');
} else {
  console.log(
    `PyTorch unavailable (python3 cannot import torch): no tfjs/PyTorch ratio. Stack-notes figure for a similar w16 128x128 net: ~0.71 s per step on 2 threads; tfjs/PyTorch here ~${(lite.trainMs / 710).toFixed(1)}x (different machines/nets, indicative only).`,
  );
}

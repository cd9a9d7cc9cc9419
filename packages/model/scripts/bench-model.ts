/**
 * npm run bench:model -- ms per training step, inference patches/s, peak RSS and backend for the
 * lite model (width 16, 128x128, batch 8) and the standard full model at the largest size that fits
 * the WASM heap; compares the Conv2DBackpropFilter strategies; where python3 (or /usr/bin/python3)
 * imports torch, runs the same lite network in PyTorch (scripts/pytorch-peer.py, same resolved
 * config, 2 threads) alternating with tfjs, and prints tfjs/PyTorch ratios from the same run.
 * A/B of data-parallel training in the same run: every round trains the lite model with 1 thread
 * and with BENCH_THREADS threads (default min(2, available cores); 1 skips it), one after the other,
 * and the summary prints per-round ms/step, medians and the 1-thread/N-thread ratio.
 * Every round also A/B-tests the trainer's default run (lite w8 [1,1,1], 64 px, batch 16).
 * Inference rows (scripts/bench-onnx.ts): lite 128 px (every round), standard 128 px and 384 px are
 * exported to ONNX and timed on onnxruntime-node, tfjs `predict` and the PyTorch peer
 * (`--infer-only`) on the same config and batch; a closing table prints patches/s, the ratio ONNX
 * Runtime / PyTorch (>= 1: as fast or faster) and ONNX Runtime / tfjs, with the load average.
 * Env: BENCH_STEPS (default 5), BENCH_ROUNDS (lite rounds, default 3), BENCH_THREADS,
 * BENCH_SKIP_STANDARD=1, BENCH_STANDARD_TRAIN=0 (standard inference rows only),
 * BENCH_TRAINER_AB=0, BENCH_FILTER_GRAD_COMPARE=0, BENCH_TORCH_THREADS (default 2), BENCH_ONNX=0
 * (skip the inference rows), BENCH_ORT_THREADS (default min(2, available cores)), BENCH_INFER_REPS
 * (timed inference batches per backend, default 3).
 * Last, the scoring job's throughput before (TensorFlow.js) and after (ONNX Runtime): `bench:scoring`
 * on a 2,000-patch pool of the lite model with T = 8 MC-dropout samples, run as a child process
 * (BENCH_SCORING=0 skips it; BENCH_SCORING_PATCHES, BENCH_SCORING_SIZES, default 2000 and 64).
 */
import { spawnSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
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
  resolveModelConfig,
} from '../src/index.js';
import { benchOnnxInference, type OnnxBenchResult, printInferenceTable } from './bench-onnx.js';
import { findTorchPython, runTorchPeer, type TorchResult } from './torch-peer.js';

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
  /** Process CPU time per step (user + system): the work, less sensitive to other processes. */
  trainCpuMs: number;
  firstStepMs: number;
  inferPatchesPerS: number;
  params: number;
}

async function bench(
  label: string,
  config: ModelConfigInput,
  batch: number,
  inferBatch: number,
  nSteps: number,
  threads = 1,
): Promise<BenchResult> {
  const model = createModel(config);
  const size = model.config.inputSize;
  const trainer = createTrainer(model, { threads });
  const hostBatch = collateBatch(randomBatch(batch, size), model.config, null, null);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  // Step 0 (excluded from the medians) also starts the worker threads when threads > 1.
  for (let i = 0; i <= nSteps; i += 1) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await trainer.step(hostBatch);
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpuTimes.push((c.user + c.system) / 1000);
  }
  const images = tf.randomUniform([inferBatch, size, size, 1]) as tf.Tensor4D;
  predict(model, images); // warm-up
  const inferTimes: number[] = [];
  // Inference does not use the trainer's threads: measured in the 1-thread runs only.
  for (let i = 0; i < (threads > 1 ? 0 : 3); i += 1) {
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
    trainCpuMs: median(cpuTimes.slice(1)),
    inferPatchesPerS: inferTimes.length > 0 ? (inferBatch * 1000) / median(inferTimes) : Number.NaN,
  };
  console.log(
    `${label}: params ${params.toLocaleString('en')} | train step ${result.trainMs.toFixed(0)} ms (cpu ${result.trainCpuMs.toFixed(0)} ms all threads, first ${result.firstStepMs.toFixed(0)} ms) | ` +
      `${inferTimes.length > 0 ? `inference ${result.inferPatchesPerS.toFixed(1)} patches/s (batch ${inferBatch}) | ` : ''}peak RSS ${peakRssMb()} MB | load ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
  );
  return result;
}

const spread = (v: number[], digits = 0): string =>
  `median ${median(v).toFixed(digits)} (${Math.min(...v).toFixed(digits)}-${Math.max(...v).toFixed(digits)}, n=${v.length})`;

await initBackend({ log: (m) => console.log(m) });
const backend = activeBackend();
console.log(
  `backend: ${backend?.choice} (tfjs '${backend?.tfBackend}'), node ${process.version}, threads: WASM runs single-threaded under Node`,
);

const liteInput: ModelConfigInput = { variant: 'lite', width: 16, inputSize: 128 };
const liteConfig = resolveModelConfig(liteInput);
const torchPython = findTorchPython();
const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
const threads = Number(process.env.BENCH_THREADS ?? Math.min(2, availableParallelism()));
const liteRuns: BenchResult[] = [];
const parallelRuns: BenchResult[] = [];
const torchRuns: TorchResult[] = [];
const onnxEnabled = process.env.BENCH_ONNX !== '0';
const ortThreads = Number(process.env.BENCH_ORT_THREADS ?? Math.min(2, availableParallelism()));
const onnxLiteRuns: OnnxBenchResult[] = [];
const onnxStandardRuns: OnnxBenchResult[] = [];
const inferReps = Math.max(1, Number(process.env.BENCH_INFER_REPS ?? 3));
// The trainer's default run (run-config defaults: lite w8, [1,1,1], 64 px, batch 16): where
// TRAIN_THREADS' default applies. BENCH_TRAINER_AB=0 skips its A/B.
const trainerInput: ModelConfigInput = { variant: 'lite', width: 8, blocks: [1, 1, 1], inputSize: 64 };
const trainerAb = threads > 1 && process.env.BENCH_TRAINER_AB !== '0';
const trainerRuns: BenchResult[] = [];
const trainerParallelRuns: BenchResult[] = [];
for (let round = 0; round < rounds; round += 1) {
  liteRuns.push(
    await bench(`lite w16 128x128 batch 8 [tfjs ${round + 1}/${rounds}]`, liteInput, 8, 8, steps),
  );
  if (onnxEnabled) {
    onnxLiteRuns.push(
      await benchOnnxInference(`lite w16 128x128 [${round + 1}/${rounds}]`, liteInput, 8, {
        reps: inferReps,
        threads: ortThreads,
        torchPython,
      }),
    );
  }
  if (threads > 1) {
    parallelRuns.push(
      await bench(
        `lite w16 128x128 batch 8 [tfjs, ${threads} threads data-parallel, ${round + 1}/${rounds}]`,
        liteInput,
        8,
        8,
        steps,
        threads,
      ),
    );
  }
  if (trainerAb) {
    const label = `trainer default lite w8 [1,1,1] 64x64 batch 16`;
    trainerRuns.push(await bench(`${label} [1 thread, ${round + 1}/${rounds}]`, trainerInput, 16, 16, steps));
    trainerParallelRuns.push(
      await bench(
        `${label} [${threads} threads, ${round + 1}/${rounds}]`,
        trainerInput,
        16,
        16,
        steps,
        threads,
      ),
    );
  }
  if (torchPython) {
    const t = runTorchPeer(torchPython, liteConfig, { batch: 8, inferBatch: 8, steps });
    if (t) {
      torchRuns.push(t);
      console.log(
        `lite w16 128x128 batch 8 [PyTorch ${t.torch}, ${t.threads} threads, ${round + 1}/${rounds}]: params ${t.params.toLocaleString('en')} | ` +
          `train step ${t.train_ms?.toFixed(0)} ms (first ${t.first_step_ms?.toFixed(0)} ms) | inference ${t.infer_patches_per_s.toFixed(1)} patches/s (batch 8)`,
      );
    }
  }
}
const lite = liteRuns[0] as BenchResult;

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
  if (process.env.BENCH_STANDARD_TRAIN !== '0')
    await bench(
      `standard ${native ? '384x384' : '128x128'} batch 2`,
      { variant: 'standard', inputSize: native ? 384 : 128 },
      2,
      2,
      Math.min(steps, 2),
    );
  if (onnxEnabled) {
    // Each row times tfjs, ONNX Runtime and the PyTorch peer on the same config and batch.
    const onnxOpts = { reps: inferReps, threads: ortThreads, torchPython };
    onnxStandardRuns.push(
      await benchOnnxInference('standard 128x128', { variant: 'standard', inputSize: 128 }, 8, onnxOpts),
    );
    onnxStandardRuns.push(
      await benchOnnxInference('standard 384x384', { variant: 'standard', inputSize: 384 }, 1, {
        ...onnxOpts,
        reps: Math.max(2, inferReps - 1),
      }),
    );
  }
}

const tfTrain = liteRuns.map((r) => r.trainMs);
const tfInfer = liteRuns.map((r) => r.inferPatchesPerS);
console.log(
  `\nlite tfjs (WASM, 1 thread): train ms/step ${spread(tfTrain)}, cpu ms/step ${spread(liteRuns.map((r) => r.trainCpuMs))}, inference patches/s ${spread(tfInfer, 1)}`,
);
if (parallelRuns.length > 0) {
  const parTrain = parallelRuns.map((r) => r.trainMs);
  const perRound = parTrain.map((ms, i) => `${(tfTrain[i] as number).toFixed(0)} vs ${ms.toFixed(0)}`);
  console.log(
    `lite tfjs (WASM, ${threads} threads data-parallel): train ms/step ${spread(parTrain)}, cpu ms/step (all threads) ${spread(parallelRuns.map((r) => r.trainCpuMs))}`,
  );
  console.log(
    `A/B 1 thread vs ${threads} threads, ms/step per round: ${perRound.join(', ')}; ` +
      `speed-up (1-thread / ${threads}-thread) median ${(median(tfTrain) / median(parTrain)).toFixed(2)}x ` +
      `(per round ${parTrain.map((ms, i) => ((tfTrain[i] as number) / ms).toFixed(2)).join(', ')}); ${availableParallelism()} cores, load ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
  );
}
if (trainerRuns.length > 0) {
  const one = trainerRuns.map((r) => r.trainMs);
  const par = trainerParallelRuns.map((r) => r.trainMs);
  console.log(
    `A/B trainer default (lite w8 [1,1,1] 64 px batch 16), ms/step 1 thread ${spread(one)} vs ${threads} threads ${spread(par)}; ` +
      `speed-up median ${(median(one) / median(par)).toFixed(2)}x (per round ${par.map((ms, i) => ((one[i] as number) / ms).toFixed(2)).join(', ')}); ` +
      `cpu ms/step ${spread(trainerRuns.map((r) => r.trainCpuMs))} vs ${spread(trainerParallelRuns.map((r) => r.trainCpuMs))}`,
  );
}
if (onnxLiteRuns.length > 0) {
  const ortLite = onnxLiteRuns.map((r) => r.onnxPatchesPerS);
  const tfLite = onnxLiteRuns.map((r) => r.tfjsPatchesPerS);
  console.log(
    `lite ONNX Runtime (${onnxLiteRuns[0]?.onnxDetail}): inference patches/s ${spread(ortLite, 1)} vs tfjs ${spread(tfLite, 1)} on the same model and batch; ` +
      `ONNX/tfjs ${(median(ortLite) / median(tfLite)).toFixed(2)}x (per round ${onnxLiteRuns.map((r) => (r.onnxPatchesPerS / r.tfjsPatchesPerS).toFixed(2)).join(', ')})`,
  );
}
// Inference, every config of this run: ONNX Runtime / PyTorch >= 1 means as fast or faster.
printInferenceTable([...onnxLiteRuns, ...onnxStandardRuns]);
if (torchRuns.length > 0) {
  const ptTrain = torchRuns.map((r) => r.train_ms ?? Number.NaN);
  const ptInfer = torchRuns.map((r) => r.infer_patches_per_s);
  console.log(
    `lite PyTorch (${torchRuns[0]?.torch}, ${torchRuns[0]?.threads} threads): train ms/step ${spread(ptTrain)}, inference patches/s ${spread(ptInfer, 1)}`,
  );
  const paramsMatch = torchRuns[0]?.params === lite.params;
  console.log(
    `parameter count: tfjs ${lite.params.toLocaleString('en')} vs PyTorch ${torchRuns[0]?.params.toLocaleString('en')} (${paramsMatch ? 'match' : 'MISMATCH'})`,
  );
  const perRound = liteRuns
    .slice(0, torchRuns.length)
    .map((r, i) => r.trainMs / ((torchRuns[i] as TorchResult).train_ms ?? Number.NaN));
  console.log(
    `ratio tfjs/PyTorch: train step ${(median(tfTrain) / median(ptTrain)).toFixed(2)}x (per round ${perRound.map((v) => v.toFixed(2)).join(', ')}), ` +
      `inference time per patch ${(median(ptInfer) / median(tfInfer)).toFixed(2)}x`,
  );
} else {
  console.log(
    `PyTorch unavailable (neither python3 nor /usr/bin/python3 imports torch; Debian: apt-get install python3-torch): no tfjs/PyTorch ratio.`,
  );
}

// The scoring job before and after ONNX Runtime: its own benchmark, in a child process so its
// backends and threads start as the job's do, not as this run left them.
if (process.env.BENCH_SCORING !== '0') {
  const script = fileURLToPath(new URL('../../active-learning/scripts/bench-scoring.ts', import.meta.url));
  const patches = process.env.BENCH_SCORING_PATCHES ?? '2000';
  const sizes = process.env.BENCH_SCORING_SIZES ?? '64';
  console.log(
    `\nscoring job (bench:scoring --patches ${patches} --sizes ${sizes} --T 8), tfjs before, ONNX Runtime after:`,
  );
  spawnSync(
    process.execPath,
    ['--import', 'tsx', script, '--patches', patches, '--sizes', sizes, '--T', '8'],
    { stdio: 'inherit' },
  );
}

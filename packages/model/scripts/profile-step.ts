/**
 * tsx packages/model/scripts/profile-step.ts -- per-kernel time of one lite training step (WASM),
 * aggregated by kernel name. Env: PROFILE_WIDTH (16), PROFILE_SIZE (128), PROFILE_BATCH (8).
 */
import * as tf from '@tensorflow/tfjs';
import { collateBatch, createModel, createTrainer, initBackend } from '../src/index.js';

const width = Number(process.env.PROFILE_WIDTH ?? 16);
const size = Number(process.env.PROFILE_SIZE ?? 128);
const batch = Number(process.env.PROFILE_BATCH ?? 8);
await initBackend({ log: () => {} });
const model = createModel({ variant: 'lite', width, inputSize: size });
const trainer = createTrainer(model, {});
const px = size * size;
const samples = Array.from({ length: batch }, (_, i) => ({
  image: Float32Array.from({ length: px }, () => Math.random()),
  mask: Float32Array.from({ length: px }, () => (Math.random() > 0.5 ? 1 : 0)),
  pattern: i % 7,
  intensity: i % 2,
}));
const hostBatch = collateBatch(samples, model.config, null, null);
await trainer.step(hostBatch);
const t0 = performance.now();
const info = await tf.profile(async () => {
  await trainer.step(hostBatch);
});
const wall = performance.now() - t0;
const byName = new Map<string, { ms: number; n: number }>();
for (const k of info.kernels) {
  const ms = typeof k.kernelTimeMs === 'number' ? k.kernelTimeMs : 0;
  const key = `${k.name}`;
  const e = byName.get(key) ?? { ms: 0, n: 0 };
  e.ms += ms;
  e.n += 1;
  byName.set(key, e);
}
const total = [...byName.values()].reduce((s, e) => s + e.ms, 0);
console.log(
  `wall ${wall.toFixed(0)} ms (profiled), kernel sum ${total.toFixed(0)} ms, ${info.kernels.length} kernels`,
);
for (const [name, e] of [...byName].sort((a, b) => b[1].ms - a[1].ms).slice(0, 25)) {
  console.log(
    `${name.padEnd(28)} ${e.ms.toFixed(1).padStart(8)} ms ${((100 * e.ms) / total).toFixed(1).padStart(5)} %  x${e.n}`,
  );
}
if (process.env.PROFILE_SHAPES) {
  const rows = info.kernels
    .filter((k) => k.name === process.env.PROFILE_SHAPES)
    .map(
      (k) =>
        `${(k.kernelTimeMs as number).toFixed(1)} ms in ${JSON.stringify(k.inputShapes)} out ${JSON.stringify(k.outputShapes)}`,
    );
  console.log(rows.join('\n'));
}
trainer.dispose();
model.dispose();

/**
 * tsx apps/trainer/scripts/measure-segmentation-256.ts -- the cost of segmentation at an input size
 * that can draw an outline, on the WASM backend: a lite model (width SEG_WIDTH, default 8) at
 * SEG_SIZE (256) px, SEG_STEPS training steps at each batch size in SEG_BATCHES (2,4), then the
 * evaluation of 8 patches of 384 px against their native-resolution truth (bilinear upsampling,
 * threshold search). Prints time per step and peak memory (process RSS, WASM heap).
 */
import { prepareImage, prepareMask } from '@hep2/data';
import { collateBatch, createModel, createTrainer, initBackend, predict } from '@hep2/model';
import * as tf from '@tensorflow/tfjs';
import type { LabelledSample } from '../src/features/data/sample-loader';
import { maskEvaluation } from '../src/features/evaluation/evaluate-model';
import { nativeTruthOf } from '../src/features/evaluation/native-truth';

const width = Number(process.env.SEG_WIDTH ?? 8);
const size = Number(process.env.SEG_SIZE ?? 256);
const steps = Number(process.env.SEG_STEPS ?? 5);
const batches = (process.env.SEG_BATCHES ?? '2,4').split(',').map(Number);
const NATIVE = 384;

let peakRss = 0;
const sampleRss = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};
const timer = setInterval(sampleRss, 50);
const info = await initBackend({ order: ['wasm'], log: () => {} });
console.log(`backend ${JSON.stringify(info)}`);

/** A 384 px patch of bright rings (cells with a rim) on a dim background, and its mask. */
function patch(seed: number): { image: Uint8Array; mask: Uint8Array } {
  const image = new Uint8Array(NATIVE * NATIVE);
  const mask = new Uint8Array(NATIVE * NATIVE);
  let s = seed * 9301 + 49297;
  const rnd = () => {
    s = (s * 9301 + 49297) % 233280;
    return s / 233280;
  };
  for (let i = 0; i < image.length; i += 1) image[i] = 10 + Math.floor(rnd() * 8);
  for (let c = 0; c < 12; c += 1) {
    const cx = 30 + rnd() * 324;
    const cy = 30 + rnd() * 324;
    const r = 12 + rnd() * 14;
    for (let y = Math.max(0, Math.floor(cy - r)); y < Math.min(NATIVE, cy + r); y += 1)
      for (let x = Math.max(0, Math.floor(cx - r)); x < Math.min(NATIVE, cx + r); x += 1) {
        const d = Math.hypot(x - cx, y - cy);
        if (d <= r) {
          mask[y * NATIVE + x] = 255;
          image[y * NATIVE + x] = d > r - 3 ? 90 : 40;
        }
      }
  }
  return { image, mask };
}

const model = createModel({ variant: 'lite', width, inputSize: size });
const samples: LabelledSample[] = Array.from({ length: 8 }, (_, i) => {
  const p = patch(i + 1);
  return {
    image: prepareImage(p.image, NATIVE, NATIVE, size, { kind: 'bit-depth', bitDepth: 8 }),
    mask: prepareMask(p.mask, NATIVE, NATIVE, size),
    pattern: i % model.config.patternClasses,
    intensity: i % 2,
    patchId: `p${i}`,
    specimenId: `s${i % 2}`,
    weak: false,
    native:
      nativeTruthOf(
        { width: NATIVE, height: NATIVE, data: p.image },
        { width: NATIVE, height: NATIVE, data: p.mask },
      ) ?? undefined,
  };
});
for (const batch of batches) {
  const trainer = createTrainer(model, {});
  const host = collateBatch(samples.slice(0, batch), model.config, null, null);
  await trainer.step(host); // warm-up (kernel setup)
  const t0 = performance.now();
  for (let k = 0; k < steps; k += 1) {
    await trainer.step(host);
    sampleRss();
  }
  const perStep = (performance.now() - t0) / steps;
  trainer.dispose();
  console.log(
    `lite w${width} ${size}px batch ${batch}: ${(perStep / 1000).toFixed(2)} s/step, ` +
      `${((perStep / 1000 / batch) * 1000).toFixed(0)} ms/patch, tf bytes ${(tf.memory().numBytes / 2 ** 20).toFixed(0)} MiB`,
  );
}
const t1 = performance.now();
const flat = new Float32Array(samples.length * size * size);
for (const [i, s] of samples.entries()) flat.set(s.image, i * size * size);
const x = tf.tensor4d(flat, [samples.length, size, size, 1]);
const out = predict(model, x);
x.dispose();
const m = maskEvaluation(samples, out.maskProbs, size);
sampleRss();
console.log(
  `evaluation of ${samples.length} patches at ${NATIVE}px native: ${((performance.now() - t1) / 1000).toFixed(2)} s; ` +
    `dice ${m?.metrics.dice.toFixed(3)} (t=${m?.metrics.threshold}, ${m?.metrics.resolution}), at 0.5 ${m?.metrics.diceAt05.toFixed(3)}, at input ${m?.metrics.diceAtInput.toFixed(3)}`,
);
const wasm = tf.backend() as unknown as { wasm?: { HEAPU8?: Uint8Array } };
console.log(
  `peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB; WASM heap ${((wasm.wasm?.HEAPU8?.length ?? 0) / 2 ** 20).toFixed(0)} MiB`,
);
clearInterval(timer);
model.dispose();

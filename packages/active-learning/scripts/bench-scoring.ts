/**
 * `npm run bench:scoring`: the scoring job's throughput on TensorFlow.js and on ONNX Runtime in the
 * same run. A pool of --patches (default 2,000) synthetic patches of the lite model at each of
 * --sizes (default 64,128; the trainer's default for specimen-level data is 64) goes through
 * `scoreImagesOn` - what `scorePatches` runs per batch: MC dropout in --mc-dropout mode (heads,
 * the default, or full: the decoder per sample, which stays on tfjs) with --T (default 8) samples,
 * tempered, every uncertainty measure - in batches of --batch (the job's default, 32),
 * on a tfjs predictor and on an ONNX Runtime predictor of the same model. The two alternate batch
 * by batch, so a load swing on a shared machine hits both; the job's database writes and PNG
 * encoding are left out (the same for either backend). Prints patches/s for each, the ratio
 * ONNX Runtime / tfjs, and the largest difference between the two backends' served probabilities.
 *
 * Flags: --patches N, --sizes 64,128, --T N, --mc-dropout heads|full, --batch N, --threads N (ONNX Runtime intra-op
 * threads; default all cores, as the job), --backends (tfjs backends to try, default the
 * trainer's order tfjs-node-gpu,tfjs-node,wasm,cpu).
 */
import { availableParallelism, cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import {
  type BackendChoice,
  createModel,
  createOnnxPredictor,
  createTfjsPredictor,
  type InferencePredictor,
  initBackend,
  type McDropoutMode,
  reseedMcDropout,
} from '@hep2/model';
import { type ScoredPatch, scoreImagesOn } from '../src/scoring/model-scorer';

const { values: args } = parseArgs({
  options: {
    patches: { type: 'string', default: '2000' },
    sizes: { type: 'string', default: '64,128' },
    T: { type: 'string', default: '8' },
    'mc-dropout': { type: 'string', default: 'heads' },
    batch: { type: 'string', default: '32' },
    threads: { type: 'string' },
    backends: { type: 'string', default: 'tfjs-node-gpu,tfjs-node,wasm,cpu' },
  },
});

const positive = (name: string, value: string | undefined): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer (got ${value})`);
  return n;
};
const poolSize = positive('patches', args.patches);
const T = positive('T', args.T);
const batchSize = positive('batch', args.batch);
const threads = args.threads === undefined ? availableParallelism() : positive('threads', args.threads);
const sizes = (args.sizes ?? '').split(',').map((s) => positive('sizes', s));
const temperatures = { pattern: 1.3, intensity: 1.1, mask: 1.5 };
const mode: McDropoutMode = args['mc-dropout'] === 'full' ? 'full' : 'heads';
if (args['mc-dropout'] !== mode)
  throw new Error(`--mc-dropout must be heads or full (got ${args['mc-dropout']})`);

/** A distinct image per batch slot, reused across batches: the cost does not depend on content. */
function syntheticImages(n: number, side: number, seed: number): Float32Array[] {
  let s = seed >>> 0;
  const next = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  return Array.from({ length: n }, () => Float32Array.from({ length: side * side }, next));
}

const maxDiff = (a: ScoredPatch[], b: ScoredPatch[]): number => {
  let m = 0;
  for (const [i, s] of a.entries()) {
    const r = b[i] as ScoredPatch;
    for (const [k, v] of s.patternProbs.entries())
      m = Math.max(m, Math.abs(v - (r.patternProbs[k] as number)));
    for (const [k, v] of s.maskProbs.entries()) m = Math.max(m, Math.abs(v - (r.maskProbs[k] as number)));
  }
  return m;
};

interface Row {
  size: number;
  tfjs: number;
  onnx: number | null;
  detail: string;
}

async function benchSize(side: number): Promise<Row> {
  const model = createModel({ variant: 'lite', inputSize: side });
  const images = syntheticImages(batchSize, side, side);
  const opts = { mcSamples: T, mode, temperatures };
  const tfjs = createTfjsPredictor(model);
  const t0 = performance.now();
  const onnx = await createOnnxPredictor(model, { threads, log: () => {} });
  const setupMs = performance.now() - t0;
  const predictors: InferencePredictor[] = onnx.info.backend === 'onnxruntime' ? [tfjs, onnx] : [tfjs];
  // Warm-up (kernel compilation, ONNX Runtime's memory plan); with the same dropout masks, the
  // served outputs compared.
  const warm: ScoredPatch[][] = [];
  for (const p of predictors) {
    reseedMcDropout(model, 1);
    warm.push(await scoreImagesOn(p, images, opts));
  }
  const parity = warm.length === 2 ? maxDiff(warm[0] as ScoredPatch[], warm[1] as ScoredPatch[]) : null;
  const ms = predictors.map(() => 0);
  let scored = 0;
  const c0 = process.cpuUsage();
  while (scored < poolSize) {
    const n = Math.min(batchSize, poolSize - scored);
    const batch = n === batchSize ? images : images.slice(0, n);
    for (const [k, p] of predictors.entries()) {
      const s = performance.now();
      await scoreImagesOn(p, batch, opts);
      ms[k] = (ms[k] as number) + performance.now() - s;
    }
    scored += n;
  }
  const cpu = process.cpuUsage(c0);
  await onnx.dispose();
  model.dispose();
  const perS = ms.map((m) => (poolSize * 1000) / m);
  const row: Row = {
    size: side,
    tfjs: perS[0] as number,
    onnx: perS.length === 2 ? (perS[1] as number) : null,
    detail: onnx.info.fallbackReason ?? onnx.backendFor(opts).detail,
  };
  console.log(
    `lite ${side} px, ${poolSize} patches, T = ${T} (${mode}), batch ${batchSize}: ` +
      `tfjs ${row.tfjs.toFixed(1)} patches/s (${((ms[0] as number) / 1000).toFixed(1)} s) | ` +
      `ONNX Runtime ${row.onnx === null ? 'unavailable' : `${row.onnx.toFixed(1)} patches/s (${((ms[1] as number) / 1000).toFixed(1)} s)`} ` +
      `[${row.detail}] | ONNX Runtime / tfjs ${row.onnx === null ? '-' : `${(row.onnx / row.tfjs).toFixed(2)}x`} | ` +
      `export + session ${setupMs.toFixed(0)} ms | max |diff| served ${parity === null ? '-' : parity.toExponential(1)} | ` +
      `CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s | load ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
  );
  return row;
}

const backend = await initBackend({
  order: (args.backends ?? '').split(',') as BackendChoice[],
  log: () => {},
});
console.log(
  `bench:scoring on tfjs ${backend.choice} vs onnxruntime-node (${threads} threads); ${availableParallelism()} cores ` +
    `(${cpus()[0]?.model ?? 'unknown'}), node ${process.version}`,
);
const rows: Row[] = [];
for (const side of sizes) rows.push(await benchSize(side));
console.log('\n| lite | patches | T | tfjs patches/s | ONNX Runtime patches/s | ONNX Runtime / tfjs |');
console.log('|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(
    `| ${r.size} px | ${poolSize} | ${T} | ${r.tfjs.toFixed(1)} | ${r.onnx === null ? 'unavailable' : r.onnx.toFixed(1)} | ` +
      `${r.onnx === null ? '-' : `${(r.onnx / r.tfjs).toFixed(2)}x`} |`,
  );
}

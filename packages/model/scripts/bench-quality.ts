/**
 * npm run bench:quality -- the platform's model against a small reference CNN (PyTorch, the kind a
 * lab writes) on the same generated I3A-like cell set, the same specimen split and the same
 * wall-clock training budget; prints both pattern MCAs and accuracies, intensity accuracies on the
 * held-out specimens, the MCA ratio (platform / reference), budgets used, epochs and threads.
 *
 * Data: `generateCellSet` (@hep2/data) renders every specimen as a field with one pattern and one
 * intensity (positive and intermediate alternate; intermediate is genuinely dimmer, with a
 * per-specimen exposure spread), and cuts 78x78 grey crops around whole cells; golgi is rare. The
 * split is by specimen (the last quarter of each pattern's specimens are held out). The crops go to
 * the Python peer as raw pixels (cells.bin) with labels and the split (meta.json) in a temp folder.
 *
 * Platform: the trainer's code path - bit-depth-scaled input (prepareImage) and apps/trainer's
 * resolveRunConfig defaults (imported: lite w8 [1,1,1], batch 16, Adam 3e-3 with a 5 % warm-up and
 * cosine decay, BCE+Dice masks, GradNorm, inverse-frequency class weights, fluorescence
 * augmentation) on `--threads` threads, at 64 px like the reference.
 * The cosine schedule follows the share of the time budget spent (not a step count guessed up front).
 *
 * Options: --seconds 180 (each), --set k=v,... (run-config overrides, experiments), --epochs N
 * (platform: N epochs instead of the budget), --no-reference, --specimens 12 (per pattern; golgi gets 3/8 of it), --cells 40 (per
 * specimen), --input-size 64, --threads min(2, cores), --torch-threads 2, --bit-depth 8, --seed 1.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  displayWindow,
  type GeneratedCellCrop,
  generateCellSet,
  I3A_PATTERNS,
  prepareImage,
  prepareMask,
} from '@hep2/data';
import * as tf from '@tensorflow/tfjs';
import { inputScalesOf } from '../../db/src/specimens/input-scales.js';
import { resolveRunConfig } from '../../training/src/runs/run-config.js';
import {
  classificationMetrics,
  concatFloat32,
  createModel,
  createTrainer,
  DEFAULT_AUGMENT,
  DEFAULT_LR_SCHEDULE,
  type Hep2Model,
  initBackend,
  type LrSchedule,
  NO_AUGMENT,
  predict,
  segmentationMetrics,
  type TrainingSample,
  trainLoop,
} from '../src/index.js';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(v) || v <= 0) throw new Error(`--${name} must be a positive number`);
  return v;
}

const opts = {
  seconds: option('seconds', 180),
  specimens: Math.round(option('specimens', 12)),
  cells: Math.round(option('cells', 40)),
  inputSize: Math.round(option('input-size', 64)),
  threads: Math.round(option('threads', Math.min(2, availableParallelism()))),
  torchThreads: Math.round(option('torch-threads', 2)),
  bitDepth: option('bit-depth', 8) === 16 ? (16 as const) : (8 as const),
  seed: Math.round(option('seed', 1)),
  /** --no-reference: platform only (paired experiments; no ratio). */
  reference: process.argv.includes('--no-reference') ? 0 : 1,
};
/**
 * Experiment overrides of the platform's settings (`--set batchSize=16,learningRate=2e-3`); the
 * benchmark's figures are for the trainer's defaults, i.e. without --set.
 */
const setArg = process.argv.indexOf('--set');
const overrides: Record<string, number | string> = {};
if (setArg >= 0) {
  for (const kv of (process.argv[setArg + 1] ?? '').split(',').filter(Boolean)) {
    const [k, v] = kv.split('=') as [string, string];
    overrides[k] = Number.isFinite(Number(v)) ? Number(v) : v;
  }
}
/** --epochs N (experiments): the platform trains N epochs instead of the time budget. */
const fixedEpochs = process.argv.includes('--epochs') ? option('epochs', 1) : 0;
const num = (k: string, fallback: number) =>
  typeof overrides[k] === 'number' ? (overrides[k] as number) : fallback;

const CROP = 78;
const log = (line: string) => console.log(line);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

/** The first interpreter that imports torch: $BENCH_PYTHON, `python3` on PATH, then Debian's. */
function findTorchPython(): string | null {
  for (const py of [process.env.BENCH_PYTHON, 'python3', '/usr/bin/python3']) {
    if (!py) continue;
    if (spawnSync(py, ['-c', 'import torch'], { encoding: 'utf8' }).status === 0) return py;
  }
  return null;
}

interface Split {
  crops: GeneratedCellCrop[];
  train: number[];
  test: number[];
}

function makeSplit(): Split {
  const golgi = Math.max(2, Math.round((opts.specimens * 3) / 8));
  const perPattern = I3A_PATTERNS.map((p) => (p === 'golgi' ? golgi : opts.specimens));
  const crops = generateCellSet({
    seed: opts.seed,
    specimensPerPattern: perPattern,
    cellsPerSpecimen: opts.cells,
    cropSize: CROP,
    bitDepth: opts.bitDepth,
  });
  // Held out: the last quarter (at least one) of every pattern's specimens.
  const held = new Set<string>();
  I3A_PATTERNS.forEach((p, k) => {
    const n = perPattern[k] as number;
    for (let i = n - Math.max(1, Math.round(n / 4)); i < n; i += 1) held.add(`${opts.seed}-${p}-${i}`);
  });
  const train: number[] = [];
  const test: number[] = [];
  crops.forEach((c, i) => {
    (held.has(c.specimenId) ? test : train).push(i);
  });
  return { crops, train, test };
}

function exportSplit(split: Split, folder: string): void {
  const bytesPer = opts.bitDepth === 16 ? 2 : 1;
  const pixels = new Uint8Array(split.crops.length * CROP * CROP * bytesPer);
  split.crops.forEach((c, i) => {
    const d = c.image.data;
    pixels.set(new Uint8Array(d.buffer, d.byteOffset, d.byteLength), i * CROP * CROP * bytesPer);
  });
  writeFileSync(join(folder, 'cells.bin'), pixels);
  writeFileSync(
    join(folder, 'meta.json'),
    JSON.stringify({
      count: split.crops.length,
      size: CROP,
      bitDepth: opts.bitDepth,
      patternClasses: I3A_PATTERNS.length,
      patterns: I3A_PATTERNS,
      train: split.train,
      test: split.test,
      pattern: split.crops.map((c) => I3A_PATTERNS.indexOf(c.pattern)),
      intensity: split.crops.map((c) => (c.intensity === 'positive' ? 1 : 0)),
      specimen: split.crops.map((c) => c.specimenId),
    }),
  );
}

/**
 * Per-specimen input scales (`--set inputNormalisation=specimen`) as the platform derives them: each
 * crop imported as a specimen of its well's group, its bright level measured as the import does,
 * the rule of @hep2/db/specimens applied. Null for the other normalisations.
 */
function specimenFactors(crops: readonly GeneratedCellCrop[]): ((i: number) => number) | null {
  if (RUN.inputNormalisation !== 'specimen') return null;
  const scales = inputScalesOf(
    crops.map((c, i) => {
      const window = displayWindow(c.image);
      return {
        id: String(i),
        bitDepth: c.image.bitDepth,
        windowHigh: window.max > 0 ? window.high : null,
        group: c.specimenId,
      };
    }),
  );
  return (i) => scales.factor(String(i));
}

/** A crop as the trainer's loader prepares a patch: area resize, bit-depth scale (per specimen). */
function toSample(c: GeneratedCellCrop, factor = 1): TrainingSample {
  const n = opts.inputSize;
  const image = prepareImage(c.image.data, CROP, CROP, n, { kind: 'bit-depth', bitDepth: c.image.bitDepth });
  return {
    image: factor === 1 ? image : image.map((v) => v * factor),
    mask: prepareMask(c.mask.data, CROP, CROP, n),
    pattern: I3A_PATTERNS.indexOf(c.pattern),
    intensity: c.intensity === 'positive' ? 1 : 0,
    specimenId: c.specimenId,
  };
}

interface Outcome {
  patternPred: number[];
  intensityPred: number[];
  seconds: number;
  steps: number;
  epochs: number;
  threads: number;
  params: number;
  extra: string;
}

/**
 * The trainer's own run config: apps/trainer's resolveRunConfig with nothing set but the input size,
 * so the benchmark cannot drift from the trainer's defaults. `--set` overrides run-config fields
 * (batchSize, learningRate, width, weighting, ...) for experiments; `labelSmoothing` and `warmup`
 * (the cosine schedule's warm-up share) act on the model library's train config.
 */
const runOverrides = Object.fromEntries(
  Object.entries(overrides).filter(([k]) => k !== 'labelSmoothing' && k !== 'warmup'),
);
const RUN = resolveRunConfig({ inputSize: opts.inputSize, ...runOverrides });
const P = {
  width: RUN.width ?? 8,
  blocks: RUN.blocks ?? [1, 1, 1],
  batchSize: RUN.batchSize,
  labelSmoothing: num('labelSmoothing', 0),
  /** < 0: the schedule's own default. */
  warmup: num('warmup', -1),
};

async function trainPlatform(train: TrainingSample[], test: TrainingSample[]): Promise<Outcome> {
  const model = createModel({
    variant: RUN.variant,
    inputSize: RUN.inputSize,
    width: P.width,
    blocks: P.blocks,
    patternClasses: I3A_PATTERNS.length,
    intensityLevels: 2,
    inputNormalisation: RUN.inputNormalisation,
    inputGain: RUN.inputGain,
    seed: RUN.seed,
  });
  // As apps/trainer run-training.ts maps the run config onto the model library's train config.
  const schedule: LrSchedule = RUN.lrSchedule === 'cosine' ? DEFAULT_LR_SCHEDULE : { kind: 'constant' };
  const trainer = createTrainer(model, {
    learningRate: RUN.learningRate,
    batchSize: RUN.batchSize,
    maskLoss: RUN.maskLoss,
    weighting:
      RUN.weighting === 'gradnorm' ? { kind: 'gradnorm', alpha: RUN.gradNormAlpha } : { kind: RUN.weighting },
    ...(P.labelSmoothing > 0 ? { labelSmoothing: P.labelSmoothing } : {}),
    augment: RUN.augment ? { ...DEFAULT_AUGMENT, noiseStd: RUN.augmentNoise } : NO_AUGMENT,
    classBalance: RUN.classBalance,
    lrSchedule:
      P.warmup >= 0 && schedule.kind === 'cosine' ? { ...schedule, warmupFraction: P.warmup } : schedule,
    seed: RUN.seed,
    threads: opts.threads,
  });
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  if (fixedEpochs > 0) {
    // Experiments: a fixed number of epochs on one cosine schedule (as a trainer run), no time budget:
    // the figures then do not depend on the machine's load (seeded), the time is reported.
    const h = await trainLoop(trainer, train, { epochs: fixedEpochs });
    const seconds = elapsed();
    trainer.dispose();
    const out = evaluatePlatform(model, test);
    const params = model.paramCount().trainable;
    model.dispose();
    return {
      patternPred: out.patternPred,
      intensityPred: out.intensityPred,
      seconds,
      steps: h.steps,
      epochs: fixedEpochs,
      threads: opts.threads,
      params,
      extra: `mask Dice ${out.dice.toFixed(3)}; fixed ${fixedEpochs} epochs (--epochs)`,
    };
  }
  // One run on the wall clock: the cosine schedule is indexed by the share of the budget spent
  // (schedulePosition), so it ends with the budget whatever the load does to the step time. (It
  // used to be sized from a few calibration steps, with SGDR-style warm restarts when a round ended
  // early: a restart near the end jumped back to the base rate and left a short, noisy last cycle.)
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), opts.seconds * 1000);
  const last = await trainLoop(trainer, train, {
    epochs: 100_000,
    signal: deadline.signal,
    schedulePosition: () => elapsed() / opts.seconds,
  });
  clearTimeout(timer);
  const seconds = elapsed();
  const steps = last.steps;
  trainer.dispose();
  const out = evaluatePlatform(model, test);
  const params = model.paramCount().trainable;
  model.dispose();
  return {
    patternPred: out.patternPred,
    intensityPred: out.intensityPred,
    seconds,
    steps,
    epochs: (steps * P.batchSize) / train.length,
    threads: opts.threads,
    params,
    extra: `mask Dice ${out.dice.toFixed(3)}; cosine schedule over the time budget; class weights ${fmtWeights(last.classWeights.pattern)}`,
  };
}

const fmtWeights = (w?: number[]) => (w ? `[${w.map((v) => v.toFixed(2)).join(', ')}]` : 'none');

function evaluatePlatform(
  model: Hep2Model,
  test: TrainingSample[],
): { patternPred: number[]; intensityPred: number[]; dice: number } {
  const n = opts.inputSize;
  const patternPred: number[] = [];
  const intensityPred: number[] = [];
  const masks: Float32Array[] = [];
  for (let i = 0; i < test.length; i += 32) {
    const batch = test.slice(i, i + 32);
    const x = tf.tensor4d(concatFloat32(batch.map((s) => s.image)), [batch.length, n, n, 1]);
    const p = predict(model, x);
    x.dispose();
    const k = I3A_PATTERNS.length;
    batch.forEach((_, b) => {
      const row = Array.from(p.patternProbs.subarray(b * k, (b + 1) * k));
      patternPred.push(row.indexOf(Math.max(...row)));
      intensityPred.push((p.intensityProbs[b * 2 + 1] as number) > 0.5 ? 1 : 0);
    });
    masks.push(p.maskProbs);
  }
  const dice = segmentationMetrics(
    concatFloat32(masks),
    concatFloat32(test.map((s) => s.mask as Float32Array)),
    n * n,
  ).dice;
  return { patternPred, intensityPred, dice };
}

function trainReference(python: string, folder: string): Outcome | string {
  const script = fileURLToPath(new URL('./reference-cnn-peer.py', import.meta.url));
  const r = spawnSync(
    python,
    [
      script,
      folder,
      '--seconds',
      String(opts.seconds),
      '--threads',
      String(opts.torchThreads),
      '--input-size',
      '64',
      '--seed',
      String(opts.seed),
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (r.status !== 0) return `reference peer failed (${r.status}): ${r.stderr.slice(-800)}`;
  const j = JSON.parse(r.stdout.trim().split('\n').pop() as string) as {
    params: number;
    epochs: number;
    steps: number;
    seconds: number;
    threads: number;
    torch: string;
    pattern_pred: number[];
    intensity_pred: number[];
  };
  return {
    patternPred: j.pattern_pred,
    intensityPred: j.intensity_pred,
    seconds: j.seconds,
    steps: j.steps,
    epochs: j.epochs,
    threads: j.threads,
    params: j.params,
    extra: `PyTorch ${j.torch}, batch 32, 64 px, constant lr 1e-3, no class weights`,
  };
}

function scores(o: Outcome, test: TrainingSample[]) {
  const pattern = classificationMetrics(
    test.map((s) => s.pattern ?? -1),
    o.patternPred,
    I3A_PATTERNS.length,
  );
  const intensity = classificationMetrics(
    test.map((s) => s.intensity ?? -1),
    o.intensityPred,
    2,
  );
  return {
    mca: pattern.meanClassAccuracy,
    acc: pattern.accuracy,
    recall: pattern.perClassRecall,
    intensity: intensity.accuracy,
  };
}

const t0 = performance.now();
log(
  `bench:quality ${JSON.stringify(opts)} overrides ${JSON.stringify(overrides)} | ${availableParallelism()} cores, load ${load()}`,
);
const split = makeSplit();
const specimens = (idx: number[]) => new Set(idx.map((i) => split.crops[i]?.specimenId)).size;
const counts = I3A_PATTERNS.map((p) => split.crops.filter((c) => c.pattern === p).length);
log(
  `data: ${split.crops.length} crops ${CROP}x${CROP} ${opts.bitDepth}-bit from ${specimens([...split.train, ...split.test])} specimens ` +
    `(${I3A_PATTERNS.map((p, k) => `${p} ${counts[k]}`).join(', ')}); train ${split.train.length} cells / ${specimens(split.train)} specimens, ` +
    `test ${split.test.length} cells / ${specimens(split.test)} specimens; generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);
const folder = mkdtempSync(join(tmpdir(), 'bench-quality-'));
exportSplit(split, folder);
const factorOf = specimenFactors(split.crops);
const sampleOf = (i: number) => toSample(split.crops[i] as GeneratedCellCrop, factorOf?.(i) ?? 1);
const trainSamples = split.train.map(sampleOf);
const testSamples = split.test.map(sampleOf);

const backend = await initBackend({ log: () => {} });
log(
  `platform: backend ${backend.choice} (tfjs ${backend.tfBackend}), ${opts.threads} thread(s), ${opts.seconds} s budget, load ${load()}`,
);
const platform = await trainPlatform(trainSamples, testSamples);
const python = opts.reference ? findTorchPython() : null;
log(
  `reference: ${python ?? 'no python with torch'}, ${opts.torchThreads} thread(s), ${opts.seconds} s budget, load ${load()}`,
);
const reference = !opts.reference
  ? 'skipped (--no-reference)'
  : python
    ? trainReference(python, folder)
    : 'no python3 with torch found (set BENCH_PYTHON)';
rmSync(folder, { recursive: true, force: true });

const p = scores(platform, testSamples);
const fmt = (v: number) => v.toFixed(3);
const recall = (r: (number | null)[]) =>
  r.map((v, k) => `${I3A_PATTERNS[k]} ${v === null ? '-' : v.toFixed(2)}`).join(', ');
log('');
log(
  `platform  (${RUN.variant} w${P.width} [${P.blocks.join(',')}] ${opts.inputSize} px, ${platform.params.toLocaleString('en')} params): pattern MCA ${fmt(p.mca)}, accuracy ${fmt(p.acc)} | intensity accuracy ${fmt(p.intensity)} | ` +
    `${platform.seconds.toFixed(1)} s, ${platform.steps} steps, ${platform.epochs.toFixed(2)} epochs, ${platform.threads} thread(s), ${(platform.steps / platform.seconds).toFixed(2)} steps/s x batch ${P.batchSize}`,
);
log(`          per-class recall: ${recall(p.recall)}; ${platform.extra}`);
if (typeof reference === 'string') {
  log(`reference: ${reference}`);
} else {
  const r = scores(reference, testSamples);
  log(
    `reference (CNN 64 px, ${reference.params.toLocaleString('en')} params): pattern MCA ${fmt(r.mca)}, accuracy ${fmt(r.acc)} | intensity accuracy ${fmt(r.intensity)} | ` +
      `${reference.seconds.toFixed(1)} s, ${reference.steps} steps, ${reference.epochs.toFixed(2)} epochs, ${reference.threads} thread(s), ${(reference.steps / reference.seconds).toFixed(2)} steps/s x batch 32`,
  );
  log(`          per-class recall: ${recall(r.recall)}; ${reference.extra}`);
  log(
    `ratio platform/reference pattern MCA: ${(p.mca / r.mca).toFixed(3)} (target >= 0.98) | intensity accuracy ${fmt(p.intensity)} vs ${fmt(r.intensity)} on ${specimens(split.test)} held-out specimens`,
  );
}
log(
  `total ${((performance.now() - t0) / 1000).toFixed(0)} s, load ${load()} (timings are noisy when other work shares the cores)`,
);

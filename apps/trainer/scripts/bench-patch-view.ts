/**
 * npm run bench:patch-view -- specimen-level patches (384 px tiles of generated 1388x1040
 * specimens, with cell masks) trained two ways with the same network, input size, steps and seed:
 * 'resized' (the whole patch shrunk to the input size, the former default) and 'tiles' (the patch
 * seen at a view size - the run default, 256 px, unless the arm names one - one random window of
 * the input size per patch and step; prediction by overlapping, blended windows). Both are judged on the same held-out specimens with the trainer's own
 * evaluation: mask Dice at native resolution (threshold chosen on the patches, as the registry
 * does), beside the Otsu and all-foreground baselines, pattern MCA and intensity accuracy, and
 * the seconds each arm took to train and to evaluate.
 *
 * Options: --epochs 12, --specimens 3 (per pattern; one of each pattern is held out), --input-size
 * 64, --seed 1, --threads min(2, cores), --arms resized,tiles (an arm may name its view size and
 * epochs: tiles:192:24 is windows of a patch seen at 192 px, trained 24 epochs).
 */
import { availableParallelism, loadavg } from 'node:os';
import {
  cutImagePatch,
  cutMaskPatch,
  type GeneratedSpecimen,
  iterateDataset,
  PATTERN_CLASSES,
  patchGrid,
  prepareImage,
  prepareMask,
} from '@hep2/data';
import {
  createModel,
  createTrainer,
  DEFAULT_AUGMENT,
  DEFAULT_LR_SCHEDULE,
  initBackend,
  type PatchView,
  trainLoop,
} from '@hep2/model';
import { resolveRunConfig, runViewSize } from '@hep2/training';
import type { LabelledSample } from '../src/features/data/sample-loader';
import { evaluateModel } from '../src/features/evaluation/evaluate-model';
import { withEvaluationPredictor } from '../src/features/evaluation/evaluation-predictor';
import { nativeTruthOf } from '../src/features/evaluation/native-truth';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}
const epochs = Number(option('epochs', '12'));
const perPattern = Number(option('specimens', '3'));
const inputSize = Number(option('input-size', '64'));
const seed = Number(option('seed', '1'));
const threads = Number(option('threads', String(Math.min(2, availableParallelism()))));
const arms = option('arms', 'resized,tiles')
  .split(',')
  .map((arm) => {
    const [view, size, n] = arm.split(':');
    return {
      patchView: view as PatchView,
      viewSize: size ? Number(size) : undefined,
      epochs: n ? Number(n) : epochs,
    };
  });
const PATCH = 384;

interface Patch {
  specimenId: string;
  pattern: number;
  intensity: number | null;
  image: ReturnType<typeof cutImagePatch>;
  mask: ReturnType<typeof cutMaskPatch>;
}

/** Every 384 px patch of every generated specimen, with its specimen's labels (negative: no intensity). */
function generatePatches(): Patch[] {
  const out: Patch[] = [];
  let made = 0;
  const total = perPattern * PATTERN_CLASSES.length;
  for (const specimen of iterateDataset({ seed, specimens: total }) as Iterable<GeneratedSpecimen>) {
    for (const rect of patchGrid(specimen.image.width, specimen.image.height)) {
      out.push({
        specimenId: specimen.id,
        pattern: PATTERN_CLASSES.indexOf(specimen.pattern),
        intensity: specimen.intensity === 'negative' ? null : specimen.intensity === 'positive' ? 1 : 0,
        image: cutImagePatch(specimen.image, rect),
        mask: cutMaskPatch(specimen.mask, rect),
      });
    }
    made += 1;
    process.stderr.write(`\rgenerating specimens ${made}/${total}`);
  }
  process.stderr.write('\n');
  return out;
}

/** The patches as the trainer's loader gives them to a model that sees them at `side` px. */
function samplesAt(patches: Patch[], side: number, withTruth: boolean): LabelledSample[] {
  return patches.map((p, i) => ({
    image: prepareImage(p.image.data, p.image.width, p.image.height, side, {
      kind: 'bit-depth',
      bitDepth: p.image.bitDepth,
    }),
    mask: prepareMask(p.mask.data, p.mask.width, p.mask.height, side),
    pattern: p.pattern,
    intensity: p.intensity,
    patchId: `p${i}`,
    specimenId: p.specimenId,
    weak: false,
    ...(withTruth ? { native: nativeTruthOf(p.image, p.mask) ?? undefined } : {}),
  }));
}

await initBackend({ order: ['wasm'], log: () => {} });
const patches = generatePatches();
// The last specimen of each pattern is held out (specimen-grouped).
const lastOfPattern = new Map<number, string>();
for (const p of patches) lastOfPattern.set(p.pattern, p.specimenId);
const heldOut = new Set(lastOfPattern.values());
const train = patches.filter((p) => !heldOut.has(p.specimenId));
const test = patches.filter((p) => heldOut.has(p.specimenId));
console.log(
  `${patches.length} patches of ${PATCH} px from ${perPattern * PATTERN_CLASSES.length} specimens; ` +
    `train ${train.length}, held out ${test.length} (${heldOut.size} specimens); ${epochs} epochs at ${inputSize} px, ` +
    `${threads} thread(s), load ${loadavg()[0]?.toFixed(1)}`,
);

const rows: string[] = [];
for (const { patchView, viewSize, epochs } of arms) {
  const config = resolveRunConfig({ epochs, inputSize, patchView, viewSize, seed }, { patchSize: PATCH });
  const side = runViewSize(config);
  const model = createModel({
    variant: config.variant,
    inputSize,
    width: config.width,
    blocks: config.blocks,
    patternClasses: PATTERN_CLASSES.length,
    intensityLevels: 2,
    seed,
    patchView,
    viewSize: side,
  });
  const trainer = createTrainer(model, {
    learningRate: config.learningRate,
    batchSize: config.batchSize,
    epochs,
    maskLoss: config.maskLoss,
    weighting: { kind: 'gradnorm', alpha: config.gradNormAlpha, learningRate: config.taskWeightLearningRate },
    augment: DEFAULT_AUGMENT,
    classBalance: config.classBalance,
    lrSchedule: DEFAULT_LR_SCHEDULE,
    seed,
    threads,
  });
  const t0 = performance.now();
  await trainLoop(trainer, samplesAt(train, side, false), {
    onProgress: (p) =>
      process.stderr.write(
        `\r${patchView}: epoch ${p.epoch}/${epochs} step ${p.stepInEpoch}/${p.stepsPerEpoch}  `,
      ),
  });
  process.stderr.write('\n');
  const trainSeconds = (performance.now() - t0) / 1000;
  trainer.dispose();
  const t1 = performance.now();
  const metrics = await withEvaluationPredictor(model, {}, (predictor) =>
    evaluateModel(model, samplesAt(test, side, true), { predictor }),
  );
  const evalSeconds = (performance.now() - t1) / 1000;
  const seg = metrics.segmentation;
  const base = metrics.baselines?.segmentation;
  rows.push(
    `| ${patchView} | ${side} px view, ${inputSize} px input, ${epochs} epochs | ${seg?.dice.toFixed(3)} (${seg?.resolution}, t=${seg?.threshold}) | ` +
      `${base?.otsu?.dice?.toFixed(3) ?? '-'} | ${base?.allForeground?.dice?.toFixed(3) ?? '-'} | ` +
      `${metrics.pattern?.meanClassAccuracy.toFixed(3)} | ${metrics.intensity?.accuracy.toFixed(3)} | ` +
      `${trainSeconds.toFixed(0)} | ${evalSeconds.toFixed(1)} |`,
  );
  model.dispose();
}
console.log(
  [
    '| view | sizes | mask Dice (native) | Otsu Dice | all-foreground Dice | pattern MCA | intensity acc. | train s | eval s |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n'),
);

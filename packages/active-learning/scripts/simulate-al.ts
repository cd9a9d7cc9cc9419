/**
 * `npm run simulate:al`: the label-efficiency ablation, offline and in memory. The oracle is either
 * the generator (`--dataset generated`, the default: per seed a freshly generated, imbalanced pool
 * of single-cell patches and two test sets) or a dataset's curated labels (`--dataset <slug>`: a
 * lab's own imported set, read through @hep2/db/labels, images from the object store; per seed a
 * new specimen-grouped split into pool and held-out test specimens). A lite network is trained on a
 * random seed set, then, for every arm from a copy of that network, rounds of score -> rank ->
 * "label" -> fine-tune. Arms: random, random + rare quota, uncertainty only, diversity only, the
 * full strategy. Budgets are in label-cost units. Prints, per test set (balanced and natural) and
 * metric, every arm against random: normalised AUC difference and the median cost share to reach
 * random's full-budget value, each with a paired bootstrap interval over seeds. Writes
 * simulation.json, comparisons.csv, curves.csv and one SVG per metric and test set to --out;
 * `--store <slug>` keeps the result on that dataset for the admin's label-efficiency chart.
 *
 * Flags: --dataset generated|<slug>, --seeds N (10), --rounds N (5), --seed-cost C / --round-cost C
 * (cost units; default 24 patches' worth each), --cost pattern=1,intensity=2,mask=10, --label-tasks
 * pattern,intensity,mask (default: all three, or those the dataset's labels have), --strategy NAME
 * (multitask: the "full" arm), --mc-samples T and --mc-dropout heads|full (how the arms score the
 * pool; default the strategy's 8 and heads), --input-size (32 generated, 64 dataset),
 * --initial-steps, --round-steps, --resamples, --store <slug>, --out DIR. Generated only:
 * --pool-specimens, --patches-per-specimen, --test-specimens, --test-patches-per-specimen. Dataset
 * only: --test-share (0.3 of each pattern's specimens), and --pool-specimens /
 * --patches-per-specimen as caps. Connection: as every CLI (DATABASE_URL and S3_*, else the running
 * `npm start`, else embedded services); only opened for --dataset <slug> or --store.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { PatternClass } from '@hep2/data';
import { loadPlatformSettings } from '@hep2/embedded';
import { openPlatform } from '@hep2/embedded/platform';
import { initBackend } from '@hep2/model';
import { runSeed, type SeedRun } from '../src/simulation/al-loop';
import { type ArmComparison, compareArm } from '../src/simulation/arm-report';
import { ARM_NAMES, buildArms } from '../src/simulation/arms';
import type { MetricName } from '../src/simulation/curve-report';
import { loadDatasetOracle } from '../src/simulation/dataset-oracle';
import { buildDatasetWorld } from '../src/simulation/dataset-world';
import {
  LABEL_TASKS,
  type LabelTask,
  parseLabelCost,
  parseLabelTasks,
  patchCost,
} from '../src/simulation/label-cost';
import { comparisonTable } from '../src/simulation/report-table';
import { buildSeedWorld, type SeedWorld, TEST_SETS } from '../src/simulation/seed-world';
import { writeSimulationFiles } from '../src/simulation/simulation-files';
import { simulationRecord, storeSimulation } from '../src/simulation/simulation-record';
import { parseAcquisitionSettings } from '../src/strategies/acquisition-config';

const { values: args } = parseArgs({
  options: {
    dataset: { type: 'string', default: 'generated' },
    seeds: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '5' },
    'seed-cost': { type: 'string' },
    'round-cost': { type: 'string' },
    cost: { type: 'string' },
    'label-tasks': { type: 'string' },
    strategy: { type: 'string', default: 'multitask' },
    'mc-samples': { type: 'string' },
    'mc-dropout': { type: 'string' },
    'input-size': { type: 'string' },
    'pool-specimens': { type: 'string' },
    'patches-per-specimen': { type: 'string' },
    'test-specimens': { type: 'string', default: '24' },
    'test-patches-per-specimen': { type: 'string', default: '6' },
    'test-share': { type: 'string', default: '0.3' },
    'initial-steps': { type: 'string', default: '100' },
    'round-steps': { type: 'string', default: '50' },
    resamples: { type: 'string', default: '10000' },
    store: { type: 'string' },
    out: { type: 'string', default: resolve(import.meta.dirname, '../../../artifacts/active-learning') },
  },
});

const int = (name: string, value: string | undefined, min = 1): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw new Error(`--${name} must be an integer >= ${min} (got ${value})`);
  return n;
};
const optionalInt = (name: string, min = 1) =>
  args[name as keyof typeof args] === undefined
    ? undefined
    : int(name, args[name as keyof typeof args] as string, min);
const log = (line: string) => console.log(line);
const ALL_METRICS: MetricName[] = ['composite', 'patternMca', 'patternAccuracy', 'intensityAccuracy', 'dice'];
const started = performance.now();

const generated = args.dataset === 'generated';
const settings = parseAcquisitionSettings({
  strategy: args.strategy,
  ...(args['mc-samples'] !== undefined ? { mcSamples: int('mc-samples', args['mc-samples']) } : {}),
  ...(args['mc-dropout'] !== undefined ? { mcDropout: args['mc-dropout'] } : {}),
});
// Connected as every CLI connects (a configured deployment, the running npm start, or embedded services).
const platform = !generated || args.store ? await connectAsCli() : null;
async function connectAsCli() {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const connected = await openPlatform(loadPlatformSettings(process.env), log);
  log(`using ${connected.describe}`);
  return connected;
}

try {
  await main();
} finally {
  await platform?.close();
}

async function main() {
  const inputSize = optionalInt('input-size', 8) ?? (generated ? 32 : 64);
  const source = generated ? generatedSource(inputSize) : await datasetSource(inputSize);
  const cost = parseLabelCost(args.cost);
  const labelTasks = args['label-tasks'] ? parseLabelTasks(args['label-tasks']) : source.tasks;
  const perPatch = patchCost(labelTasks, cost);
  const loop = {
    classes: source.classes,
    intensityLevels: source.intensityLevels,
    inputSize,
    width: 4,
    blocks: [1, 1, 1],
    batchSize: 16,
    initialSteps: int('initial-steps', args['initial-steps']),
    roundSteps: int('round-steps', args['round-steps'], 0),
    seedBudget: Number(args['seed-cost'] ?? 24 * perPatch),
    roundBudget: Number(args['round-cost'] ?? 24 * perPatch),
    rounds: int('rounds', args.rounds),
    labelTasks,
    cost,
  };
  const seeds = int('seeds', args.seeds);
  const resamples = int('resamples', args.resamples);
  await initBackend({ order: ['wasm', 'cpu'], log: () => {} });
  const arms = buildArms(settings);
  log(`oracle: ${source.describe}`);
  log(`arms: ${arms.map((a) => `${a.name} (${a.description})`).join('; ')}`);
  log(
    `scoring: ${settings.mcSamples} MC-dropout sample(s), mode ${settings.mcDropout}; input ${inputSize} px`,
  );
  log(
    `label cost ${JSON.stringify(cost)}, tasks per patch ${labelTasks.join('+')} = ${perPatch} units; seed set ${loop.seedBudget}, per round ${loop.roundBudget} units`,
  );

  const runs: SeedRun[] = [];
  for (let seed = 1; seed <= seeds; seed += 1) {
    const t0 = performance.now();
    const w = source.world(seed);
    const perPattern = source.patterns
      .map((p, k) => `${p} ${w.pool.filter((s) => s.pattern === k).length}`)
      .join(', ');
    const specimens = new Set(w.pool.map((s) => s.specimenId)).size;
    log(
      `seed ${seed}: pool ${w.pool.length} patches of ${specimens} specimens (${perPattern}); tests ${w.tests.balanced.length} balanced + ${w.tests.natural.length} natural`,
    );
    runs.push(await runSeed(w, arms, { ...loop, log }));
    log(`  (seed ${seed}: ${((performance.now() - t0) / 1000).toFixed(0)} s)`);
  }

  const metrics = source.metrics;
  const options = { resamples, seed: 1 };
  const comparisons: ArmComparison[] = [];
  for (const testSet of TEST_SETS) {
    for (const metric of metrics) {
      const rows = ARM_NAMES.map((arm) => compareArm(runs, arm, testSet, metric, options));
      comparisons.push(...rows);
      log('');
      for (const line of comparisonTable(
        `${metric}, ${testSet} test set: ${seeds} seeds, paired percentile bootstrap over seeds (${resamples} resamples, 95 %)`,
        rows,
      ))
        log(line);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const interval = { method: 'paired percentile bootstrap over seeds', confidence: 0.95, ...options };
  const record = simulationRecord(runs, metrics, comparisons, {
    oracle: source.oracle,
    labelCost: cost,
    labelTasks,
    settings: { world: source.settings, loop, arms: arms.map((a) => ({ ...a })), interval },
    seconds,
  });
  writeSimulationFiles(args.out, { runs, comparisons, metrics, record });
  if (args.store && platform) {
    const target = await platform.db.dataset.findUnique({
      where: { slug: args.store },
      select: { id: true },
    });
    if (!target) throw new Error(`--store: no dataset with slug "${args.store}"`);
    const id = await storeSimulation(platform.db, target.id, record);
    log(`stored simulation ${id} on dataset ${args.store} (its label-efficiency chart shows it)`);
  }
  log(
    `\nwrote ${args.out}/simulation.json, comparisons.csv, curves.csv and curve-*.svg in ${seconds.toFixed(0)} s`,
  );
}

interface Source {
  oracle: string;
  describe: string;
  patterns: readonly string[];
  classes: number;
  intensityLevels: number;
  tasks: LabelTask[];
  metrics: MetricName[];
  settings: Record<string, unknown>;
  world: (seed: number) => SeedWorld;
}

function generatedSource(inputSize: number): Source {
  const patterns: PatternClass[] = [
    'homogeneous',
    'speckled',
    'nucleolar',
    'centromere',
    'nuclear_membrane',
    'golgi',
  ];
  // Imbalanced like the reference data: the last two patterns are rare (~7 % of specimens each).
  const world = {
    patterns,
    poolWeights: [4, 4, 3, 3, 1, 1],
    poolSpecimens: optionalInt('pool-specimens') ?? 60,
    poolPatchesPerSpecimen: optionalInt('patches-per-specimen') ?? 8,
    testSpecimens: int('test-specimens', args['test-specimens']),
    testPatchesPerSpecimen: int('test-patches-per-specimen', args['test-patches-per-specimen']),
    cropSize: inputSize * 2,
    inputSize,
  };
  return {
    oracle: 'generated',
    describe: 'generated single-cell pools, 6 patterns 4:4:3:3:1:1 (a fresh pool per seed)',
    patterns,
    classes: patterns.length,
    intensityLevels: 2,
    tasks: [...LABEL_TASKS],
    metrics: ALL_METRICS,
    settings: world,
    world: (seed) => buildSeedWorld(seed, world),
  };
}

async function datasetSource(inputSize: number): Promise<Source> {
  if (!platform) throw new Error('unreachable: a dataset oracle needs the platform connection');
  const slug = args.dataset as string;
  const oracle = await loadDatasetOracle(platform.db, platform.store, slug, { inputSize, log });
  const has = {
    pattern: oracle.samples.some((s) => s.pattern !== null),
    intensity: oracle.samples.some((s) => s.intensity !== null),
    mask: oracle.samples.some((s) => s.mask !== null),
  };
  const specimens = new Set(oracle.samples.map((s) => s.specimenId)).size;
  const world = {
    testShare: Number(args['test-share']),
    poolSpecimens: optionalInt('pool-specimens'),
    patchesPerSpecimen: optionalInt('patches-per-specimen'),
  };
  if (!(world.testShare > 0 && world.testShare < 1)) throw new Error('--test-share must be in (0, 1)');
  const tasks = LABEL_TASKS.filter((t) => has[t]);
  return {
    oracle: slug,
    describe: `curated labels of dataset ${slug} (${oracle.name}): ${oracle.samples.length} patches of ${specimens} specimens, labels ${tasks.join(', ')}${oracle.unreadable ? `; ${oracle.unreadable} unreadable patches left out` : ''}; a new specimen split per seed, ${world.testShare} of each pattern's specimens held out`,
    patterns: oracle.patterns,
    classes: oracle.patternClasses,
    intensityLevels: oracle.intensityLevels,
    tasks,
    metrics: ALL_METRICS.filter(
      (m) =>
        m === 'composite' ||
        (m === 'intensityAccuracy' ? has.intensity : m === 'dice' ? has.mask : has.pattern),
    ),
    settings: {
      dataset: slug,
      datasetId: oracle.datasetId,
      patches: oracle.samples.length,
      specimens,
      ...world,
    },
    world: (seed) => buildDatasetWorld(seed, oracle.samples, world),
  };
}

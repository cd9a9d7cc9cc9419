/**
 * `npm run simulate:al`: the label-efficiency ablation, offline and in memory. Per seed a freshly
 * generated, imbalanced pool of single-cell patches (the generator's truth is the oracle) and two
 * test sets (balanced; natural = the pool's imbalance); a lite network trained on a random seed set,
 * then, for every arm from a copy of that network, rounds of score -> rank -> "label" -> fine-tune.
 * Arms: random, random + rare quota, uncertainty only, diversity only, the full strategy. Budgets
 * are in label-cost units. Prints, per test set and metric, every arm against random: normalised
 * AUC difference and the median cost share to reach random's full-budget value, each with a paired
 * bootstrap interval over seeds. Writes simulation.json, comparisons.csv, curves.csv and one SVG per
 * metric and test set to --out.
 *
 * Flags: --seeds N (10), --rounds N (5), --seed-cost C / --round-cost C (cost units; default 24
 * patches' worth each), --cost pattern=1,intensity=2,mask=10, --label-tasks pattern,intensity,mask,
 * --strategy NAME (multitask: the "full" arm), --pool-specimens, --patches-per-specimen,
 * --test-specimens, --test-patches-per-specimen, --initial-steps, --round-steps, --resamples,
 * --dataset generated (the only oracle so far), --store-curves DATASET_ID (store the mean curves as
 * "simulation:<arm>" and "simulation:<arm>:natural" series of that dataset; needs DATABASE_URL).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { PatternClass } from '@hep2/data';
import { createDb } from '@hep2/db';
import { initBackend } from '@hep2/model';
import { runSeed, type SeedRun } from '../src/simulation/al-loop';
import { type ArmComparison, compareArm, summariseArm } from '../src/simulation/arm-report';
import { ARM_NAMES, buildArms } from '../src/simulation/arms';
import { curveChartSvg } from '../src/simulation/curve-chart';
import type { MetricName } from '../src/simulation/curve-report';
import { parseLabelCost, parseLabelTasks, patchCost } from '../src/simulation/label-cost';
import { comparisonTable } from '../src/simulation/report-table';
import { buildSeedWorld, TEST_SETS } from '../src/simulation/seed-world';
import { storeSimulatedCurves } from '../src/simulation/store-curves';
import { parseAcquisitionSettings } from '../src/strategies/acquisition-config';

const { values: args } = parseArgs({
  options: {
    seeds: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '5' },
    'seed-cost': { type: 'string' },
    'round-cost': { type: 'string' },
    cost: { type: 'string' },
    'label-tasks': { type: 'string' },
    strategy: { type: 'string', default: 'multitask' },
    'pool-specimens': { type: 'string', default: '60' },
    'patches-per-specimen': { type: 'string', default: '8' },
    'test-specimens': { type: 'string', default: '24' },
    'test-patches-per-specimen': { type: 'string', default: '6' },
    'initial-steps': { type: 'string', default: '100' },
    'round-steps': { type: 'string', default: '50' },
    resamples: { type: 'string', default: '10000' },
    dataset: { type: 'string', default: 'generated' },
    'store-curves': { type: 'string' },
    out: { type: 'string', default: resolve(import.meta.dirname, '../../../artifacts/active-learning') },
  },
});

if (args.dataset !== 'generated') {
  // A lab's curated set as the oracle needs its approved patches decoded from storage (the
  // trainer's sample loader), which this package cannot import yet: see the README.
  throw new Error(`--dataset ${args.dataset}: only the generated dataset is supported so far`);
}

const PATTERNS: PatternClass[] = [
  'homogeneous',
  'speckled',
  'nucleolar',
  'centromere',
  'nuclear_membrane',
  'golgi',
];
// Imbalanced like the reference data: the last two patterns are rare (~7 % of specimens each).
const WEIGHTS = [4, 4, 3, 3, 1, 1];
const cost = parseLabelCost(args.cost);
const labelTasks = parseLabelTasks(args['label-tasks']);
const perPatch = patchCost(labelTasks, cost);
const world = {
  patterns: PATTERNS,
  poolWeights: WEIGHTS,
  poolSpecimens: Number(args['pool-specimens']),
  poolPatchesPerSpecimen: Number(args['patches-per-specimen']),
  testSpecimens: Number(args['test-specimens']),
  testPatchesPerSpecimen: Number(args['test-patches-per-specimen']),
  cropSize: 64,
  inputSize: 32,
};
const loop = {
  classes: PATTERNS.length,
  inputSize: world.inputSize,
  width: 4,
  blocks: [1, 1, 1],
  batchSize: 16,
  initialSteps: Number(args['initial-steps']),
  roundSteps: Number(args['round-steps']),
  seedBudget: Number(args['seed-cost'] ?? 24 * perPatch),
  roundBudget: Number(args['round-cost'] ?? 24 * perPatch),
  rounds: Number(args.rounds),
  labelTasks,
  cost,
};
const seeds = Number(args.seeds);
const resamples = Number(args.resamples);

const log = (line: string) => console.log(line);
const started = performance.now();
await initBackend({ order: ['wasm', 'cpu'], log: () => {} });
const arms = buildArms(parseAcquisitionSettings({ strategy: args.strategy }));
log(`arms: ${arms.map((a) => `${a.name} (${a.description})`).join('; ')}`);
log(
  `label cost ${JSON.stringify(cost)}, tasks per patch ${labelTasks.join('+')} = ${perPatch} units; seed set ${loop.seedBudget}, per round ${loop.roundBudget} units`,
);

const runs: SeedRun[] = [];
for (let seed = 1; seed <= seeds; seed += 1) {
  const t0 = performance.now();
  const w = buildSeedWorld(seed, world);
  const rare = PATTERNS.map((p, k) => `${p} ${w.pool.filter((s) => s.pattern === k).length}`).join(', ');
  log(
    `seed ${seed}: pool ${w.pool.length} patches (${rare}); tests ${w.tests.balanced.length} + ${w.tests.natural.length}`,
  );
  runs.push(await runSeed(w, arms, { ...loop, log }));
  log(`  (seed ${seed}: ${((performance.now() - t0) / 1000).toFixed(0)} s)`);
}

const metrics: MetricName[] = ['composite', 'patternMca', 'patternAccuracy', 'intensityAccuracy', 'dice'];
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

mkdirSync(args.out, { recursive: true });
const colours = ['#1f77b4', '#9467bd', '#ff7f0e', '#2ca02c', '#d62728'];
for (const testSet of TEST_SETS) {
  for (const metric of metrics) {
    const svg = curveChartSvg(
      `${metric}, ${testSet} test set (${seeds} seeds, mean +- sd)`,
      metric,
      ARM_NAMES.map((arm, k) => ({
        name: arm,
        color: colours[k] as string,
        summary: summariseArm(runs, arm, testSet, metric),
      })),
    );
    writeFileSync(join(args.out, `curve-${testSet}-${metric}.svg`), svg);
  }
}
const csv = (rows: (string | number)[][]) => `${rows.map((r) => r.join(',')).join('\n')}\n`;
writeFileSync(
  join(args.out, 'comparisons.csv'),
  csv([
    [
      'testSet',
      'metric',
      'arm',
      'aucMean',
      'aucDiff',
      'aucDiffLow',
      'aucDiffHigh',
      'costRatioMedian',
      'costRatioLow',
      'costRatioHigh',
      'reached',
      'seeds',
    ],
    ...comparisons.map((c) => [
      c.testSet,
      c.metric,
      c.arm,
      c.aucArm.reduce((a, b) => a + b, 0) / c.aucArm.length,
      c.aucDifference?.estimate ?? '',
      c.aucDifference?.lower ?? '',
      c.aucDifference?.upper ?? '',
      c.costRatioMedian?.estimate ?? '',
      c.costRatioMedian?.lower ?? '',
      c.costRatioMedian?.upper ?? '',
      c.reached,
      c.costRatio.length,
    ]),
  ]),
);
writeFileSync(
  join(args.out, 'curves.csv'),
  csv([
    ['seed', 'arm', 'labels', 'cost', 'testSet', ...metrics],
    ...runs.flatMap((r) =>
      r.arms.flatMap((a) =>
        a.curve.flatMap((p) =>
          TEST_SETS.map((t) => [
            r.seed,
            a.arm,
            p.labels,
            p.cost,
            t,
            ...metrics.map((m) => p.byTestSet[t][m]),
          ]),
        ),
      ),
    ),
  ]),
);
const seconds = (performance.now() - started) / 1000;
writeFileSync(
  join(args.out, 'simulation.json'),
  JSON.stringify(
    {
      world,
      loop,
      arms: arms.map((a) => ({
        name: a.name,
        description: a.description,
        selectors: a.selectors,
        settings: a.settings,
      })),
      interval: { method: 'paired percentile bootstrap over seeds', confidence: 0.95, ...options },
      runs,
      comparisons,
      seconds,
      at: new Date().toISOString(),
    },
    (_, v) => (v === Number.POSITIVE_INFINITY ? 'not reached' : v),
    2,
  ),
);
if (args['store-curves']) {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('--store-curves needs DATABASE_URL');
  const db = createDb({ connectionString: url, poolSize: 1 });
  const curves = TEST_SETS.flatMap((testSet) =>
    ARM_NAMES.map((arm) => {
      const byMetric = Object.fromEntries(metrics.map((m) => [m, summariseArm(runs, arm, testSet, m)]));
      const name = testSet === 'balanced' ? arm : `${arm}:${testSet}`;
      return { name, byMetric, cost: byMetric.composite?.cost };
    }),
  );
  const n = await storeSimulatedCurves(db, args['store-curves'], curves);
  await db.$disconnect();
  log(`stored ${n} curve points for dataset ${args['store-curves']}`);
}
log(
  `\nwrote ${args.out}/simulation.json, comparisons.csv, curves.csv and curve-*.svg in ${seconds.toFixed(0)} s`,
);

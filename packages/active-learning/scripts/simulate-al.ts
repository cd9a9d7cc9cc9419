/**
 * `npm run simulate:al`: the label-efficiency benchmark, offline and in memory. A synthetic,
 * imbalanced pool of single-cell patches (the generator's truth is the oracle), a lite network
 * trained on a random seed set, then rounds of score -> rank -> "label" -> fine-tune, for the
 * default multi-task strategy and for random sampling, under the same seeds. Prints the curves, the
 * area-under-curve difference and the labels the strategy needs to match random's full budget;
 * writes simulation.json and one SVG chart per metric to artifacts/active-learning/.
 *
 * Flags: --seeds N (default 3), --rounds N (5), --acquire N (24), --seed-labels N (24),
 * --out DIR, --strategy NAME (multitask), --dataset ID (also store the mean curves as
 * LearningCurvePoint series "simulation:<strategy>" / "simulation:random" of that dataset; needs
 * DATABASE_URL).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { PatternClass } from '@hep2/data';
import { createDb } from '@hep2/db';
import { initBackend } from '@hep2/model';
import { type CurvePoint, runActiveLearning } from '../src/simulation/al-loop';
import { curveChartSvg } from '../src/simulation/curve-chart';
import { compare, type MetricName, summarise } from '../src/simulation/curve-report';
import { storeSimulatedCurves } from '../src/simulation/store-curves';
import { buildPool } from '../src/simulation/synthetic-pool';
import { parseAcquisitionSettings } from '../src/strategies/acquisition-config';

const { values: args } = parseArgs({
  options: {
    seeds: { type: 'string', default: '3' },
    rounds: { type: 'string', default: '5' },
    acquire: { type: 'string', default: '24' },
    'seed-labels': { type: 'string', default: '24' },
    strategy: { type: 'string', default: 'multitask' },
    dataset: { type: 'string' },
    out: { type: 'string', default: resolve(import.meta.dirname, '../../../artifacts/active-learning') },
  },
});

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
const setup = {
  patterns: PATTERNS,
  poolSpecimens: 60,
  poolPatchesPerSpecimen: 8,
  testSpecimens: 24,
  testPatchesPerSpecimen: 6,
  cropSize: 64,
  inputSize: 32,
  width: 4,
  blocks: [1, 1, 1],
  batchSize: 16,
  initialSteps: 100,
  roundSteps: 50,
  seedLabels: Number(args['seed-labels']),
  acquire: Number(args.acquire),
  rounds: Number(args.rounds),
  seeds: Number(args.seeds),
};

const log = (line: string) => console.log(line);
const started = performance.now();
await initBackend({ order: ['wasm', 'cpu'], log: () => {} });
const pool = buildPool({
  seed: 'al-pool',
  patterns: PATTERNS,
  specimenWeights: WEIGHTS,
  specimens: setup.poolSpecimens,
  patchesPerSpecimen: setup.poolPatchesPerSpecimen,
  cropSize: setup.cropSize,
  inputSize: setup.inputSize,
});
// Held-out specimens, balanced so that mean class accuracy weighs every pattern.
const test = buildPool({
  seed: 'al-test',
  patterns: PATTERNS,
  specimenWeights: PATTERNS.map(() => 1),
  specimens: setup.testSpecimens,
  patchesPerSpecimen: setup.testPatchesPerSpecimen,
  cropSize: setup.cropSize,
  inputSize: setup.inputSize,
});
log(
  `pool ${pool.length} patches / ${setup.poolSpecimens} specimens, test ${test.length} patches; per pattern in pool: ${PATTERNS.map((p, k) => `${p} ${pool.filter((s) => s.pattern === k).length}`).join(', ')}`,
);

const active = parseAcquisitionSettings({ strategy: args.strategy });
const random = parseAcquisitionSettings({ strategy: 'random' });
const runs: Record<'active' | 'random', CurvePoint[][]> = { active: [], random: [] };
for (let seed = 1; seed <= setup.seeds; seed += 1) {
  for (const [key, settings] of [
    ['active', active],
    ['random', random],
  ] as const) {
    const t0 = performance.now();
    const curve = await runActiveLearning(pool, test, {
      ...setup,
      seed,
      classes: PATTERNS.length,
      settings,
      log,
    });
    runs[key].push(curve);
    log(`  (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
  }
}

const metrics: MetricName[] = ['patternAccuracy', 'patternMca', 'intensityAccuracy', 'dice', 'composite'];
const fmt = (m: number, s: number) => `${m.toFixed(3)} +- ${s.toFixed(3)}`;
const report = metrics.map((metric) => {
  const a = summarise(runs.active, metric);
  const r = summarise(runs.random, metric);
  log(`\n${metric} (mean +- sd over ${setup.seeds} seeds)`);
  log(`labels | ${active.strategy.padEnd(16)} | random`);
  for (const [i, l] of a.labels.entries()) {
    const left = fmt(a.mean[i] as number, a.sd[i] as number).padEnd(16);
    log(`${String(l).padStart(6)} | ${left} | ${fmt(r.mean[i] as number, r.sd[i] as number)}`);
  }
  const c = compare(runs.active, runs.random, metric);
  const ratio = c.labelRatio;
  log(
    `AUC (normalised) ${active.strategy} ${fmt(c.aucActive.mean, c.aucActive.sd)} vs random ${fmt(c.aucRandom.mean, c.aucRandom.sd)}; difference ${fmt(c.aucDifference.mean, c.aucDifference.sd)} (per seed ${c.aucDifference.perSeed.map((d) => d.toFixed(3)).join(', ')})`,
  );
  log(
    `labels to reach random's full-budget value, as a share of that budget: per seed ${ratio.perSeed.map((v) => (v === null ? 'not reached' : v.toFixed(2))).join(', ')}${ratio.mean === null ? '' : `; mean ${ratio.mean.toFixed(2)}${ratio.sd === null ? '' : ` +- ${ratio.sd.toFixed(2)}`} over ${ratio.reachedIn} seed(s)`}`,
  );
  return { metric, active: a, random: r, comparison: c };
});

mkdirSync(args.out, { recursive: true });
for (const r of report) {
  const svg = curveChartSvg(
    `${r.metric}: ${active.strategy} vs random (${setup.seeds} seeds, mean +- sd)`,
    r.metric,
    [
      { name: active.strategy, color: '#d62728', summary: r.active },
      { name: 'random', color: '#1f77b4', summary: r.random },
    ],
  );
  writeFileSync(join(args.out, `curve-${r.metric}.svg`), svg);
}
const seconds = (performance.now() - started) / 1000;
writeFileSync(
  join(args.out, 'simulation.json'),
  JSON.stringify(
    { setup, settings: { active, random }, runs, report, seconds, at: new Date().toISOString() },
    null,
    2,
  ),
);
if (args.dataset) {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('--dataset needs DATABASE_URL');
  const db = createDb({ connectionString: url, poolSize: 1 });
  const byMetric = (key: 'active' | 'random') => Object.fromEntries(report.map((r) => [r.metric, r[key]]));
  const n = await storeSimulatedCurves(db, args.dataset, [
    { name: active.strategy, byMetric: byMetric('active') },
    { name: 'random', byMetric: byMetric('random') },
  ]);
  await db.$disconnect();
  log(`stored ${n} curve points for dataset ${args.dataset}`);
}
log(`\nwrote ${args.out}/simulation.json and curve-*.svg in ${seconds.toFixed(0)} s`);

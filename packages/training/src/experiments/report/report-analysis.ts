import type { EvaluationMetrics, SpecimenScore } from '../../evaluation/evaluation-types';
import type { ExperimentSetting } from '../experiment-grid';
import type { FoldPlan } from '../fold-plan';
import { pairedBootstrapInterval, twoWayRepeatedAnova } from '../stats';
import { REPORT_METRICS } from './report-metrics';
import type { IntervalRow, MainEffectRow, SummaryRow, WeightDrift } from './report-types';

const FACTOR_NAMES = { A: 'mask loss', B: 'weighting', 'A x B': 'mask loss x weighting' } as const;

const weightingKey = (s: ExperimentSetting) =>
  s.weighting.kind === 'gradnorm' ? `gradnorm-${s.weighting.alpha}` : s.weighting.kind;
const variantKey = (s: ExperimentSetting) => s.key.split('|')[2] ?? '';

/**
 * The primary answer: per model variant and metric, a two-way repeated-measures ANOVA of the
 * per-fold scores with mask loss and weighting as crossed factors and the fold as block.
 */
export function mainEffects(settings: ExperimentSetting[], summary: SummaryRow[]): MainEffectRow[] {
  const rows: MainEffectRow[] = [];
  const variants = [...new Set(settings.map(variantKey))];
  const losses = [...new Set(settings.map((s) => s.maskLoss))];
  const weightings = [...new Set(settings.map(weightingKey))];
  for (const variant of variants)
    for (const metric of REPORT_METRICS) {
      const valuesOf = (loss: string, weighting: string) => {
        const setting = settings.find(
          (s) => variantKey(s) === variant && s.maskLoss === loss && weightingKey(s) === weighting,
        );
        return summary.find((r) => r.setting === setting?.key && r.metric === metric.key)?.values ?? [];
      };
      const cube = losses.map((loss) => weightings.map((w) => valuesOf(loss, w)));
      const anova = twoWayRepeatedAnova(cube);
      if (!anova) continue;
      for (const e of anova.effects) {
        const levels = e.effect === 'A' ? losses : e.effect === 'B' ? weightings : [];
        rows.push({
          variant,
          metric: metric.key,
          factor: FACTOR_NAMES[e.effect],
          levelMeans: Object.fromEntries(
            levels.map((level, i) => [
              level,
              levelMean(cube, e.effect === 'A' ? i : null, e.effect === 'B' ? i : null),
            ]),
          ),
          blocks: anova.blocks,
          blocksDropped: anova.blocksDropped,
          df: e.df,
          dfError: e.dfError,
          f: e.f,
          p: e.p,
          epsilon: e.epsilon,
          pGreenhouseGeisser: e.pGreenhouseGeisser,
          partialEtaSquared: e.partialEtaSquared,
          generalizedEtaSquared: e.generalizedEtaSquared,
        });
      }
    }
  return rows;
}

/** Mean over folds (with a value) of one factor level, the other factor pooled. */
function levelMean(cube: (number | null)[][][], a: number | null, b: number | null): number | null {
  const values = cube
    .filter((_, i) => a === null || i === a)
    .flatMap((row) => row.filter((_, j) => b === null || j === b).flat())
    .filter((v): v is number => v !== null && Number.isFinite(v));
  return values.length > 0 ? values.reduce((s, v) => s + v, 0) / values.length : null;
}

/** nTest / nTrain of one k-fold split, averaged over the folds of the first repeat (specimens). */
export function testToTrainRatio(plan: FoldPlan): number {
  const first = plan.folds.slice(0, plan.k);
  const total = first.reduce((s, f) => s + f.length, 0);
  const ratios = first.map((f) => f.length / Math.max(1, total - f.length));
  return ratios.reduce((s, r) => s + r, 0) / Math.max(1, ratios.length);
}

const SPECIMEN_SCORES = [
  { key: 'specimenDice', label: 'Dice per specimen', get: (s: SpecimenScore) => s.dice },
  {
    key: 'specimenPatternCorrect',
    label: 'pattern right per specimen',
    get: (s: SpecimenScore) => s.pattern,
  },
  {
    key: 'specimenIntensityCorrect',
    label: 'intensity right per specimen',
    get: (s: SpecimenScore) => s.intensity,
  },
] as const;

/**
 * Per-specimen paired bootstrap intervals of each pair of settings' difference: a specimen's score
 * under a setting is its mean over the repeats (every specimen is validated once per repeat).
 */
export function specimenIntervals(
  settings: ExperimentSetting[],
  metricsOf: (setting: string) => EvaluationMetrics[],
  seed: number,
): IntervalRow[] {
  const scores = new Map(settings.map((s) => [s.key, specimenMeans(metricsOf(s.key))]));
  const rows: IntervalRow[] = [];
  for (const score of SPECIMEN_SCORES)
    settings.forEach((a, i) => {
      for (const b of settings.slice(i + 1)) {
        const sa = scores.get(a.key) ?? new Map();
        const sb = scores.get(b.key) ?? new Map();
        const ids = [...sa.keys()].filter((id) => sb.has(id)).sort();
        const pick = (m: Map<string, Record<string, number | null>>) =>
          ids.map((id) => m.get(id)?.[score.key] ?? null);
        const ci = pairedBootstrapInterval(pick(sa), pick(sb), { resamples: 2000, seed });
        if (ci)
          rows.push({
            metric: score.key,
            a: a.key,
            b: b.key,
            specimens: ci.n,
            meanDifference: ci.estimate,
            lower: ci.lower,
            upper: ci.upper,
            confidence: ci.confidence,
            resamples: ci.resamples,
            excludesZero: ci.lower > 0 || ci.upper < 0,
          });
      }
    });
  return rows;
}

function specimenMeans(runs: EvaluationMetrics[]): Map<string, Record<string, number | null>> {
  const sums = new Map<string, Record<string, { sum: number; n: number }>>();
  for (const m of runs)
    for (const s of m.perSpecimen ?? []) {
      const entry = sums.get(s.id) ?? {};
      for (const score of SPECIMEN_SCORES) {
        const v = score.get(s);
        if (v === null) continue;
        const acc = entry[score.key] ?? { sum: 0, n: 0 };
        entry[score.key] = { sum: acc.sum + v, n: acc.n + 1 };
      }
      sums.set(s.id, entry);
    }
  return new Map(
    [...sums.entries()].map(([id, entry]) => [
      id,
      Object.fromEntries(
        SPECIMEN_SCORES.map((score) => {
          const acc = entry[score.key];
          return [score.key, acc ? acc.sum / acc.n : null];
        }),
      ),
    ]),
  );
}

/**
 * Task weights at the start (every weighting starts at 1: GradNorm w = 1, fixed 1, uncertainty
 * exp(-0)) and after the last stored epoch, and the largest move of any task.
 */
export function weightDrift(
  epochs: { epoch: number; taskWeights: Record<string, number | null> }[],
): WeightDrift | null {
  const last = [...epochs].sort((a, b) => b.epoch - a.epoch)[0];
  if (!last) return null;
  const tasks = Object.keys(last.taskWeights).filter((t) => last.taskWeights[t] !== null);
  const end = Object.fromEntries(tasks.map((t) => [t, last.taskWeights[t] as number]));
  const start = Object.fromEntries(tasks.map((t) => [t, 1]));
  const moves = tasks.map((t) => Math.abs((end[t] as number) - 1));
  return { start, end, epoch: last.epoch, maxAbsChange: moves.length > 0 ? Math.max(...moves) : 0 };
}

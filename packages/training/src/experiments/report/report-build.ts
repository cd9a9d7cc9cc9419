import type { EvaluationMetrics } from '../../evaluation/evaluation-types';
import { isSucceeded } from '../experiment-record';
import {
  correctedResampledTTest,
  foldsNeededForHolm,
  holmAdjust,
  mean,
  pairedTTest,
  sampleSd,
  smallestHolmP,
  wilcoxonSignedRank,
} from '../stats';
import { mainEffects, specimenIntervals, testToTrainRatio, weightDrift } from './report-analysis';
import { REPORT_METRICS } from './report-metrics';
import type {
  ComparisonRow,
  ConfusionEntry,
  CurveSeries,
  ExperimentReport,
  ReportInput,
  ReportRunInput,
  RunRecord,
  SummaryRow,
} from './report-types';

const TASKS = ['mask', 'pattern', 'intensity'] as const;

/** The whole report from the experiment's stored runs: pure, deterministic for the same input. */
export function buildExperimentReport(input: ReportInput): ExperimentReport {
  const alpha = input.alpha ?? 0.05;
  // Paired results per comparison: every fold of every repeat.
  const k = input.plan.folds.length;
  const design = designOf(input);
  const used = usedRuns(input.runs);
  const value = (setting: string, fold: number, get: (m: EvaluationMetrics) => number | null) => {
    const m = used.get(`${setting}#${fold}`)?.metrics;
    return m ? get(m) : null;
  };
  const summary: SummaryRow[] = [];
  for (const s of input.settings)
    for (const metric of REPORT_METRICS) {
      const values = input.plan.folds.map((_, f) => value(s.key, f, metric.get));
      const present = values.filter((v): v is number => v !== null);
      summary.push({
        setting: s.key,
        metric: metric.key,
        n: present.length,
        mean: present.length > 0 ? mean(present) : null,
        sd: present.length > 1 ? sampleSd(present) : null,
        values,
      });
    }
  const comparisons = compare(input, summary, alpha, design);
  const minimumP = smallestHolmP(design.family, k);
  const needed = foldsNeededForHolm(design.family, alpha);
  const repeated = design.repeats > 1;
  return {
    version: 1,
    final: input.experiment.status === 'DONE',
    generatedAt: input.generatedAt.toISOString(),
    experiment: { ...input.experiment, createdAt: input.experiment.createdAt.toISOString() },
    method: {
      primaryAnalysis: 'two-way-repeated-measures-anova',
      primaryTest: repeated ? 'corrected-resampled-t' : 'wilcoxon-signed-rank-exact',
      secondaryTest: 'paired-t-test',
      multipleComparisons: 'holm',
      alpha,
      pairs: k,
      k: design.k,
      repeats: design.repeats,
      testToTrainRatio: design.ratio,
      family: design.family,
      minimumPossibleP: minimumP,
      foldsNeededForSignificance: needed,
      canCallDifferences: repeated || minimumP < alpha,
      statement: methodStatement(design, alpha, minimumP, needed),
    },
    settings: input.settings.map((s) => ({ key: s.key, label: s.label, config: { ...s.config } })),
    folds: input.plan.folds.map((specimens, fold) => ({ fold, specimens })),
    metrics: REPORT_METRICS.map(({ key, label, level, primary }) => ({ key, label, level, primary })),
    summary,
    perFold: [...used.values()]
      .sort((a, b) => settingIndex(input, a.cell) - settingIndex(input, b.cell) || a.fold - b.fold)
      .map((r) => ({
        setting: r.cell,
        fold: r.fold,
        runId: r.runId,
        values: Object.fromEntries(REPORT_METRICS.map((m) => [m.key, r.metrics ? m.get(r.metrics) : null])),
      })),
    mainEffects: mainEffects(input.settings, summary),
    comparisons,
    intervals: specimenIntervals(
      input.settings,
      (setting) =>
        [...used.values()].filter((r) => r.cell === setting).flatMap((r) => (r.metrics ? [r.metrics] : [])),
      input.experiment.seed,
    ),
    curves: curves(input, used),
    confusion: confusion(input, used),
    runs: runRecords(input, used),
    missing: input.settings.flatMap((s) =>
      input.plan.folds.flatMap((_, fold) => (used.has(`${s.key}#${fold}`) ? [] : [{ setting: s.key, fold }])),
    ),
  };
}

/** Per cell x fold, the latest attempt that produced a model version. */
function usedRuns(runs: ReportRunInput[]): Map<string, ReportRunInput> {
  const used = new Map<string, ReportRunInput>();
  for (const r of [...runs].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())) {
    if (isSucceeded(r.status) && r.metrics) used.set(`${r.cell}#${r.fold}`, r);
  }
  return used;
}

const settingIndex = (input: ReportInput, key: string) => input.settings.findIndex((s) => s.key === key);

interface Design {
  k: number;
  repeats: number;
  ratio: number;
  /** Pairwise comparisons per metric (Holm's family). */
  family: number;
  settings: number;
}

function designOf(input: ReportInput): Design {
  const repeats = input.plan.repeats ?? 1;
  const settings = input.settings.length;
  return {
    k: input.plan.k ?? input.plan.folds.length / repeats,
    repeats,
    ratio: testToTrainRatio({ ...input.plan, k: input.plan.k ?? input.plan.folds.length }),
    family: (settings * (settings - 1)) / 2,
    settings,
  };
}

function compare(input: ReportInput, summary: SummaryRow[], alpha: number, design: Design): ComparisonRow[] {
  const out: ComparisonRow[] = [];
  for (const metric of REPORT_METRICS) {
    const rows: ComparisonRow[] = [];
    const byKey = new Map(summary.filter((r) => r.metric === metric.key).map((r) => [r.setting, r.values]));
    input.settings.forEach((a, i) => {
      for (const b of input.settings.slice(i + 1)) {
        const va = byKey.get(a.key) ?? [];
        const vb = byKey.get(b.key) ?? [];
        const pairs = va.flatMap((x, f) => (x !== null && vb[f] !== null ? [[x, vb[f] as number]] : []));
        const xs = pairs.map((p) => p[0] as number);
        const ys = pairs.map((p) => p[1] as number);
        const w = pairs.length > 0 ? wilcoxonSignedRank(xs, ys) : null;
        const t = pairs.length > 1 ? pairedTTest(xs, ys) : null;
        const nb = pairs.length > 1 ? correctedResampledTTest(xs, ys, design.ratio) : null;
        rows.push({
          metric: metric.key,
          a: a.key,
          b: b.key,
          n: pairs.length,
          meanDifference: pairs.length > 0 ? mean(xs.map((x, j) => x - (ys[j] as number))) : null,
          wilcoxon: w ? { statistic: w.statistic, p: w.p, pHolm: Number.NaN, minimumP: w.minimumP } : null,
          tTest: t ? { t: t.t, df: t.df, p: t.p, pHolm: Number.NaN } : null,
          correctedT: nb
            ? { t: nb.t, df: nb.df, p: nb.p, pHolm: Number.NaN, correction: nb.correction }
            : null,
          verdict: 'not called',
          note: '',
        });
      }
    });
    const wHolm = holmAdjust(rows.map((r) => r.wilcoxon?.p ?? Number.NaN));
    const tHolm = holmAdjust(rows.map((r) => r.tTest?.p ?? Number.NaN));
    const nbHolm = holmAdjust(rows.map((r) => r.correctedT?.p ?? Number.NaN));
    rows.forEach((r, i) => {
      if (r.wilcoxon) r.wilcoxon.pHolm = wHolm[i] as number;
      if (r.tTest) r.tTest.pHolm = tHolm[i] as number;
      if (r.correctedT) r.correctedT.pHolm = nbHolm[i] as number;
      // Repeated folds are far from independent: the Wilcoxon on them would be liberal.
      const primary = design.repeats > 1 ? r.correctedT : r.wilcoxon;
      const called = primary !== null && primary.pHolm < alpha && (r.meanDifference ?? 0) !== 0;
      r.verdict = called ? ((r.meanDifference as number) > 0 ? 'a higher' : 'b higher') : 'not called';
      r.note =
        design.repeats > 1
          ? repeatedNote(r, alpha, input.plan.folds.length)
          : comparisonNote(r, alpha, input.plan.folds.length);
    });
    out.push(...rows);
  }
  return out;
}

function comparisonNote(r: ComparisonRow, alpha: number, k: number): string {
  if (r.n === 0) return 'no fold with both results';
  if (r.n < k) return `only ${r.n} of ${k} folds have both results`;
  if (r.verdict !== 'not called') return `Wilcoxon exact p (Holm) < ${alpha}`;
  if (r.wilcoxon && r.wilcoxon.minimumP >= alpha) {
    return r.tTest && r.tTest.pHolm < alpha
      ? `t-test alone p < ${alpha}; ${r.n} pairs cannot reach Wilcoxon p < ${alpha}: not called`
      : `${r.n} pairs cannot reach Wilcoxon p < ${alpha}`;
  }
  return r.tTest && r.tTest.pHolm < alpha ? 't-test alone p < alpha: not called' : '';
}

function repeatedNote(r: ComparisonRow, alpha: number, pairs: number): string {
  if (r.n === 0) return 'no fold with both results';
  if (r.n < pairs) return `only ${r.n} of ${pairs} folds have both results`;
  return r.verdict !== 'not called' ? `corrected resampled t p (Holm) < ${alpha}` : '';
}

function methodStatement(d: Design, alpha: number, minimumP: number, needed: number): string[] {
  const n = d.k * d.repeats;
  const folds = d.repeats > 1 ? `${d.k} folds x ${d.repeats} repeats` : `${d.k} folds`;
  return [
    `Unit of analysis: the fold. Every setting is trained once per fold on the same frozen label set, with the same threads and seed, and validated on that fold's held-out specimens (${folds}).`,
    'Primary answer: the main effects. Per model variant and metric, a two-way repeated-measures ANOVA of the per-fold scores with mask loss and task weighting as crossed factors and the fold as block; each effect is tested against its own interaction with the folds, with the Greenhouse-Geisser correction beside it and partial / generalized eta squared as effect sizes. The pairwise table is secondary: it names which settings differ once an effect is there.',
    d.repeats > 1
      ? `Pairwise test: the Nadeau-Bengio corrected resampled t-test over the ${n} folds (variance x (1/${n} + ${d.ratio.toPrecision(3)}), nTest/nTrain in specimens), Holm-adjusted over the ${d.family} pairwise comparisons of each metric; called when the adjusted p is below ${alpha}. Wilcoxon and the plain paired t-test are descriptive here: repeated folds are far from independent.`
      : `Pairwise test: the exact two-sided Wilcoxon signed-rank test on the per-fold differences (zero differences dropped, mid-ranks for ties, exact null distribution), Holm-adjusted over the ${d.family} pairwise comparisons of each metric; called when the adjusted p is below ${alpha}. The paired t-test and the Nadeau-Bengio corrected t-test are reported beside it and never call a difference on their own.`,
    d.repeats > 1
      ? `Limit: the corrected test has no floor, but with nTest/nTrain = ${d.ratio.toPrecision(3)} more repeats shrink its variance only down to that ratio: repeats help little beyond a few.`
      : `Limit: the exact test's smallest two-sided p with n folds is 2/2^n, and Holm multiplies the smallest p by the family size, so the smallest adjusted p any data could give here is min(1, ${d.family} x 2/2^${d.k}) = ${minimumP.toPrecision(3)}. ${minimumP >= alpha ? `This report cannot call any pairwise difference, whatever the data: ${d.family} comparisons need at least ${needed} folds (or fewer settings, or repeats with the corrected t-test). Read the means and intervals as estimates.` : `${needed} folds are the fewest that can call a difference among ${d.settings} settings.`}`,
    "Intervals: per-specimen paired bootstrap (2000 resamples, seeded, percentile) of each pair's difference in per-specimen Dice and specimen-level correctness; a specimen's score is its mean over repeats.",
    'Caveat: folds share most of their training data, so fold results are not independent and the ANOVA and Wilcoxon are somewhat optimistic (Nadeau and Bengio, 2003); a called difference should be confirmed on new data.',
  ];
}

function curves(input: ReportInput, used: Map<string, ReportRunInput>): CurveSeries[] {
  return [...used.values()]
    .sort((a, b) => settingIndex(input, a.cell) - settingIndex(input, b.cell) || a.fold - b.fold)
    .map((r) => {
      const epochs = [...r.epochs].sort((a, b) => a.epoch - b.epoch);
      const pick = (field: 'losses' | 'taskWeights') =>
        Object.fromEntries(
          TASKS.map((t) => [t, epochs.map((e) => e[field]?.[t] ?? null)]),
        ) as CurveSeries['losses'];
      return {
        setting: r.cell,
        fold: r.fold,
        epochs: epochs.map((e) => e.epoch),
        losses: pick('losses'),
        weights: pick('taskWeights'),
      };
    });
}

function confusion(input: ReportInput, used: Map<string, ReportRunInput>): ConfusionEntry[] {
  const out: ConfusionEntry[] = [];
  const heads = [
    {
      head: 'pattern',
      level: 'patch',
      classes: input.classes.pattern,
      get: (m: EvaluationMetrics) => m.pattern?.confusion,
    },
    {
      head: 'pattern',
      level: 'specimen',
      classes: input.classes.pattern,
      get: (m: EvaluationMetrics) => m.specimen.pattern?.averagedPosterior.confusion,
    },
    {
      head: 'intensity',
      level: 'patch',
      classes: input.classes.intensity,
      get: (m: EvaluationMetrics) => m.intensity?.confusion,
    },
    {
      head: 'intensity',
      level: 'specimen',
      classes: input.classes.intensity,
      get: (m: EvaluationMetrics) => m.specimen.intensity?.averagedPosterior.confusion,
    },
  ] as const;
  for (const s of input.settings)
    for (const h of heads) {
      let matrix: number[][] | null = null;
      let folds = 0;
      input.plan.folds.forEach((_, f) => {
        const m = used.get(`${s.key}#${f}`)?.metrics;
        const c = m ? h.get(m) : undefined;
        if (!c) return;
        folds += 1;
        matrix ??= c.map((row) => row.map(() => 0));
        c.forEach((row, i) => {
          row.forEach((v, j) => {
            const target = (matrix as number[][])[i];
            if (target) target[j] = (target[j] ?? 0) + v;
          });
        });
      });
      if (matrix)
        out.push({ setting: s.key, head: h.head, level: h.level, classes: [...h.classes], matrix, folds });
    }
  return out;
}

function runRecords(input: ReportInput, used: Map<string, ReportRunInput>): RunRecord[] {
  const attempts = new Map<string, number>();
  return [...input.runs]
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
    .map((r) => {
      const key = `${r.cell}#${r.fold}`;
      const attempt = (attempts.get(key) ?? 0) + 1;
      attempts.set(key, attempt);
      const env = r.environment as {
        backend?: string;
        hardware?: { cpus?: number; cpuModel?: string; memoryGb?: number; platform?: string; arch?: string };
        codeVersion?: string | null;
        node?: string;
        trainThreads?: number;
      };
      const hw = env.hardware;
      return {
        runId: r.runId,
        setting: r.cell,
        fold: r.fold,
        attempt,
        used: used.get(key)?.runId === r.runId,
        status: r.status,
        error: r.error,
        workerId: r.workerId,
        backend: env.backend ?? null,
        hardware: hw ? `${hw.cpus} x ${hw.cpuModel}, ${hw.memoryGb} GB, ${hw.platform}/${hw.arch}` : null,
        codeVersion: env.codeVersion ?? null,
        node: env.node ?? null,
        seconds: r.startedAt && r.finishedAt ? (r.finishedAt.getTime() - r.startedAt.getTime()) / 1000 : null,
        modelVersionId: r.modelVersionId,
        threads: typeof env.trainThreads === 'number' ? env.trainThreads : null,
        labels: r.samples ? r.samples.train + r.samples.validation - r.samples.weak : null,
        weights: weightDrift(r.epochs),
      };
    })
    .sort(
      (a, b) =>
        settingIndex(input, a.setting) - settingIndex(input, b.setting) ||
        a.fold - b.fold ||
        a.attempt - b.attempt,
    );
}

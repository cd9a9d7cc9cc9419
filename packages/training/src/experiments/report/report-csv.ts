import type { ExperimentReport } from './report-types';

/** Text a spreadsheet would run as a formula (settings and experiments are named by users). */
const FORMULA_START = /^[=+\-@\t\r]/;

const cell = (v: unknown): string => {
  if (v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v))) return '';
  const text = typeof v === 'number' ? String(v) : typeof v === 'string' ? v : JSON.stringify(v);
  // numbers stay numbers (-0.27 is no formula); text gets the leading quote OWASP advises
  const s = typeof v !== 'number' && FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(s) || s !== text ? `"${s.replace(/"/g, '""')}"` : s;
};

export function toCsv(header: string[], rows: unknown[][]): string {
  return `${[header, ...rows].map((r) => r.map(cell).join(',')).join('\n')}\n`;
}

/** The report's tables as CSV files (full precision; empty cell = no value). */
export function reportCsvFiles(report: ExperimentReport): Record<string, string> {
  const k = report.folds.length;
  const foldCols = Array.from({ length: k }, (_, f) => `fold${f}`);
  const metric = (key: string) => report.metrics.find((m) => m.key === key);
  return {
    'summary.csv': toCsv(
      ['setting', 'label', 'metric', 'level', 'n', 'mean', 'sd', ...foldCols],
      report.summary.map((r) => [
        r.setting,
        report.settings.find((s) => s.key === r.setting)?.label,
        r.metric,
        metric(r.metric)?.level,
        r.n,
        r.mean,
        r.sd,
        ...r.values,
      ]),
    ),
    'folds.csv': toCsv(
      ['setting', 'fold', 'runId', ...report.metrics.map((m) => m.key)],
      report.perFold.map((r) => [r.setting, r.fold, r.runId, ...report.metrics.map((m) => r.values[m.key])]),
    ),
    'comparisons.csv': toCsv(
      [
        'metric',
        'a',
        'b',
        'n',
        'meanDifference',
        'wilcoxonW',
        'wilcoxonP',
        'wilcoxonPHolm',
        'wilcoxonMinimumP',
        't',
        'df',
        'tP',
        'tPHolm',
        'correctedT',
        'correctedTP',
        'correctedTPHolm',
        'correctedTVarianceFactor',
        'verdict',
        'note',
      ],
      report.comparisons.map((c) => [
        c.metric,
        c.a,
        c.b,
        c.n,
        c.meanDifference,
        c.wilcoxon?.statistic,
        c.wilcoxon?.p,
        c.wilcoxon?.pHolm,
        c.wilcoxon?.minimumP,
        c.tTest?.t,
        c.tTest?.df,
        c.tTest?.p,
        c.tTest?.pHolm,
        c.correctedT?.t,
        c.correctedT?.p,
        c.correctedT?.pHolm,
        c.correctedT?.correction,
        c.verdict,
        c.note,
      ]),
    ),
    'main-effects.csv': toCsv(
      [
        'variant',
        'metric',
        'effect',
        'F',
        'df',
        'dfError',
        'p',
        'epsilon',
        'pGreenhouseGeisser',
        'partialEtaSquared',
        'generalizedEtaSquared',
        'levelMeans',
        'folds',
        'foldsDropped',
      ],
      report.mainEffects.map((r) => [
        r.variant,
        r.metric,
        r.factor,
        r.f,
        r.df,
        r.dfError,
        r.p,
        r.epsilon,
        r.pGreenhouseGeisser,
        r.partialEtaSquared,
        r.generalizedEtaSquared,
        r.levelMeans,
        r.blocks,
        r.blocksDropped,
      ]),
    ),
    'intervals.csv': toCsv(
      [
        'score',
        'a',
        'b',
        'specimens',
        'meanDifference',
        'lower',
        'upper',
        'confidence',
        'resamples',
        'excludesZero',
      ],
      report.intervals.map((r) => [
        r.metric,
        r.a,
        r.b,
        r.specimens,
        r.meanDifference,
        r.lower,
        r.upper,
        r.confidence,
        r.resamples,
        r.excludesZero,
      ]),
    ),
    'runs.csv': toCsv(
      [
        'runId',
        'setting',
        'fold',
        'attempt',
        'used',
        'status',
        'error',
        'workerId',
        'backend',
        'threads',
        'labels',
        'weightsStart',
        'weightsEnd',
        'weightsMaxAbsChange',
        'hardware',
        'codeVersion',
        'node',
        'seconds',
        'modelVersionId',
        'config',
      ],
      report.runs.map((r) => [
        r.runId,
        r.setting,
        r.fold,
        r.attempt,
        r.used,
        r.status,
        r.error,
        r.workerId,
        r.backend,
        r.threads,
        r.labels,
        r.weights?.start,
        r.weights?.end,
        r.weights?.maxAbsChange,
        r.hardware,
        r.codeVersion,
        r.node,
        r.seconds,
        r.modelVersionId,
        report.settings.find((s) => s.key === r.setting)?.config,
      ]),
    ),
  };
}

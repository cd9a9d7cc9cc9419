import type { ExperimentReport, WeightDrift } from './report-types';

const f3 = (v: number | null | undefined) =>
  v === null || v === undefined || !Number.isFinite(v) ? '–' : v.toFixed(3);
const fp = (v: number | null | undefined) =>
  v === null || v === undefined || !Number.isFinite(v) ? '–' : v < 0.001 ? v.toExponential(1) : v.toFixed(3);
export const mdTable = (header: string[], rows: string[][]) =>
  [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`),
  ].join('\n');

/** The primary answer: main effects of mask loss and weighting per variant, primary metrics first. */
export function mainEffectsSection(report: ExperimentReport): string[] {
  const out = [
    '## Main effects (primary answer)',
    '',
    `Two-way repeated-measures ANOVA per variant and metric (mask loss x weighting, fold as block). p (GG) = Greenhouse-Geisser corrected; ηp² = partial, ηG² = generalized eta squared. An effect is there when p (GG) < ${report.method.alpha}; all metrics are in main-effects.csv.`,
    '',
  ];
  const label = (key: string) => report.metrics.find((m) => m.key === key)?.label ?? key;
  const primary = new Set(report.metrics.filter((m) => m.primary).map((m) => m.key));
  const rows = report.mainEffects.filter((r) => primary.has(r.metric));
  if (rows.length === 0) return [...out, 'No metric has two complete folds in every cell yet.', ''];
  out.push(
    mdTable(
      ['variant', 'metric', 'effect', 'F', 'df', 'p', 'ε', 'p (GG)', 'ηp²', 'ηG²', 'level means', 'folds'],
      rows.map((r) => [
        r.variant,
        label(r.metric),
        r.factor,
        f3(r.f),
        `${r.df}, ${r.dfError}`,
        fp(r.p),
        f3(r.epsilon),
        fp(r.pGreenhouseGeisser),
        f3(r.partialEtaSquared),
        f3(r.generalizedEtaSquared),
        Object.entries(r.levelMeans)
          .map(([level, v]) => `${level} ${f3(v)}`)
          .join(', '),
        r.blocksDropped > 0 ? `${r.blocks} (${r.blocksDropped} incomplete dropped)` : String(r.blocks),
      ]),
    ),
    '',
  );
  return out;
}

/** Per-specimen paired bootstrap intervals of the pairs whose interval excludes zero (all in CSV). */
export function intervalsSection(report: ExperimentReport, tag: (key: string) => string): string[] {
  const excluding = report.intervals.filter((r) => r.excludesZero);
  const out = [
    '## Per-specimen paired bootstrap intervals',
    '',
    `95 % percentile intervals of mean(a − b) over specimens (2000 seeded resamples). ${excluding.length} of ${report.intervals.length} intervals exclude zero (not adjusted for the number of pairs); all in intervals.csv.`,
    '',
  ];
  if (excluding.length === 0) return out;
  out.push(
    mdTable(
      ['score', 'a', 'b', 'specimens', 'mean a−b', '95 % interval'],
      excluding
        .slice(0, 40)
        .map((r) => [
          r.metric,
          tag(r.a),
          tag(r.b),
          String(r.specimens),
          f3(r.meanDifference),
          `${f3(r.lower)} to ${f3(r.upper)}`,
        ]),
    ),
    '',
  );
  return out;
}

/** "mask 1.000→1.104, pattern 1.000→0.873" */
export function driftText(w: WeightDrift | null): string {
  if (!w) return '–';
  return Object.keys(w.end)
    .map((t) => `${t} ${f3(w.start[t])}→${f3(w.end[t])}`)
    .join(', ');
}

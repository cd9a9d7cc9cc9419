import type { Figure } from './report-figures';
import { settingTag } from './report-figures';
import { driftText, intervalsSection, mainEffectsSection } from './report-markdown-sections';
import type { ComparisonRow, ExperimentReport } from './report-types';

const f3 = (v: number | null | undefined) =>
  v === null || v === undefined || !Number.isFinite(v) ? '–' : v.toFixed(3);
const fp = (v: number | null | undefined) =>
  v === null || v === undefined || !Number.isFinite(v) ? '–' : v < 0.001 ? v.toExponential(1) : v.toFixed(3);
const table = (header: string[], rows: string[][]) =>
  [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`),
  ].join('\n');

/** The report as one Markdown document; figures are linked by their relative file names. */
export function reportMarkdown(report: ExperimentReport, figures: Figure[]): string {
  const tag = (key: string) => settingTag(report, key);
  const e = report.experiment;
  const m = report.method;
  const codes = [...new Set(report.runs.map((r) => r.codeVersion ?? 'unknown'))];
  const backends = [...new Set(report.runs.map((r) => r.backend ?? 'unknown'))];
  const threads = [...new Set(report.runs.map((r) => (r.threads === null ? 'unknown' : String(r.threads))))];
  const out: string[] = [
    `# Experiment report: ${e.name}`,
    '',
    `- Experiment \`${e.id}\`, dataset ${e.datasetName} (\`${e.datasetId}\`)`,
    `- ${e.folds} folds${m.repeats > 1 ? ` x ${m.repeats} repeats` : ''} grouped by specimen, stratified by pattern x intensity, seed ${e.seed}; ${report.settings.length} settings; status **${e.status}**${report.final ? '' : ' (provisional report)'}`,
    `- Label set frozen at creation: ${e.labelCount ? `${e.labelCount} labelled patches` : 'no (created before labels were frozen)'}; threads per run: ${threads.join(', ')}`,
    `- Generated ${report.generatedAt}; code version(s): ${codes.map((c) => `\`${c}\``).join(', ')}; backend(s): ${backends.join(', ')}`,
    '',
    '## Statistical method',
    '',
    `**Primary answer: main effects (two-way repeated-measures ANOVA, fold as block). Pairwise (secondary): ${m.primaryTest === 'corrected-resampled-t' ? 'Nadeau-Bengio corrected resampled t-test' : 'exact Wilcoxon signed-rank (two-sided)'}, Holm-adjusted over ${m.family} pairs; α = ${m.alpha}.**`,
    '',
    ...m.statement.map((s) => `- ${s}`),
    '',
    '## Settings',
    '',
    table(
      ['#', 'setting', 'mask loss', 'weighting', 'variant', 'input', 'epochs', 'batch', 'lr'],
      report.settings.map((s) => {
        const c = s.config as Record<string, unknown>;
        const w = c.weighting === 'gradnorm' ? `gradnorm α=${c.gradNormAlpha}` : String(c.weighting);
        const v =
          c.variant === 'lite' ? `lite w${c.width} [${(c.blocks as number[]).join(',')}]` : String(c.variant);
        return [
          tag(s.key),
          s.label,
          String(c.maskLoss),
          w,
          v,
          `${c.inputSize} px`,
          String(c.epochs),
          String(c.batchSize),
          String(c.learningRate),
        ];
      }),
    ),
    '',
  ];
  for (const level of ['patch', 'specimen'] as const) {
    const metrics = report.metrics.filter((x) => x.level === level);
    out.push(`## Results, ${level} level: mean ± SD over folds (n runs)`, '');
    out.push(
      table(
        ['#', ...metrics.map((x) => x.label)],
        report.settings.map((s) => [
          tag(s.key),
          ...metrics.map((x) => {
            const r = report.summary.find((row) => row.setting === s.key && row.metric === x.key);
            return r && r.n > 0 ? `${f3(r.mean)} ± ${f3(r.sd)} (${r.n})` : '–';
          }),
        ]),
      ),
      '',
    );
  }
  out.push(
    '## Per fold',
    '',
    "Each number is the value stored on that fold's run (ModelVersion.metrics.validation).",
    '',
  );
  out.push(
    table(
      ['#', 'fold', 'run', ...report.metrics.map((x) => x.label)],
      report.perFold.map((r) => [
        tag(r.setting),
        String(r.fold),
        `\`${r.runId.slice(0, 8)}\``,
        ...report.metrics.map((x) => f3(r.values[x.key])),
      ]),
    ),
    '',
  );
  out.push(...mainEffectsSection(report));
  out.push('## Paired comparisons (secondary)', '');
  out.push(
    `Per metric, every pair of settings over the folds where both have a result. W = Wilcoxon statistic (smaller rank sum); t NB = Nadeau-Bengio corrected resampled t; p (Holm) adjusted over the pairs of that metric. Called = primary pairwise test p (Holm) < ${m.alpha}. All metrics and pairs are in comparisons.csv.`,
    '',
  );
  const primary = report.metrics.filter((x) => x.primary);
  for (const metric of primary) {
    let rows = report.comparisons.filter((c) => c.metric === metric.key);
    if (rows.length > 30) {
      const best = bestSetting(report, metric.key);
      rows = rows.filter((c) => c.a === best || c.b === best);
      out.push(`### ${metric.label} (pairs with the best mean, ${tag(best ?? '')}; the rest in CSV)`, '');
    } else out.push(`### ${metric.label}`, '');
    out.push(comparisonTable(rows, tag), '');
  }
  out.push(...intervalsSection(report, tag));
  out.push('## Curves', '');
  for (const fig of figures.filter((x) => /figures\/(loss|weight)-/.test(x.file)))
    out.push(`![${fig.title}](${fig.file})`, '');
  out.push('## Metric distributions', '');
  for (const fig of figures.filter((x) => x.file.startsWith('figures/metric-')))
    out.push(`![${fig.title}](${fig.file})`, '');
  out.push(
    '## Confusion matrices',
    '',
    'Rows = true class, columns = predicted; summed over folds (every specimen is validated once per repeat). Specimen level uses the averaged posterior.',
    '',
  );
  for (const c of report.confusion) {
    out.push(`### ${tag(c.setting)} ${c.head}, ${c.level} level (${c.folds} folds)`, '');
    out.push(
      table(
        ['true \\ predicted', ...c.classes],
        c.matrix.map((row, i) => [c.classes[i] ?? String(i), ...row.map(String)]),
      ),
      '',
    );
    const fig = figures.find(
      (x) => x.file === `figures/confusion-${tag(c.setting)}-${c.head}-${c.level}.svg`,
    );
    if (fig) out.push(`![${fig.title}](${fig.file})`, '');
  }
  out.push('## Runs: configuration, code version, backend, hardware', '');
  out.push(
    table(
      [
        '#',
        'fold',
        'attempt',
        'run',
        'status',
        'used',
        'worker',
        'backend',
        'threads',
        'labels',
        'task weights start→end',
        'hardware',
        'code',
        'node',
        'seconds',
      ],
      report.runs.map((r) => [
        tag(r.setting),
        String(r.fold),
        String(r.attempt),
        `\`${r.runId}\``,
        r.status + (r.error ? ` (${r.error})` : ''),
        r.used ? 'yes' : 'no',
        r.workerId ?? '–',
        r.backend ?? '–',
        r.threads === null ? '–' : String(r.threads),
        r.labels === null ? '–' : String(r.labels),
        driftText(r.weights),
        r.hardware ?? '–',
        r.codeVersion ? `\`${r.codeVersion.slice(0, 12)}\`` : '–',
        r.node ?? '–',
        r.seconds === null ? '–' : r.seconds.toFixed(1),
      ]),
    ),
    '',
  );
  if (report.missing.length > 0) {
    out.push(
      '### Missing results',
      '',
      ...report.missing.map((x) => `- ${tag(x.setting)} fold ${x.fold}: no successful run`),
      '',
    );
  }
  out.push(
    '### Exact run configurations',
    '',
    "Every fold of a setting uses this config plus `validationSpecimenIds` = its fold's specimens (below).",
    '',
  );
  for (const s of report.settings)
    out.push(`${tag(s.key)} \`${s.key}\`:`, '', '```json', JSON.stringify(s.config), '```', '');
  out.push('### Folds (validation specimens)', '');
  for (const fold of report.folds)
    out.push(
      `- fold ${fold.fold} (${fold.specimens.length}): ${fold.specimens.map((id) => `\`${id}\``).join(', ')}`,
    );
  out.push('');
  return out.join('\n');
}

function comparisonTable(rows: ComparisonRow[], tag: (k: string) => string): string {
  return table(
    [
      'a',
      'b',
      'n',
      'mean a−b',
      'W',
      'p Wilcoxon',
      'p (Holm)',
      't',
      'p t-test',
      'p t (Holm)',
      't NB',
      'p NB (Holm)',
      'called',
      'note',
    ],
    rows.map((c) => [
      tag(c.a),
      tag(c.b),
      String(c.n),
      f3(c.meanDifference),
      c.wilcoxon ? String(c.wilcoxon.statistic) : '–',
      fp(c.wilcoxon?.p),
      fp(c.wilcoxon?.pHolm),
      c.tTest ? f3(c.tTest.t) : '–',
      fp(c.tTest?.p),
      fp(c.tTest?.pHolm),
      c.correctedT ? f3(c.correctedT.t) : '–',
      fp(c.correctedT?.pHolm),
      c.verdict === 'not called'
        ? 'no'
        : c.verdict === 'a higher'
          ? `${tag(c.a)} higher`
          : `${tag(c.b)} higher`,
      c.note,
    ]),
  );
}

function bestSetting(report: ExperimentReport, metric: string): string | undefined {
  return report.summary
    .filter((r) => r.metric === metric && r.mean !== null)
    .sort((a, b) => (b.mean as number) - (a.mean as number))[0]?.setting;
}

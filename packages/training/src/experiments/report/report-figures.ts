import type { ExperimentReport } from './report-types';
import { dotPlot, heatmap, lineChart, PALETTE } from './svg-charts';

export interface Figure {
  file: string;
  title: string;
  svg: string;
}

const TASKS = ['mask', 'pattern', 'intensity'] as const;

/** Settings are named s1, s2... in file names (their keys contain '|' and '+'). */
export const settingTag = (report: ExperimentReport, key: string) =>
  `s${report.settings.findIndex((s) => s.key === key) + 1}`;

export function reportFigures(report: ExperimentReport): Figure[] {
  const figures: Figure[] = [];
  const color = (key: string) =>
    PALETTE[report.settings.findIndex((s) => s.key === key) % PALETTE.length] as string;
  const label = (key: string) =>
    `${settingTag(report, key)} ${report.settings.find((s) => s.key === key)?.label ?? key}`;
  for (const field of ['losses', 'weights'] as const)
    for (const task of TASKS) {
      const series = report.settings.flatMap((s) => {
        const folds = report.curves.filter((c) => c.setting === s.key);
        if (folds.length === 0) return [];
        const epochs = [...new Set(folds.flatMap((c) => c.epochs))].sort((a, b) => a - b);
        const meanAt = (e: number) => {
          const vs = folds.flatMap((c) => {
            const v = c[field][task][c.epochs.indexOf(e)];
            return v === null || v === undefined ? [] : [v];
          });
          return vs.length > 0 ? vs.reduce((a, b) => a + b, 0) / vs.length : null;
        };
        return [
          ...folds.map((c) => ({
            name: `${s.key} fold ${c.fold}`,
            color: color(s.key),
            faint: true,
            points: c.epochs.map((e, i) => [e, c[field][task][i] ?? null] as [number, number | null]),
          })),
          {
            name: label(s.key),
            color: color(s.key),
            points: epochs.map((e) => [e, meanAt(e)] as [number, number | null]),
          },
        ];
      });
      const what = field === 'losses' ? 'loss' : 'task weight';
      figures.push({
        file: `figures/${field === 'losses' ? 'loss' : 'weight'}-${task}.svg`,
        title: `${task} ${what} per epoch (mean over folds; folds faint)`,
        svg: lineChart({ title: `${task} ${what} per epoch`, xLabel: 'epoch', yLabel: what, series }),
      });
    }
  for (const metric of report.metrics) {
    const rows = report.summary.filter((r) => r.metric === metric.key);
    if (rows.every((r) => r.n === 0)) continue;
    figures.push({
      file: `figures/metric-${metric.key}.svg`,
      title: `${metric.label}: every fold (dots), mean (bar) ± 1 SD`,
      svg: dotPlot({
        title: `${metric.label} by setting (${report.folds.length} folds)`,
        yLabel: metric.label,
        categories: rows.map((r) => ({ name: label(r.setting), values: r.values, mean: r.mean, sd: r.sd })),
      }),
    });
  }
  for (const c of report.confusion) {
    figures.push({
      file: `figures/confusion-${settingTag(report, c.setting)}-${c.head}-${c.level}.svg`,
      title: `${c.head} confusion, ${c.level} level, ${label(c.setting)} (summed over ${c.folds} folds)`,
      svg: heatmap({
        title: `${c.head} (${c.level}) ${settingTag(report, c.setting)}`,
        classes: c.classes,
        matrix: c.matrix,
      }),
    });
  }
  return figures;
}

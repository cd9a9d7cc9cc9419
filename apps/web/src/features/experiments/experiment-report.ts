import { z } from 'zod';

const summaryRow = z.object({
  setting: z.string(),
  metric: z.string(),
  n: z.number(),
  mean: z.number().nullable(),
  sd: z.number().nullable(),
});

const reportSchema = z.object({
  final: z.boolean().optional(),
  generatedAt: z.string().optional(),
  method: z
    .object({ canCallDifferences: z.boolean(), statement: z.array(z.string()) })
    .partial()
    .optional(),
  settings: z.array(z.object({ key: z.string(), label: z.string() })).default([]),
  metrics: z
    .array(z.object({ key: z.string(), label: z.string(), primary: z.boolean().optional() }))
    .default([]),
  summary: z.array(summaryRow).default([]),
  missing: z.array(z.object({ setting: z.string(), fold: z.number() })).default([]),
});

export type ReportView = z.infer<typeof reportSchema>;

/** The parts of Experiment.report the summary table shows; null when absent or unreadable. */
export function parseReport(value: unknown): ReportView | null {
  if (value === null || value === undefined) return null;
  const parsed = reportSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** "0.812 ± 0.031" (mean ± sample sd over folds), or a dash when the setting has no result. */
export function meanSd(row: { mean: number | null; sd: number | null } | undefined, digits = 3): string {
  if (!row || row.mean === null) return '—';
  return row.sd === null
    ? row.mean.toFixed(digits)
    : `${row.mean.toFixed(digits)} ± ${row.sd.toFixed(digits)}`;
}

/** summary rows as a lookup: cell(setting, metric). */
export function summaryTable(report: ReportView) {
  const byKey = new Map(report.summary.map((r) => [`${r.setting}\u0000${r.metric}`, r]));
  return (setting: string, metric: string) => byKey.get(`${setting}\u0000${metric}`);
}

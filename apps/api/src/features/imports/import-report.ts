import { z } from 'zod';

/** ImportJob.report as written by @hep2/catalog (ImportReport); read defensively, old rows are null. */
const maskSummarySchema = z.object({
  masks: z.number().int(),
  emptyLines: z.array(z.number().int()),
  contourLines: z.array(z.number().int()),
  foregroundMin: z.number(),
  foregroundMax: z.number(),
  foregroundMedian: z.number(),
  methods: z.record(z.string(), z.number().int()).catch({}),
});

const groupingSchema = z.object({
  by: z.string(),
  detected: z.boolean(),
  groups: z.number().int(),
});

const reportSchema = z.object({
  warnings: z.array(z.string()).catch([]),
  maskSummary: maskSummarySchema.nullable().catch(null),
  grouping: groupingSchema.nullable().catch(null),
});

export type ImportMaskSummaryDto = z.infer<typeof maskSummarySchema>;
export type ImportGroupingDto = z.infer<typeof groupingSchema>;
export type ImportReportDto = z.infer<typeof reportSchema>;

const EMPTY: ImportReportDto = { warnings: [], maskSummary: null, grouping: null };

export function parseImportReport(value: unknown): ImportReportDto {
  if (value === null || value === undefined) return EMPTY;
  const parsed = reportSchema.safeParse(value);
  return parsed.success ? parsed.data : EMPTY;
}

import { describeMaskSummary, type MaskSummary } from '@hep2/data';
import type { CliIo } from '../cli-args';

/** The import job fields `hep2 upload` reads (the API's ImportJob). */
export interface RemoteImportJob {
  id: string;
  status: 'PENDING' | 'RUNNING' | 'SUCCEEDED' | 'FAILED';
  totalRows: number;
  doneRows: number;
  importedRows: number;
  error: string | null;
  layout: string;
  labels: 'WEAK' | 'CURATED';
  warnings: string[];
  rowErrors: { line: number; reason: string }[];
  grouping: { by: string; detected: boolean; groups: number } | null;
  maskSummary: (Omit<MaskSummary, 'methods'> & { binarizations: { method: string; masks: number }[] }) | null;
}

/**
 * Prints a finished remote import the way `hep2 import` prints a local one; true when it succeeded.
 * `labelsDefaulted`: no --labels was given, so a hint about curated labels may help.
 */
export function reportRemoteImport(job: RemoteImportJob, labelsDefaulted: boolean, io: CliIo): boolean {
  for (const e of job.rowErrors) io.err(`line ${e.line}: ${e.reason}`);
  if (job.grouping)
    io.out(
      `specimens: ${job.grouping.groups} group(s) by ${job.grouping.by}${job.grouping.detected ? ' (detected)' : ''}`,
    );
  if (job.maskSummary) {
    const { binarizations, ...rest } = job.maskSummary;
    io.out(
      describeMaskSummary({
        ...rest,
        methods: Object.fromEntries(binarizations.map((b) => [b.method, b.masks])),
      }),
    );
  }
  for (const w of job.warnings) io.err(`warning: ${w}`);
  io.out(
    `${job.status}: ${job.importedRows} imported, ${job.rowErrors.length} bad row(s) of ${job.totalRows}` +
      ` [layout ${job.layout}, labels ${job.labels.toLowerCase()}, job ${job.id}]`,
  );
  if (job.error) io.err(job.error);
  if (job.status === 'SUCCEEDED' && job.labels === 'WEAK' && labelsDefaulted && job.importedRows > 0)
    io.err(
      'hint: the labels were imported as weak labels (training only, patches queued for annotators); if they are expert ground truth, upload with --labels curated',
    );
  return job.status === 'SUCCEEDED';
}

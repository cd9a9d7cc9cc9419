import type { Prisma } from '@hep2/db';

/** What an export job exposes: its row, who started it, and the dataset's slug (the file's name). */
export const exportJobSelect = {
  id: true,
  datasetId: true,
  format: true,
  level: true,
  approvedOnly: true,
  status: true,
  progressDone: true,
  progressTotal: true,
  error: true,
  archiveKey: true,
  archiveBytes: true,
  files: true,
  items: true,
  labels: true,
  warnings: true,
  warningCount: true,
  approvedLabels: true,
  newestApprovalAt: true,
  snapshotAt: true,
  modelVersionId: true,
  modelVersionNumber: true,
  createdById: true,
  createdAt: true,
  startedAt: true,
  finishedAt: true,
  createdBy: { select: { name: true } },
  dataset: { select: { slug: true } },
} satisfies Prisma.ExportJobSelect;

export type ExportJobDto = Prisma.ExportJobGetPayload<{ select: typeof exportJobSelect }>;

/** The name a browser saves the archive under: dataset, format, level, scope and start time. */
export function archiveFileName(
  job: Pick<ExportJobDto, 'format' | 'level' | 'approvedOnly' | 'createdAt' | 'dataset'>,
) {
  const stamp = job.createdAt.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  const scope = job.approvedOnly ? 'approved' : 'all';
  return `${job.dataset.slug}-${job.format}-${job.level}-${scope}-${stamp}.zip`;
}

/** Warnings kept on the row (export.json in the archive lists them all). */
export const STORED_WARNINGS = 100;

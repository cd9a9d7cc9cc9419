import type { ExportFormat, ExportJobFieldsFragment } from '@/gql/graphql';
import { DASH, when } from '../ui/format';

type Job = Pick<
  ExportJobFieldsFragment,
  | 'status'
  | 'progressDone'
  | 'progressTotal'
  | 'level'
  | 'items'
  | 'labels'
  | 'warningCount'
  | 'approvedLabels'
  | 'newestApprovalAt'
  | 'modelVersionNumber'
>;

/** The CLI's name of a format: SEED_CSV -> seed-csv. */
export const formatName = (format: ExportFormat) => format.toLowerCase().replaceAll('_', '-');

export const isActiveExport = (status: Job['status']) => status === 'QUEUED' || status === 'RUNNING';

/** 0..1; a finished export is whole whatever its counters say. */
export function exportFraction(job: Job): number {
  if (job.status === 'SUCCEEDED') return 1;
  return job.progressTotal > 0 ? Math.min(1, job.progressDone / job.progressTotal) : 0;
}

const count = new Intl.NumberFormat('en');

/** "running · 1,234 / 3,602 (34 %)", "queued", "ready", "failed". */
export function exportStatusText(job: Job): string {
  if (job.status === 'QUEUED') return 'queued';
  if (job.status === 'SUCCEEDED') return 'ready';
  if (job.status === 'FAILED') return 'failed';
  if (job.progressTotal === 0) return 'running · reading the labels';
  const percent = Math.floor(exportFraction(job) * 100);
  return `running · ${count.format(job.progressDone)} / ${count.format(job.progressTotal)} (${percent} %)`;
}

/** "1,800 patches · 1,800 labelled · 3 left out"; a dash until the archive is written. */
export function exportContentText(job: Job): string {
  if (job.items === null) return DASH;
  const unit = job.level === 'SPECIMEN' ? 'specimen' : 'patch';
  const units = job.items === 1 ? unit : unit === 'patch' ? 'patches' : 'specimens';
  const parts = [`${count.format(job.items)} ${units}`, `${count.format(job.labels ?? 0)} labelled`];
  if (job.warningCount > 0) parts.push(`${count.format(job.warningCount)} left out`);
  return parts.join(' · ');
}

/** What the archive was read from: "1,800 approved up to 1/2/2026, 10:00 · model v3". */
export function exportSnapshotText(job: Job): string {
  if (job.approvedLabels === null) return DASH;
  const approved =
    job.approvedLabels === 0
      ? 'no approved labels'
      : `${count.format(job.approvedLabels)} approved up to ${when(job.newestApprovalAt)}`;
  const model = job.modelVersionNumber === null ? 'no active model' : `model v${job.modelVersionNumber}`;
  return `${approved} · ${model}`;
}

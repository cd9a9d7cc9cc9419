import type { JobStatus } from '@hep2/db';

export const importJobSelect = {
  id: true,
  datasetId: true,
  layout: true,
  source: true,
  allOrNothing: true,
  labels: true,
  status: true,
  totalRows: true,
  doneRows: true,
  importedRows: true,
  rowErrors: true,
  report: true,
  error: true,
  createdAt: true,
  finishedAt: true,
} as const;

export interface ImportJobDto {
  id: string;
  datasetId: string;
  layout: string;
  source: string;
  allOrNothing: boolean;
  /** weak or curated (see LabelTrust). */
  labels: string;
  status: JobStatus;
  totalRows: number;
  doneRows: number;
  importedRows: number;
  rowErrors: unknown;
  /** { warnings, maskSummary, grouping } (see import-report.ts); null before the scan ran. */
  report: unknown;
  error: string | null;
  createdAt: Date;
  finishedAt: Date | null;
}

export interface RowErrorDto {
  line: number;
  reason: string;
}

export interface UploadTicketDto {
  uploadId: string;
  url: string;
  method: 'PUT';
  expiresAt: Date;
  maxBytes: number;
}

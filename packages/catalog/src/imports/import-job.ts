import type { MaskSummary, RowError, ScanGrouping } from '@hep2/data';
import type { Db, JobStatus, Prisma, Tx } from '@hep2/db';
import type { LabelTrust } from './specimen-staging';

/** Statuses a job may still change from; a finished job's outcome is never overwritten. */
export const UNFINISHED_JOB_STATUSES: JobStatus[] = ['PENDING', 'RUNNING'];

export interface ImportProgress {
  jobId: string;
  datasetId: string;
  phase: 'scan' | 'store' | 'commit' | 'done';
  status: JobStatus;
  totalRows: number;
  doneRows: number;
  importedRows: number;
}

export interface CreateImportJobInput {
  datasetId: string;
  layout: string;
  source: string;
  allOrNothing: boolean;
  /** How far the labels are trusted (default weak); the worker that runs the job reads it back. */
  labels?: LabelTrust;
  /** Scan options the worker reads back (groupBy, foldsFile, skipDuplicates, validationFold). */
  options?: Prisma.InputJsonObject;
  createdById?: string | null;
}

export async function createImportJob(db: Db | Tx, input: CreateImportJobInput): Promise<string> {
  const job = await db.importJob.create({
    data: {
      datasetId: input.datasetId,
      layout: input.layout,
      source: input.source,
      allOrNothing: input.allOrNothing,
      labels: input.labels ?? 'weak',
      options: input.options ?? {},
      createdById: input.createdById ?? null,
    },
    select: { id: true },
  });
  return job.id;
}

/** What a scan found besides row errors, kept with the job (ImportJob.report) for the admin page. */
export interface ImportReport {
  warnings: string[];
  maskSummary: MaskSummary | null;
  grouping: ScanGrouping | null;
}

export const importReportJson = (r: ImportReport) =>
  ({ warnings: r.warnings, maskSummary: r.maskSummary, grouping: r.grouping }) as Prisma.InputJsonValue;

export const rowErrorsJson = (errors: readonly RowError[]) =>
  errors.map((e) => ({ line: e.line, reason: e.reason })) as Prisma.InputJsonValue;

/**
 * Keeps the ImportJob row and the caller's progress callback in step; row updates are throttled so
 * that a large import does not write a row per image.
 */
export class JobProgress {
  private state: ImportProgress;
  private lastWrite = 0;
  /** Writes run one after another, so a late throttled write never overwrites a newer state. */
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Db,
    jobId: string,
    datasetId: string,
    private readonly onProgress?: (p: ImportProgress) => void | Promise<void>,
    private readonly intervalMs = 250,
  ) {
    this.state = {
      jobId,
      datasetId,
      phase: 'scan',
      status: 'RUNNING',
      totalRows: 0,
      doneRows: 0,
      importedRows: 0,
    };
  }

  get snapshot(): ImportProgress {
    return { ...this.state };
  }

  async update(change: Partial<Omit<ImportProgress, 'jobId' | 'datasetId'>>, force = false): Promise<void> {
    this.state = { ...this.state, ...change };
    const now = Date.now();
    if (!force && now - this.lastWrite < this.intervalMs) return;
    this.lastWrite = now;
    const state = this.snapshot;
    const write = this.chain.then(async () => {
      // Never reopens a finished job (see finish).
      await this.db.importJob.updateMany({
        where: { id: state.jobId, status: { in: UNFINISHED_JOB_STATUSES } },
        data: {
          status: state.status,
          totalRows: state.totalRows,
          doneRows: state.doneRows,
          importedRows: state.importedRows,
        },
      });
      await this.onProgress?.(state);
    });
    this.chain = write.catch(() => {});
    await write;
  }

  /** Final state; pass a transaction to commit it with the imported rows. */
  async finish(
    db: Db | Tx,
    result: {
      status: JobStatus;
      importedRows: number;
      rowErrors: readonly RowError[];
      /** Omitted: the report column is left as it is. */
      report?: ImportReport;
      error?: string | null;
    },
  ): Promise<boolean> {
    await this.chain;
    this.state = { ...this.state, status: result.status, importedRows: result.importedRows, phase: 'done' };
    // Only an unfinished job is finished: an attempt that stalled while another one (a retry of a
    // durable queue) finished the job must not overwrite the outcome. False: someone else finished it.
    const { count } = await db.importJob.updateMany({
      where: { id: this.state.jobId, status: { in: UNFINISHED_JOB_STATUSES } },
      data: {
        status: result.status,
        totalRows: this.state.totalRows,
        doneRows: this.state.doneRows,
        importedRows: result.importedRows,
        rowErrors: rowErrorsJson(result.rowErrors),
        ...(result.report ? { report: importReportJson(result.report) } : {}),
        error: result.error ?? null,
        finishedAt: new Date(),
      },
    });
    return count === 1;
  }

  async announce(): Promise<void> {
    await this.onProgress?.(this.snapshot);
  }
}

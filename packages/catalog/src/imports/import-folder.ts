import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  DEFAULT_MAX_PIXELS,
  type GroupBy,
  type ImportLayout,
  ImportScanError,
  type MaskSummary,
  type RowError,
  type ScanGrouping,
  scanImportFolder,
  sha256,
} from '@hep2/data';
import type { Db, JobStatus, SpecimenSource, Tx } from '@hep2/db';
import { forEachLimited, type ObjectStore } from '@hep2/storage';
import { CatalogError } from '../catalog-error';
import { loadDatasetContext } from '../datasets/dataset-context';
import { createImportJob, type ImportProgress, JobProgress } from './import-job';
import { fillFolds, planRows } from './import-rows';
import { ObjectWrites } from './object-writes';
import { commitSpecimens } from './specimen-commit';
import { type LabelTrust, type StagedSpecimen, stageSpecimen } from './specimen-staging';

export interface ImportFolderOptions {
  datasetId: string;
  dir: string;
  /** Detected from the manifest when not given. */
  layout?: ImportLayout;
  /** Manifest file inside the folder; found automatically when there is one CSV. */
  manifest?: string;
  /** How images are grouped into specimens kept in one fold (see GroupBy); detected when not given. */
  groupBy?: GroupBy;
  /** Fold table: a CSV (image or specimen, fold) or a folder of fold_A.csv ... files (see ScanOptions). */
  foldsFile?: string;
  /** Lines with the same image content: 'error' (default) fails them; 'skip' lists them as skipped. */
  duplicates?: 'error' | 'skip';
  /** Default true: any bad row and nothing is imported. False: good rows commit, bad ones are reported. */
  allOrNothing?: boolean;
  /** Continue a job created beforehand (the API creates it so that it can answer at once). */
  jobId?: string;
  createdById?: string | null;
  source?: SpecimenSource;
  maxPixels?: number;
  folds?: number;
  foldSeed?: number | string;
  /** Specimens of this fold become the fixed validation specimens. */
  validationFold?: number;
  /**
   * weak (default): specimen labels for training only, patches queued for annotators. curated:
   * expert ground truth, every patch approved with an IMPORT annotation (see LabelTrust).
   */
  labels?: LabelTrust;
  onProgress?: (p: ImportProgress) => void | Promise<void>;
  /** Called with each object key before its upload starts (see ObjectWrites). */
  journalObject?: (key: string) => Promise<void>;
  /**
   * Runs in the transaction that records the job's outcome (the audit entry of its end), so that
   * whoever sees the job finished also sees what this wrote. Not called when another attempt
   * finished the job first.
   */
  onFinished?: (tx: Tx, outcome: ImportResult) => Promise<void>;
}

export interface ImportResult {
  jobId: string;
  status: JobStatus;
  layout: ImportLayout | null;
  totalRows: number;
  imported: Array<{ line: number; specimenId: string; externalId: string }>;
  skipped: Array<{ line: number; externalId: string; reason: string }>;
  errors: RowError[];
  patches: number;
  /** What the scan found worth a look (empty masks, one specimen per image, unused fold tables...). */
  warnings: string[];
  maskSummary: MaskSummary | null;
  /** How images were grouped into specimens; null when the scan did not get that far. */
  grouping: ScanGrouping | null;
  /** How the labels were taken (weak or curated). */
  labels: LabelTrust;
  /** Curated imports: approved IMPORT annotations written (one per labelled patch). */
  approvedPatches: number;
  /** Imported rows that carried a pattern or an intensity. */
  labelledRows: number;
  /** Why the import as a whole failed, if it did. */
  error: string | null;
}

/**
 * Imports a dataset folder: scan and validate every row, write the objects of the good new rows,
 * then insert their specimens and patches in one transaction. Nothing is left behind on failure:
 * objects written before a refusal or a failed transaction are removed again.
 */
export async function importFolder(
  db: Db,
  store: ObjectStore,
  o: ImportFolderOptions,
): Promise<ImportResult> {
  const allOrNothing = o.allOrNothing ?? true;
  const ctx = await loadDatasetContext(db, o.datasetId);
  const jobId =
    o.jobId ??
    (await createImportJob(db, {
      datasetId: ctx.id,
      layout: o.layout ?? 'auto',
      source: path.resolve(o.dir),
      allOrNothing,
      labels: o.labels ?? 'weak',
      createdById: o.createdById,
    }));
  const progress = new JobProgress(db, jobId, ctx.id, o.onProgress);
  const result: ImportResult = {
    jobId,
    status: 'RUNNING',
    layout: null,
    totalRows: 0,
    imported: [],
    skipped: [],
    errors: [],
    patches: 0,
    warnings: [],
    maskSummary: null,
    grouping: null,
    labels: o.labels ?? 'weak',
    approvedPatches: 0,
    labelledRows: 0,
    error: null,
  };
  const writes = new ObjectWrites(store, o.journalObject);
  const fail = async (reason: string): Promise<ImportResult> => {
    let error = reason;
    try {
      await writes.rollback(db);
    } catch (err) {
      error = `${reason}; removing its objects failed too: ${(err as Error).message}`;
    }
    const outcome: ImportResult = {
      ...result,
      status: 'FAILED',
      imported: [],
      patches: 0,
      approvedPatches: 0,
      error,
    };
    await db.$transaction(async (tx) => {
      const finished = await progress.finish(tx, {
        status: 'FAILED',
        importedRows: 0,
        rowErrors: result.errors,
        report: result,
        error,
      });
      if (finished) await o.onFinished?.(tx, outcome);
    });
    await progress.announce();
    return outcome;
  };
  try {
    await progress.update({ status: 'RUNNING', phase: 'scan' }, true);
    const scan = await scanImportFolder(o.dir, {
      layout: o.layout,
      manifest: o.manifest,
      groupBy: o.groupBy,
      foldsFile: o.foldsFile,
      maxPixels: o.maxPixels ?? DEFAULT_MAX_PIXELS,
      onProgress: (p) => void progress.update({ totalRows: p.total, doneRows: p.done }).catch(() => {}),
    });
    result.layout = scan.layout;
    result.totalRows = scan.total;
    result.warnings = scan.warnings;
    result.maskSummary = scan.maskSummary;
    result.grouping = scan.grouping;
    await db.importJob.update({ where: { id: jobId }, data: { layout: scan.layout } });
    const plan = await planRows(db, ctx, scan.rows, { duplicates: o.duplicates });
    result.errors = [...scan.errors, ...plan.errors].sort((a, b) => a.line - b.line);
    result.skipped = plan.skipped;
    await progress.update({ totalRows: scan.total, doneRows: scan.total, phase: 'store' }, true);
    if (allOrNothing && result.errors.length > 0) {
      return await fail(`${result.errors.length} bad row(s): nothing was imported (all-or-nothing)`);
    }
    fillFolds(plan.planned, o.folds ?? 5, o.foldSeed ?? ctx.id);
    const staged: StagedSpecimen[] = new Array(plan.planned.length);
    let stored = 0;
    // A few specimens at a time: encoding runs on sharp's threads while the next file is read.
    await forEachLimited(plan.planned, 3, async (p, i) => {
      const original = await readFile(path.join(o.dir, p.row.imagePath));
      if (sha256(original) !== p.row.sha256) throw new Error(`${p.row.imagePath} changed during the import`);
      staged[i] = await stageSpecimen(writes, ctx, {
        original,
        prepared: p.row,
        externalId: p.externalId,
        source: o.source ?? 'IMPORT',
        labels: p.labels,
        fold: p.fold,
        isValidation: o.validationFold !== undefined && p.fold === o.validationFold,
        trust: o.labels ?? 'weak',
        metadata: {
          importJobId: jobId,
          line: p.row.line,
          file: p.row.imagePath,
          ...(p.row.maskPath ? { maskFile: p.row.maskPath } : {}),
          group: p.group,
        },
      });
      stored++;
      await progress.update({ importedRows: stored });
    });
    await progress.update({ phase: 'commit', importedRows: staged.length }, true);
    const outcome: ImportResult = {
      ...result,
      status: 'SUCCEEDED',
      patches: staged.reduce((n, s) => n + s.patches.length, 0),
      approvedPatches: staged.reduce((n, s) => n + s.annotations.length, 0),
      labelledRows: plan.planned.filter(
        (p) => p.labels.patternClassId !== null || p.labels.intensityLevelId !== null,
      ).length,
      imported: staged.map((s, i) => ({
        line: plan.planned[i]?.row.line ?? 0,
        specimenId: s.specimen.id as string,
        externalId: s.specimen.externalId,
      })),
    };
    await commitSpecimens(db, ctx.id, staged, async (tx) => {
      const finished = await progress.finish(tx, {
        status: 'SUCCEEDED',
        importedRows: staged.length,
        rowErrors: result.errors,
        report: result,
      });
      // Rolls the rows back: the job's outcome was already decided by another attempt.
      if (!finished) throw new CatalogError('CONFLICT', 'another attempt already finished this import');
      await o.onFinished?.(tx, outcome);
    });
    await progress.announce();
    return outcome;
  } catch (err) {
    const message = err instanceof ImportScanError ? err.message : `import failed: ${(err as Error).message}`;
    return await fail(message);
  }
}

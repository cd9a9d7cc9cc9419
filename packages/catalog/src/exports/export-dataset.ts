import type { Db } from '@hep2/db';
import { CatalogError } from '../catalog-error';
import { loadDatasetContext } from '../datasets/dataset-context';
import { type ExportFile, type ObjectReader, textFile } from './export-file';
import { EXPORT_FORMATS, EXPORT_WRITERS, type ExportFormat, isExportFormat } from './export-formats';
import { type ExportItem, type ExportLevel, loadExportItems } from './export-items';

export interface ExportOptions {
  datasetId: string;
  format: ExportFormat;
  /** Default true: approved labels only. False: everything, each with its status. */
  approvedOnly?: boolean;
  /** seed-csv / header-csv / coco: patches (default) or whole specimens. */
  level?: ExportLevel;
}

/** The state of the dataset the export was read from: its labels as of one moment, and its model. */
export interface ExportSnapshot {
  /** When the labels were read (all of them in one repeatable-read transaction). */
  takenAt: Date;
  /** Approved annotations among the exported items. */
  approvedLabels: number;
  /** When the newest of them was approved. */
  newestApprovalAt: Date | null;
  /** The dataset's active model version at that moment, if any. */
  modelVersion: { id: string; number: number } | null;
}

export interface ExportResult {
  format: ExportFormat;
  level: ExportLevel;
  approvedOnly: boolean;
  /** Items (patches or specimens) in the export. */
  items: number;
  /** Items that carry a label (a pattern, an intensity or a mask). */
  labels: number;
  /** The files, read lazily, export.json (what this export is) first. */
  files: ExportFile[];
  /** Items left out, and why (e.g. no mask for the seed layout). */
  warnings: string[];
  snapshot: ExportSnapshot;
}

/** Reading 20,000 labels takes a second or two; far more than that means the database is in trouble. */
const SNAPSHOT_TIMEOUT_MS = 120_000;

/**
 * Builds an export of a dataset in one of the registered formats (export-formats.ts). The labels,
 * the taxonomy and the active model are read in one repeatable-read transaction, so an export is
 * one consistent snapshot however many approvals happen while it is written. Images and masks are
 * the stored bytes, unchanged, read when a writer reaches them.
 */
export async function exportDataset(db: Db, store: ObjectReader, o: ExportOptions): Promise<ExportResult> {
  if (!isExportFormat(o.format))
    throw new CatalogError('VALIDATION_FAILED', `format must be one of ${EXPORT_FORMATS.join(', ')}`, {
      field: 'format',
    });
  const writer = EXPORT_WRITERS[o.format];
  const approvedOnly = o.approvedOnly ?? true;
  const level: ExportLevel = writer.level ?? o.level ?? 'patch';
  const read = await db.$transaction(
    async (tx) => {
      const takenAt = new Date();
      const ctx = await loadDatasetContext(tx, o.datasetId);
      const items = await loadExportItems(tx, ctx, level, approvedOnly);
      const model = await tx.modelVersion.findFirst({
        where: { datasetId: o.datasetId, status: 'ACTIVE' },
        select: { id: true, number: true },
      });
      return { takenAt, ctx, items, model };
    },
    { isolationLevel: 'RepeatableRead', timeout: SNAPSHOT_TIMEOUT_MS, maxWait: SNAPSHOT_TIMEOUT_MS },
  );
  const written = writer.write({ ctx: read.ctx, items: read.items, level, approvedOnly, store });
  const snapshot: ExportSnapshot = {
    takenAt: read.takenAt,
    ...approvals(written.items),
    modelVersion: read.model,
  };
  const result = {
    format: o.format,
    level,
    approvedOnly,
    items: written.items.length,
    labels: written.items.filter(hasLabel).length,
    warnings: written.warnings,
    snapshot,
  };
  const about = textFile(
    'export.json',
    `${JSON.stringify({ dataset: { id: read.ctx.id, slug: read.ctx.slug }, ...result }, null, 2)}\n`,
    'application/json',
  );
  return { ...result, files: [about, ...written.files] };
}

const hasLabel = (i: ExportItem) => i.pattern !== null || i.intensity !== null || i.maskKey !== null;

function approvals(items: readonly ExportItem[]) {
  let approvedLabels = 0;
  let newestApprovalAt: Date | null = null;
  for (const item of items) {
    approvedLabels += item.approved;
    if (item.approvedAt && (!newestApprovalAt || item.approvedAt > newestApprovalAt))
      newestApprovalAt = item.approvedAt;
  }
  return { approvedLabels, newestApprovalAt };
}

import { assignFolds, FoldError, type ImportRow, parseFoldLabel, type RowError } from '@hep2/data';
import type { Db } from '@hep2/db';
import { CatalogError } from '../catalog-error';
import { type DatasetContext, type LabelIds, resolveLabels } from '../datasets/dataset-context';

export interface PlannedRow {
  row: ImportRow;
  externalId: string;
  /** Unit kept inside one fold: the manifest's specimen (a patient's well), else the image. */
  group: string;
  labels: LabelIds;
  fold: number | null;
}

export interface RowPlan {
  planned: PlannedRow[];
  skipped: Array<{ line: number; externalId: string; reason: string }>;
  errors: RowError[];
}

/**
 * Checks scanned rows against the dataset: labels in its taxonomy, folds readable, no name clashes,
 * and files already imported (same content hash) skipped so that re-imports are idempotent.
 */
export async function planRows(db: Db, ctx: DatasetContext, rows: readonly ImportRow[]): Promise<RowPlan> {
  const errors: RowError[] = [];
  const skipped: RowPlan['skipped'] = [];
  const perSpecimen = new Map<string, number>();
  for (const r of rows) perSpecimen.set(r.specimen, (perSpecimen.get(r.specimen) ?? 0) + 1);
  const stem = (p: string) => (p.split('/').pop() ?? p).replace(/\.[^.]+$/, '');
  // Several images of one specimen (I3A ships four per well) become specimens named specimen/image.
  const nameOf = (r: ImportRow) =>
    (perSpecimen.get(r.specimen) ?? 0) > 1 ? `${r.specimen}/${stem(r.imagePath)}` : r.specimen;
  const existing = await db.specimen.findMany({
    where: {
      datasetId: ctx.id,
      OR: [{ contentHash: { in: rows.map((r) => r.sha256) } }, { externalId: { in: rows.map(nameOf) } }],
    },
    select: { externalId: true, contentHash: true },
  });
  const byHash = new Map(existing.map((s) => [s.contentHash, s.externalId]));
  const byName = new Map(existing.map((s) => [s.externalId, s.contentHash]));
  const hashLine = new Map<string, number>();
  const nameLine = new Map<string, number>();
  const planned: PlannedRow[] = [];
  for (const row of rows) {
    const externalId = nameOf(row);
    const fail = (reason: string) => errors.push({ line: row.line, reason });
    const known = byHash.get(row.sha256);
    if (known !== undefined) {
      skipped.push({ line: row.line, externalId: known, reason: `already imported as ${known}` });
      continue;
    }
    if (byName.has(externalId)) {
      fail(`specimen ${externalId} already exists in the dataset with different content`);
      continue;
    }
    const sameFile = hashLine.get(row.sha256);
    if (sameFile !== undefined) {
      fail(`same image content as line ${sameFile}`);
      continue;
    }
    const sameName = nameLine.get(externalId);
    if (sameName !== undefined) {
      fail(`specimen name ${externalId} is also used on line ${sameName}`);
      continue;
    }
    const labels = resolveLabels(ctx, row.pattern, row.intensity);
    if ('error' in labels) {
      fail(labels.error);
      continue;
    }
    let fold: number | null = null;
    if (row.fold !== undefined) {
      const parsed = parseFoldLabel(row.fold);
      if (parsed === undefined) {
        fail(`fold "${row.fold}" is neither a letter nor a number`);
        continue;
      }
      fold = parsed;
    }
    hashLine.set(row.sha256, row.line);
    nameLine.set(externalId, row.line);
    planned.push({ row, externalId, group: row.specimen, labels, fold });
  }
  errors.sort((a, b) => a.line - b.line);
  return { planned, skipped, errors };
}

/**
 * Folds for rows the manifest gave none: stratified by pattern x intensity, grouped by specimen,
 * reproducible from the seed (assignFolds). Rows with a manifest fold keep it.
 */
export function fillFolds(rows: PlannedRow[], k: number, seed: number | string): void {
  const open = rows.filter((r) => r.fold === null);
  if (open.length === 0) return;
  let folds: Map<string, number>;
  try {
    folds = assignFolds(
      open.map((r) => ({ group: r.group, pattern: r.row.pattern, intensity: r.row.intensity })),
      { k, seed },
    );
  } catch (err) {
    if (err instanceof FoldError) throw new CatalogError('VALIDATION_FAILED', `folds: ${err.message}`);
    throw err;
  }
  for (const r of open) r.fold = folds.get(r.group) ?? 0;
}

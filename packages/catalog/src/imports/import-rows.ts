import { assignFolds, FoldError, type ImportRow, parseFoldLabel, type RowError } from '@hep2/data';
import type { Db } from '@hep2/db';
import { CatalogError } from '../catalog-error';
import { type DatasetContext, type LabelIds, resolveLabels } from '../datasets/dataset-context';

export interface PlannedRow {
  row: ImportRow;
  externalId: string;
  /** Unit kept inside one fold (stored as metadata.group): the patient's specimen or well (groupBy). */
  group: string;
  labels: LabelIds;
  fold: number | null;
}

export interface RowPlan {
  planned: PlannedRow[];
  /** Rows not imported, without failing the import: already in the dataset, or duplicates (skip). */
  skipped: Array<{ line: number; externalId: string; reason: string }>;
  errors: RowError[];
}

export interface PlanOptions {
  /** Several lines with the same image content: 'error' (default) fails them, 'skip' lists them. */
  duplicates?: 'error' | 'skip';
}

const withoutExtension = (p: string) => p.replace(/\.[^./]+$/, '');
const stemOf = (p: string) => withoutExtension(p.split('/').pop() ?? p);

/**
 * The specimen name (externalId) of each row. A Specimen is one image: it is named after the
 * image's file name without extension, or - when two rows' images share that name in different
 * folders (train/00003_p0_patch0.tif, test/00003_p0_patch0.tif) - after its path without extension,
 * so that neither is refused as a clash. With a specimen column the column names it (specimen, or
 * specimen/image when the specimen has several images), as before. Re-imports stay idempotent
 * because they match by content hash first; a later import of a single folder that reuses a stem
 * with different content is reported as a clash, not stored twice.
 */
export function specimenNames(rows: readonly ImportRow[]): string[] {
  const stems = new Map<string, number>();
  const perGroup = new Map<string, number>();
  for (const r of rows) {
    const stem = stemOf(r.imagePath);
    stems.set(stem, (stems.get(stem) ?? 0) + 1);
    perGroup.set(r.specimen, (perGroup.get(r.specimen) ?? 0) + 1);
  }
  return rows.map((r) => {
    const stem = stemOf(r.imagePath);
    const image = (stems.get(stem) ?? 0) > 1 ? withoutExtension(r.imagePath) : stem;
    if (r.groupSource !== 'column') return image;
    return (perGroup.get(r.specimen) ?? 0) > 1 ? `${r.specimen}/${image}` : r.specimen;
  });
}

/**
 * Checks scanned rows against the dataset: labels in its taxonomy, folds readable, no name clashes,
 * and files already imported (same content hash) skipped so that re-imports are idempotent.
 */
export async function planRows(
  db: Db,
  ctx: DatasetContext,
  rows: readonly ImportRow[],
  options: PlanOptions = {},
): Promise<RowPlan> {
  const errors: RowError[] = [];
  const skipped: RowPlan['skipped'] = [];
  const names = specimenNames(rows);
  const existing = await db.specimen.findMany({
    where: {
      datasetId: ctx.id,
      OR: [{ contentHash: { in: rows.map((r) => r.sha256) } }, { externalId: { in: names } }],
    },
    select: { externalId: true, contentHash: true },
  });
  const byHash = new Map(existing.map((s) => [s.contentHash, s.externalId]));
  const byName = new Map(existing.map((s) => [s.externalId, s.contentHash]));
  const hashLine = new Map<string, number>();
  const nameLine = new Map<string, number>();
  const planned: PlannedRow[] = [];
  for (const [i, row] of rows.entries()) {
    const externalId = names[i] as string;
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
      const reason = `same image content as line ${sameFile}`;
      if (options.duplicates === 'skip') skipped.push({ line: row.line, externalId, reason });
      else fail(reason);
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

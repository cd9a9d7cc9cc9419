import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { FOLD_FILE_NAME, type FoldTable, FoldTableError, foldKey, readFoldTable } from '../folds/fold-table';
import { foldName, parseFoldLabel } from '../folds/specimen-folds';
import { DEFAULT_MAX_PIXELS, type DecodeOptions } from '../image/image-decode';
import type { MaskBinarization, MaskReport } from '../image/mask-binarize';
import { listFolderFiles, resolveManifestFile } from './folder-files';
import {
  fileName,
  fileStem,
  type GroupBy,
  GroupByError,
  type GroupSource,
  grouper,
  LONE_GROUP_WARNING_ROWS,
  resolveGroupBy,
} from './import-grouping';
import { ImportItemError, type PreparedImage, prepareImportItem } from './import-item';
import { parseManifest } from './manifest.parser';
import type { ImportLayout, RowError } from './manifest-types';

export interface ImportRow extends PreparedImage {
  line: number;
  /** Paths relative to the folder, as resolved. */
  imagePath: string;
  maskPath?: string;
  /** Raw labels as the manifest writes them (see ManifestRow); the dataset's taxonomy resolves them. */
  pattern?: string;
  intensity?: string;
  /**
   * The group the image belongs to (a patient's specimen or well), kept inside one fold: from the
   * manifest's specimen column, the folder, a file-name pattern, or the image's file name (groupBy).
   */
  specimen: string;
  /** Where `specimen` came from. */
  groupSource: GroupSource;
  /** From the manifest's fold column or the fold table (then shared by the whole group). */
  fold?: string;
}

export interface ScanProgress {
  done: number;
  total: number;
  line: number;
  ok: boolean;
}

export interface ScanOptions extends DecodeOptions {
  layout?: ImportLayout;
  /** Manifest file name inside the folder; found automatically when there is one CSV. */
  manifest?: string;
  /** How images are grouped into specimens (see GroupBy); detected when not given. */
  groupBy?: GroupBy;
  /**
   * Folds from a table: a CSV (image-or-specimen column and fold column), or a folder of per-fold
   * files (fold_A.csv, fold1.csv, ...) listing image names. Relative to the import folder.
   */
  foldsFile?: string;
  onProgress?: (p: ScanProgress) => void;
}

/** What became of one row's mask. */
export interface MaskRowReport {
  line: number;
  maskPath: string;
  report: MaskReport;
}

/** The masks of a scan at a glance, for the CLI and the import job. */
export interface MaskSummary {
  masks: number;
  /** Lines whose mask has no foreground (accepted; listed in the warnings). */
  emptyLines: number[];
  /** Lines whose mask looks like outlines rather than filled cells. */
  contourLines: number[];
  /** Foreground share over the masks, 0..1. */
  foregroundMin: number;
  foregroundMax: number;
  foregroundMedian: number;
  methods: Partial<Record<MaskBinarization, number>>;
}

export interface ScanGrouping {
  by: GroupBy;
  /** True when chosen by the scanner (no groupBy given). */
  detected: boolean;
  /** Distinct groups among the good rows. */
  groups: number;
}

export interface ScanResult {
  layout: ImportLayout;
  manifest: string;
  rows: ImportRow[];
  errors: RowError[];
  /** Data rows in the manifest (good and bad). */
  total: number;
  grouping: ScanGrouping;
  /** Where the folds came from besides the manifest's fold column. */
  foldTable: string | null;
  masks: MaskRowReport[];
  maskSummary: MaskSummary | null;
  /** Problems that do not fail a row but that whoever imports must see. */
  warnings: string[];
}

export class ImportScanError extends Error {
  override name = 'ImportScanError';
}

const MANIFEST_HINTS = ['manifest', 'dataset', 'gt', 'train', 'label'];

function findManifest(files: readonly string[], wanted?: string): string {
  if (wanted) {
    if (!files.includes(wanted)) throw new ImportScanError(`manifest ${wanted} not found in the folder`);
    return wanted;
  }
  const csvs = files.filter((f) => !f.includes('/') && f.toLowerCase().endsWith('.csv'));
  if (csvs.length === 1 && csvs[0]) return csvs[0];
  if (csvs.length === 0) throw new ImportScanError('no CSV manifest at the top of the folder');
  const hinted = csvs.filter((c) => MANIFEST_HINTS.some((h) => c.toLowerCase().includes(h)));
  if (hinted.length === 1 && hinted[0]) return hinted[0];
  throw new ImportScanError(`several CSV files (${csvs.join(', ')}): name the manifest`);
}

function listLines(lines: readonly number[], most = 20): string {
  const shown = lines.slice(0, most).join(', ');
  return lines.length > most ? `${shown} and ${lines.length - most} more` : shown;
}

const pct = (share: number) => `${(share * 100).toFixed(1)} %`;

export function summariseMasks(masks: readonly MaskRowReport[]): MaskSummary | null {
  if (masks.length === 0) return null;
  const shares = masks.map((m) => m.report.foregroundShare).sort((a, b) => a - b);
  const methods: MaskSummary['methods'] = {};
  for (const m of masks) methods[m.report.method] = (methods[m.report.method] ?? 0) + 1;
  return {
    masks: masks.length,
    emptyLines: masks.filter((m) => m.report.empty).map((m) => m.line),
    contourLines: masks.filter((m) => m.report.contourLike).map((m) => m.line),
    foregroundMin: shares[0] ?? 0,
    foregroundMax: shares[shares.length - 1] ?? 0,
    foregroundMedian: shares[Math.floor(shares.length / 2)] ?? 0,
    methods,
  };
}

/** One line for a CLI: how many masks, how binarised, empty and contour-like ones, foreground range. */
export function describeMaskSummary(s: MaskSummary): string {
  const methods = Object.entries(s.methods)
    .map(([m, n]) => `${m} ${n}`)
    .join(', ');
  return (
    `masks: ${s.masks} (${methods}); foreground ${pct(s.foregroundMin)}-${pct(s.foregroundMax)}, ` +
    `median ${pct(s.foregroundMedian)}; ${s.emptyLines.length} empty, ${s.contourLines.length} contour-like`
  );
}

/**
 * Folds from a fold table: each row takes the fold listed for its image (path, file name or stem),
 * else for its group. A row whose manifest fold disagrees with the table is an error.
 */
function applyFoldTable(
  rows: ImportRow[],
  table: FoldTable,
  errors: RowError[],
  warnings: string[],
  where: Map<ImportRow, string>,
): ImportRow[] {
  const byImage = new Map<string, (typeof table.entries)[number]>();
  const byGroup = new Map<string, (typeof table.entries)[number]>();
  for (const e of table.entries) {
    const k = foldKey(e.key);
    if (e.kind !== 'specimen' && !byImage.has(k)) byImage.set(k, e);
    if (e.kind !== 'image' && !byGroup.has(k)) byGroup.set(k, e);
  }
  const used = new Set<(typeof table.entries)[number]>();
  const kept: ImportRow[] = [];
  for (const row of rows) {
    const names = [row.imagePath, fileName(row.imagePath), fileStem(row.imagePath)].map(foldKey);
    const entry = names.map((n) => byImage.get(n)).find((e) => e) ?? byGroup.get(foldKey(row.specimen));
    if (!entry) {
      kept.push(row);
      continue;
    }
    used.add(entry);
    const own = row.fold === undefined ? undefined : parseFoldLabel(row.fold);
    if (own !== undefined && own !== entry.fold) {
      errors.push({
        line: row.line,
        reason: `fold ${row.fold} in the manifest but ${foldName(entry.fold)} in ${entry.where}`,
      });
      continue;
    }
    const withFold = { ...row, fold: row.fold ?? foldName(entry.fold) };
    where.set(withFold, entry.where);
    kept.push(withFold);
  }
  const unused = table.entries.filter((e) => !used.has(e));
  if (unused.length > 0)
    warnings.push(
      `${unused.length} of the fold table's ${table.entries.length} names match no image of the manifest ` +
        `(${unused
          .slice(0, 3)
          .map((e) => e.key)
          .join(', ')}${unused.length > 3 ? ', ...' : ''})`,
    );
  return kept;
}

/**
 * A group's rows must share one fold: rows of a group with two folds are errors naming both lines;
 * rows of a group with a fold on some rows take it.
 */
function unifyGroupFolds(rows: ImportRow[], errors: RowError[], where: Map<ImportRow, string>): ImportRow[] {
  const groups = new Map<string, ImportRow[]>();
  for (const r of rows) groups.set(r.specimen, [...(groups.get(r.specimen) ?? []), r]);
  const out: ImportRow[] = [];
  for (const [group, members] of groups) {
    const withFold = members.filter((r) => r.fold !== undefined && parseFoldLabel(r.fold) !== undefined);
    const first = withFold[0];
    const other = withFold.find((r) => parseFoldLabel(r.fold ?? '') !== parseFoldLabel(first?.fold ?? ''));
    if (first && other) {
      const at = (r: ImportRow) => where.get(r) ?? `line ${r.line}`;
      const reason =
        `specimen ${group} is in fold ${first.fold} (${at(first)}) and fold ${other.fold} (${at(other)}): ` +
        'a specimen must stay in one fold';
      for (const r of members) errors.push({ line: r.line, reason });
      continue;
    }
    for (const r of members) out.push(first && r.fold === undefined ? { ...r, fold: first.fold } : r);
  }
  return out.sort((a, b) => a.line - b.line);
}

/**
 * Reads an import folder: finds and parses its manifest, then checks each row's files exist,
 * decode, fit the size limit and have a mask of the image's size. Bad rows are reported with their
 * line and reason; good rows come back decoded and hashed, ready to store, grouped into specimens
 * (groupBy) with folds from the manifest or a fold table. Warnings and mask reports say what a
 * curator should look at before training on it.
 */
export async function scanImportFolder(dir: string, options: ScanOptions = {}): Promise<ScanResult> {
  const files = await listFolderFiles(dir);
  const manifest = findManifest(files, options.manifest);
  const parsed = parseManifest(await readFile(path.join(dir, manifest), 'utf8'), options.layout);
  const total = parsed.rows.length + parsed.errors.length;
  if (total === 0) throw new ImportScanError(`the manifest ${manifest} has no data rows`);
  let table: FoldTable | null = null;
  if (options.foldsFile) {
    try {
      table = await readFoldTable(path.resolve(dir, options.foldsFile));
    } catch (err) {
      if (err instanceof FoldTableError) throw new ImportScanError(err.message);
      throw err;
    }
  }
  const errors: RowError[] = [...parsed.errors];
  const warnings: string[] = [];
  const decode: DecodeOptions = {
    maxPixels: options.maxPixels ?? DEFAULT_MAX_PIXELS,
    rgbToGrey: options.rgbToGrey,
  };
  const resolved: Array<{ row: (typeof parsed.rows)[number]; imagePath: string; maskPath?: string }> = [];
  let done = parsed.errors.length;
  const progress = (line: number, ok: boolean) => {
    done++;
    options.onProgress?.({ done, total, line, ok });
  };
  for (const row of parsed.rows) {
    const imagePath = resolveManifestFile(dir, row.image, files);
    const maskPath = row.mask === undefined ? undefined : resolveManifestFile(dir, row.mask, files);
    if (typeof imagePath !== 'string') errors.push({ line: row.line, reason: imagePath.error });
    else if (maskPath !== undefined && typeof maskPath !== 'string')
      errors.push({ line: row.line, reason: `mask: ${maskPath.error}` });
    else {
      resolved.push({ row, imagePath, maskPath });
      continue;
    }
    progress(row.line, false);
  }
  let grouping: { by: GroupBy; detected: boolean };
  let groupOf: ReturnType<typeof grouper>;
  try {
    grouping = resolveGroupBy(
      options.groupBy,
      parsed.columns.includes('specimen'),
      resolved.map((r) => r.imagePath),
    );
    groupOf = grouper(grouping.by);
  } catch (err) {
    if (err instanceof GroupByError) throw new ImportScanError(err.message);
    throw err;
  }
  let rows: ImportRow[] = [];
  for (const { row, imagePath, maskPath } of resolved) {
    const fail = (reason: string) => errors.push({ line: row.line, reason });
    const group = groupOf(imagePath, row.specimen);
    if ('error' in group) fail(group.error);
    else {
      try {
        const imageBytes = await readFile(path.join(dir, imagePath));
        const maskBytes = maskPath ? await readFile(path.join(dir, maskPath)) : undefined;
        const prepared = await prepareImportItem(imageBytes, maskBytes, decode);
        rows.push({
          ...prepared,
          line: row.line,
          imagePath,
          maskPath,
          pattern: row.pattern,
          intensity: row.intensity,
          specimen: group.group,
          groupSource: group.source,
          fold: row.fold,
        });
      } catch (err) {
        fail(err instanceof ImportItemError ? err.message : `cannot read: ${(err as Error).message}`);
      }
    }
    progress(row.line, rows[rows.length - 1]?.line === row.line);
  }
  const foldWhere = new Map<ImportRow, string>();
  if (table) rows = applyFoldTable(rows, table, errors, warnings, foldWhere);
  else {
    const tables = files.filter((f) => FOLD_FILE_NAME.test(fileName(f)));
    if (tables.length > 0)
      warnings.push(
        `fold tables found but not used (${tables.slice(0, 5).join(', ')}): name them with --folds-file`,
      );
  }
  rows = unifyGroupFolds(rows, errors, foldWhere);
  const foldless = new Set(rows.filter((r) => r.fold === undefined).map((r) => r.specimen));
  if (table && foldless.size > 0)
    warnings.push(`${foldless.size} specimen(s) are not in the fold table: their folds are assigned`);
  const groups = new Set(rows.map((r) => r.specimen)).size;
  if (rows.length > LONE_GROUP_WARNING_ROWS && groups === rows.length) {
    warnings.push(
      `every one of the ${rows.length} images is its own specimen (grouping: ${grouping.by}): folds and ` +
        "validation cannot keep a patient's images together. Add a specimen column, or use " +
        '--group-by folder | seed | pattern:<regex> if the images of one specimen share a folder or a name part',
    );
  }
  const masks: MaskRowReport[] = rows.flatMap((r) =>
    r.mask && r.maskPath ? [{ line: r.line, maskPath: r.maskPath, report: r.mask.report }] : [],
  );
  const maskSummary = summariseMasks(masks);
  if (maskSummary && maskSummary.emptyLines.length > 0)
    warnings.push(
      `${maskSummary.emptyLines.length} empty mask(s) (no foreground) on line(s) ${listLines(maskSummary.emptyLines)}`,
    );
  if (maskSummary && maskSummary.contourLines.length > 0)
    warnings.push(
      `${maskSummary.contourLines.length} mask(s) look like outlines rather than filled cells on line(s) ` +
        listLines(maskSummary.contourLines),
    );
  errors.sort((a, b) => a.line - b.line);
  return {
    layout: parsed.layout,
    manifest,
    rows,
    errors,
    total,
    grouping: { ...grouping, groups },
    foldTable: table ? (options.foldsFile ?? null) : null,
    masks,
    maskSummary,
    warnings,
  };
}

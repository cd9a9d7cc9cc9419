import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_MAX_PIXELS, type DecodeOptions } from '../image/image-decode';
import type { Intensity, PatternClass } from '../taxonomy/label-taxonomy';
import { listFolderFiles, resolveManifestFile } from './folder-files';
import { ImportItemError, type PreparedImage, prepareImportItem } from './import-item';
import { parseManifest } from './manifest.parser';
import type { ImportLayout, RowError } from './manifest-types';

export interface ImportRow extends PreparedImage {
  line: number;
  /** Paths relative to the folder, as resolved. */
  imagePath: string;
  maskPath?: string;
  pattern: PatternClass;
  intensity?: Intensity;
  /** From the manifest, else the image's file name without extension. */
  specimen: string;
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
  onProgress?: (p: ScanProgress) => void;
}

export interface ScanResult {
  layout: ImportLayout;
  manifest: string;
  rows: ImportRow[];
  errors: RowError[];
  /** Data rows in the manifest (good and bad). */
  total: number;
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

/**
 * Reads an import folder: finds and parses its manifest, then checks each row's files exist,
 * decode, fit the size limit and have a mask of the image's size. Bad rows are reported with their
 * line and reason; good rows come back decoded and hashed, ready to store.
 */
export async function scanImportFolder(dir: string, options: ScanOptions = {}): Promise<ScanResult> {
  const files = await listFolderFiles(dir);
  const manifest = findManifest(files, options.manifest);
  const parsed = parseManifest(await readFile(path.join(dir, manifest), 'utf8'), options.layout);
  const errors: RowError[] = [...parsed.errors];
  const rows: ImportRow[] = [];
  const total = parsed.rows.length + parsed.errors.length;
  const decode: DecodeOptions = {
    maxPixels: options.maxPixels ?? DEFAULT_MAX_PIXELS,
    rgbToGrey: options.rgbToGrey,
  };
  let done = parsed.errors.length;
  for (const row of parsed.rows) {
    const fail = (reason: string) => errors.push({ line: row.line, reason });
    const imagePath = resolveManifestFile(dir, row.image, files);
    const maskPath = row.mask === undefined ? undefined : resolveManifestFile(dir, row.mask, files);
    if (typeof imagePath !== 'string') fail(imagePath.error);
    else if (maskPath !== undefined && typeof maskPath !== 'string') fail(`mask: ${maskPath.error}`);
    else {
      try {
        const imageBytes = await readFile(path.join(dir, imagePath));
        const maskBytes = maskPath ? await readFile(path.join(dir, maskPath)) : undefined;
        const prepared = await prepareImportItem(imageBytes, maskBytes, decode);
        const specimen = row.specimen ?? path.basename(imagePath, path.extname(imagePath));
        rows.push({
          ...prepared,
          line: row.line,
          imagePath,
          maskPath,
          pattern: row.pattern,
          intensity: row.intensity,
          specimen,
          fold: row.fold,
        });
      } catch (err) {
        fail(err instanceof ImportItemError ? err.message : `cannot read: ${(err as Error).message}`);
      }
    }
    done++;
    options.onProgress?.({ done, total, line: row.line, ok: rows[rows.length - 1]?.line === row.line });
  }
  errors.sort((a, b) => a.line - b.line);
  return { layout: parsed.layout, manifest, rows, errors, total };
}

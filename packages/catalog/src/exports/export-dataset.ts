import {
  foldName,
  foldsCsv,
  headerCsv,
  type Intensity,
  type PatternClass,
  seedCsv,
  specimenCsv,
} from '@hep2/data';
import type { Db } from '@hep2/db';
import type { ObjectStore } from '@hep2/storage';
import { CatalogError } from '../catalog-error';
import { loadDatasetContext } from '../datasets/dataset-context';
import { buildCoco } from './coco-builder';
import { type ExportItem, type ExportLevel, loadExportItems } from './export-items';

export const EXPORT_FORMATS = ['seed-csv', 'header-csv', 'coco', 'specimen-csv', 'folds'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  datasetId: string;
  format: ExportFormat;
  /** Default true: approved labels only. False: everything, each with its status. */
  approvedOnly?: boolean;
  /** seed-csv / header-csv / coco: patches (default) or whole specimens. */
  level?: ExportLevel;
}

/** A file of the export; bytes are read on demand so large exports never sit in memory at once. */
export interface ExportFile {
  name: string;
  contentType: string;
  read: () => Promise<Uint8Array>;
}

export interface ExportResult {
  format: ExportFormat;
  level: ExportLevel;
  approvedOnly: boolean;
  /** Items (patches or specimens) in the export. */
  items: number;
  files: ExportFile[];
  /** Items left out, and why (e.g. no mask for the seed layout). */
  warnings: string[];
}

const text = (name: string, body: string, contentType = 'text/csv'): ExportFile => ({
  name,
  contentType,
  read: async () => Buffer.from(body, 'utf8'),
});

const extOf = (key: string) => key.slice(key.lastIndexOf('.') + 1);

function contentTypeOf(key: string): string {
  const ext = extOf(key);
  return ext === 'png'
    ? 'image/png'
    : ext === 'tif'
      ? 'image/tiff'
      : ext === 'jpg'
        ? 'image/jpeg'
        : ext === 'bmp'
          ? 'image/bmp'
          : 'application/octet-stream';
}

/**
 * Builds an export of a dataset: the seed CSV layout (no header: image, mask, pattern, intensity)
 * or the header layout with PNG masks, COCO JSON with RLE masks and pattern + intensity attributes,
 * a specimen-level CSV, or the folds. Images and masks are the stored bytes, unchanged.
 */
export async function exportDataset(db: Db, store: ObjectStore, o: ExportOptions): Promise<ExportResult> {
  if (!EXPORT_FORMATS.includes(o.format))
    throw new CatalogError('VALIDATION_FAILED', `format must be one of ${EXPORT_FORMATS.join(', ')}`, {
      field: 'format',
    });
  const ctx = await loadDatasetContext(db, o.datasetId);
  const approvedOnly = o.approvedOnly ?? true;
  const specimenFormat = o.format === 'specimen-csv' || o.format === 'folds';
  const level: ExportLevel = specimenFormat ? 'specimen' : (o.level ?? 'patch');
  const all = await loadExportItems(db, ctx, level, approvedOnly);
  const warnings: string[] = [];
  const statusFile = (items: readonly ExportItem[], fileOf: (i: ExportItem) => string) =>
    text('statuses.csv', `image,status\n${items.map((i) => `${fileOf(i)},${i.status}`).join('\n')}\n`);
  const fold = (i: ExportItem) => (i.fold === null ? undefined : foldName(i.fold));
  const imageFile = (i: ExportItem) => `images/${i.name}.${extOf(i.imageKey)}`;
  const maskFile = (i: ExportItem) => `masks/${i.name}_mask.png`;
  const binaryFiles = (items: readonly ExportItem[]): ExportFile[] =>
    items.flatMap((i) => [
      { name: imageFile(i), contentType: contentTypeOf(i.imageKey), read: () => store.get(i.imageKey) },
      ...(i.maskKey
        ? [{ name: maskFile(i), contentType: 'image/png', read: () => store.get(i.maskKey as string) }]
        : []),
    ]);
  // The CSV layouts need a known pattern; the seed layout also a mask and an intensity.
  const usable = (i: ExportItem) => {
    const why = !i.pattern
      ? 'no pattern label'
      : o.format === 'seed-csv' && !i.maskKey
        ? 'no mask'
        : o.format === 'seed-csv' && !intensityOf(i)
          ? 'no intensity label'
          : null;
    if (why) warnings.push(`${i.name}: left out (${why})`);
    return why === null;
  };
  const intensityOf = (i: ExportItem): Intensity | undefined =>
    (i.intensity ?? (i.pattern === 'negative' ? 'negative' : undefined)) as Intensity | undefined;
  const files: ExportFile[] = [];
  let items: ExportItem[] = all;
  if (o.format === 'seed-csv' || o.format === 'header-csv') {
    items = all.filter(usable);
    const csv =
      o.format === 'seed-csv'
        ? text(
            'dataset.csv',
            seedCsv(
              items.map((i) => ({
                image: imageFile(i),
                mask: maskFile(i),
                pattern: i.pattern as PatternClass,
                intensity: intensityOf(i) as Intensity,
              })),
            ),
          )
        : text(
            'manifest.csv',
            headerCsv(
              items.map((i) => ({
                image: imageFile(i),
                mask: i.maskKey ? maskFile(i) : undefined,
                pattern: i.pattern as PatternClass,
                intensity: intensityOf(i),
                specimen: level === 'specimen' ? i.specimen : i.name,
                fold: fold(i),
              })),
            ),
          );
    files.push(csv, ...binaryFiles(items));
    if (!approvedOnly) files.push(statusFile(items, imageFile));
  } else if (o.format === 'coco') {
    const coco = await buildCoco(ctx, all, imageFile, (key) => store.get(key));
    files.push(
      text('annotations.json', `${JSON.stringify(coco)}\n`, 'application/json'),
      ...all.map((i) => ({
        name: imageFile(i),
        contentType: contentTypeOf(i.imageKey),
        read: () => store.get(i.imageKey),
      })),
    );
  } else if (o.format === 'specimen-csv') {
    files.push(
      text(
        'specimens.csv',
        specimenCsv(
          all.map((i) => ({
            specimen: i.specimen,
            pattern: (i.pattern ?? '') as PatternClass,
            intensity: (i.intensity ?? undefined) as Intensity | undefined,
            images: 1,
            patches: approvedOnly ? i.approvedPatches : i.patches,
            fold: fold(i),
            status: i.status,
          })),
        ),
      ),
    );
  } else {
    items = all.filter((i) => i.fold !== null);
    files.push(
      text(
        'folds.csv',
        foldsCsv(
          items.map((i) => ({
            specimen: i.specimen,
            fold: fold(i) as string,
            pattern: (i.pattern ?? '') as PatternClass,
            intensity: (i.intensity ?? undefined) as Intensity | undefined,
          })),
        ),
      ),
    );
  }
  return { format: o.format, level, approvedOnly, items: items.length, files, warnings };
}

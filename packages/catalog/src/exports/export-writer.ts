import { foldName } from '@hep2/data';
import type { DatasetContext } from '../datasets/dataset-context';
import { type ExportFile, extOf, type ObjectReader, storedFile, textFile } from './export-file';
import type { ExportItem, ExportLevel } from './export-items';

/** What a writer gets: the dataset, its items as of one moment, and where their objects are. */
export interface ExportInput {
  ctx: DatasetContext;
  items: readonly ExportItem[];
  level: ExportLevel;
  approvedOnly: boolean;
  store: ObjectReader;
}

/** What a writer made: the items it kept, its files (read lazily), and the items it left out and why. */
export interface WrittenExport {
  items: readonly ExportItem[];
  files: ExportFile[];
  warnings: string[];
}

/** One export format (registered in export-formats.ts). */
export interface ExportWriter {
  /** One sentence: what it writes (the GraphQL enum value's description, the CLI's help). */
  description: string;
  /** The level it always writes (specimen-only formats); else the caller's choice, patches by default. */
  level?: ExportLevel;
  write(input: ExportInput): WrittenExport;
}

export const imageFileOf = (i: ExportItem) => `images/${i.name}.${extOf(i.imageKey)}`;
export const maskFileOf = (i: ExportItem) => `masks/${i.name}_mask.png`;
export const foldOf = (i: ExportItem) => (i.fold === null ? undefined : foldName(i.fold));

/** Each item's image, then its mask when it has one, under the names the manifests use. */
export const imageAndMaskFiles = (store: ObjectReader, items: readonly ExportItem[]): ExportFile[] =>
  items.flatMap((i) => [
    storedFile(store, imageFileOf(i), i.imageKey),
    ...(i.maskKey ? [storedFile(store, maskFileOf(i), i.maskKey)] : []),
  ]);

/** statuses.csv of an export of everything: each image's status (APPROVED, SUBMITTED, WEAK...). */
export const statusFile = (items: readonly ExportItem[], fileOf: (i: ExportItem) => string) =>
  textFile('statuses.csv', `image,status\n${items.map((i) => `${fileOf(i)},${i.status}`).join('\n')}\n`);

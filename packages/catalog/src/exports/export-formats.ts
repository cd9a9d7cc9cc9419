import { cocoWriter } from './coco-writer';
import { headerCsvWriter, seedCsvWriter } from './csv-writers';
import type { ExportWriter } from './export-writer';
import { foldsWriter, specimenCsvWriter } from './specimen-writers';

/**
 * Every export format, by the name the CLI and the API take. Adding a format is this one entry:
 * the CLI's --format, its help and the GraphQL ExportFormat enum (values and descriptions) are
 * derived from it.
 */
export const EXPORT_WRITERS = {
  'seed-csv': seedCsvWriter,
  'header-csv': headerCsvWriter,
  coco: cocoWriter,
  'specimen-csv': specimenCsvWriter,
  folds: foldsWriter,
} as const satisfies Record<string, ExportWriter>;

export type ExportFormat = keyof typeof EXPORT_WRITERS;

export const EXPORT_FORMATS = Object.keys(EXPORT_WRITERS) as readonly ExportFormat[];

export const isExportFormat = (value: string): value is ExportFormat => Object.hasOwn(EXPORT_WRITERS, value);

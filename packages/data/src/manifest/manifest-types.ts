import type { Intensity, PatternClass } from '../taxonomy/label-taxonomy';

/** Folder layouts the importer understands. */
export type ImportLayout = 'seed-csv' | 'header-csv' | 'cells';
export const IMPORT_LAYOUTS: readonly ImportLayout[] = ['seed-csv', 'header-csv', 'cells'];

/** One valid manifest row, file names still relative to the folder. */
export interface ManifestRow {
  /** 1-based line of the row in the manifest file. */
  line: number;
  image: string;
  mask?: string;
  pattern: PatternClass;
  intensity?: Intensity;
  specimen?: string;
  fold?: string;
}

export interface RowError {
  line: number;
  reason: string;
}

export interface ManifestParse {
  layout: ImportLayout;
  rows: ManifestRow[];
  errors: RowError[];
}

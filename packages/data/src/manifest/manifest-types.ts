/** Folder layouts the importer understands. */
export type ImportLayout = 'seed-csv' | 'header-csv' | 'cells';
export const IMPORT_LAYOUTS: readonly ImportLayout[] = ['seed-csv', 'header-csv', 'cells'];

/** One valid manifest row, file names still relative to the folder. */
export interface ManifestRow {
  /** 1-based line of the row in the manifest file. */
  line: number;
  image: string;
  mask?: string;
  /**
   * The pattern label as the manifest writes it (trimmed); undefined when the column is absent or
   * the cell empty. Labels are data: the dataset's taxonomy resolves them, not the parser.
   */
  pattern?: string;
  /** The intensity label as written (trimmed), or undefined. */
  intensity?: string;
  specimen?: string;
  fold?: string;
}

export interface RowError {
  line: number;
  reason: string;
}

/** Columns a manifest can have. */
export type ManifestField = 'image' | 'mask' | 'pattern' | 'intensity' | 'specimen' | 'fold';

export interface ManifestParse {
  layout: ImportLayout;
  /** The columns the manifest has (the seed layout: image, mask, pattern, intensity). */
  columns: ManifestField[];
  rows: ManifestRow[];
  errors: RowError[];
}

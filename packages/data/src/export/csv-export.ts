import { type Options, stringify } from 'csv-stringify/sync';
import { type Intensity, type PatternClass, SEED_PATTERN_LABELS } from '../taxonomy/label-taxonomy';

/** First characters a spreadsheet reads as the start of a formula (the ASCII ones and their full-width forms). */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A cell after escape_formulas: the quote, then a formula's first character. */
export const FORMULA_ESCAPED = new RegExp(`^'${FORMULA_START.source.slice(1)}`);

/**
 * Every CSV this package writes goes through here. Names come from labs' files and from users
 * (specimen names, file names): a cell starting with = + - @ tab or CR is a formula to Excel,
 * LibreOffice and Sheets (`=HYPERLINK(...)`, `+cmd|...`). As OWASP advises, such a cell gets a
 * leading single quote (csv-stringify's escape_formulas) and is quoted; readCsvRecords strips that
 * quote again, so our own exports re-import unchanged.
 */
export function writeCsv(records: unknown[][], options: Pick<Options, 'header' | 'columns'> = {}): string {
  return stringify(records, { ...options, escape_formulas: true, quoted_match: FORMULA_START });
}

export interface SeedCsvRow {
  image: string;
  mask: string;
  pattern: PatternClass;
  intensity: Intensity;
}

/** The seed code's layout: no header; image, mask, pattern, intensity with the seed's labels. */
export function seedCsv(rows: readonly SeedCsvRow[]): string {
  return writeCsv(rows.map((r) => [r.image, r.mask, SEED_PATTERN_LABELS[r.pattern], r.intensity]));
}

export interface HeaderCsvRow {
  image: string;
  mask?: string;
  pattern: PatternClass;
  intensity?: Intensity;
  specimen?: string;
  fold?: string;
}

/** The header layout: image, mask, pattern, intensity, specimen, fold. */
export function headerCsv(rows: readonly HeaderCsvRow[]): string {
  return writeCsv(
    rows.map((r) => [r.image, r.mask ?? '', r.pattern, r.intensity ?? '', r.specimen ?? '', r.fold ?? '']),
    { header: true, columns: ['image', 'mask', 'pattern', 'intensity', 'specimen', 'fold'] },
  );
}

/** Cell-crop layout as the public I3A cell sets ship it. */
export const CELL_CLASS_NAMES: Readonly<Record<PatternClass, string>> = {
  homogeneous: 'Homogeneous',
  speckled: 'Speckled',
  nucleolar: 'Nucleolar',
  centromere: 'Centromere',
  golgi: 'Golgi',
  nuclear_membrane: 'NuMem',
  mitotic_spindle: 'MitSp',
  negative: 'Negative',
};

export function cellsCsv(rows: ReadonlyArray<{ imageId: string; pattern: PatternClass }>): string {
  return writeCsv(
    rows.map((r) => [r.imageId, CELL_CLASS_NAMES[r.pattern]]),
    { header: true, columns: ['Image ID', 'Image class'] },
  );
}

export interface SpecimenCsvRow {
  specimen: string;
  pattern: PatternClass;
  intensity?: Intensity;
  images: number;
  patches?: number;
  fold?: string;
  status?: string;
}

export function specimenCsv(rows: readonly SpecimenCsvRow[]): string {
  return writeCsv(
    rows.map((r) => [
      r.specimen,
      r.pattern,
      r.intensity ?? '',
      r.images,
      r.patches ?? '',
      r.fold ?? '',
      r.status ?? '',
    ]),
    { header: true, columns: ['specimen', 'pattern', 'intensity', 'images', 'patches', 'fold', 'status'] },
  );
}

export function foldsCsv(
  rows: ReadonlyArray<{ specimen: string; fold: string; pattern: PatternClass; intensity?: Intensity }>,
): string {
  return writeCsv(
    rows.map((r) => [r.specimen, r.fold, r.pattern, r.intensity ?? '']),
    { header: true, columns: ['specimen', 'fold', 'pattern', 'intensity'] },
  );
}

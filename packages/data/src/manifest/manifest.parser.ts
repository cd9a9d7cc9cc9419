import { type CsvRecord, headerKey, readCsvRecords } from './csv-records';
import type { ImportLayout, ManifestField, ManifestParse, ManifestRow, RowError } from './manifest-types';

type Field = ManifestField;
type Columns = Partial<Record<Field, number>>;

/**
 * Column names a lab's manifest uses, matched after headerKey (lower case, `_`/`-` as spaces), most
 * specific first. `split` is deliberately absent: its values are usually train/test, not folds.
 */
export const HEADER_NAMES: Readonly<Record<Field, readonly string[]>> = {
  image: [
    'image',
    'image id',
    'image path',
    'image file',
    'image name',
    'file',
    'filename',
    'file name',
    'path',
    'cell',
    'cell id',
    'cell image',
    'id',
  ],
  mask: ['mask', 'mask path', 'mask file', 'mask image', 'mask name', 'segmentation', 'gt mask'],
  pattern: ['pattern', 'image class', 'class', 'label', 'category', 'pattern class', 'staining pattern'],
  intensity: ['intensity', 'cell intensity', 'intensity level', 'fluorescence intensity'],
  specimen: [
    'specimen',
    'specimen id',
    'patient',
    'patient id',
    'well',
    'well id',
    'sample',
    'sample id',
    'slide',
    'group',
  ],
  fold: ['fold', 'fold id', 'cv fold'],
};

const FIELDS = Object.keys(HEADER_NAMES) as Field[];

function fieldOf(key: string): Field | undefined {
  return FIELDS.find((f) => HEADER_NAMES[f].includes(key));
}

function columnsOf(header: readonly string[]): Columns {
  const keys = header.map(headerKey);
  const cols: Columns = {};
  const taken = new Set<number>();
  for (const field of FIELDS) {
    for (const name of HEADER_NAMES[field]) {
      const at = keys.findIndex((k, i) => k === name && !taken.has(i));
      if (at >= 0) {
        cols[field] = at;
        taken.add(at);
        break;
      }
    }
  }
  return cols;
}

/**
 * Whether a first row is a header: it names the image column, or at least two of its cells are known
 * column names (`image,mask` and `image,specimen,pattern` are headers). The seed layout has none:
 * its first row holds file names and labels, which are never column names.
 */
export function isHeaderRow(cells: readonly string[]): boolean {
  const fields = cells
    .map(headerKey)
    .filter((k) => k !== '')
    .map(fieldOf);
  return fields.includes('image') || fields.filter((f) => f !== undefined).length >= 2;
}

/** Seed layout has no header; I3A's cell list has `Image ID, Image class`; any other header is header-csv. */
export function detectCsvLayout(records: readonly CsvRecord[]): ImportLayout {
  const cells = records[0]?.cells ?? [];
  const first = cells.map(headerKey);
  if (first.includes('image id') && first.includes('image class')) return 'cells';
  if (isHeaderRow(cells)) return 'header-csv';
  return 'seed-csv';
}

const SEED_COLUMNS: Columns = { image: 0, mask: 1, pattern: 2, intensity: 3 };

function rowFrom(rec: CsvRecord, cols: Columns, layout: ImportLayout): ManifestRow | RowError {
  const get = (f: Field) => {
    const at = cols[f];
    return at === undefined ? '' : (rec.cells[at] ?? '').trim();
  };
  if (layout === 'seed-csv' && rec.cells.length < 4) {
    return {
      line: rec.line,
      reason: `expected 4 columns (image, mask, pattern, intensity), found ${rec.cells.length}`,
    };
  }
  const image = get('image');
  if (!image) return { line: rec.line, reason: 'image is empty' };
  const row: ManifestRow = { line: rec.line, image };
  for (const field of ['mask', 'pattern', 'intensity', 'specimen', 'fold'] as const) {
    const value = get(field);
    if (value) row[field] = value;
    else if (layout === 'seed-csv' && field !== 'specimen' && field !== 'fold')
      return { line: rec.line, reason: `${field} is empty` };
  }
  return row;
}

/**
 * Parses a manifest in any supported CSV layout (detected unless given), row by row: every bad row
 * becomes an error with its line and reason, the good rows are returned. Labels stay raw text: the
 * dataset's taxonomy resolves them. The seed layout needs its 4 columns; a header layout only needs
 * an image column (`image,mask` is a mask-only dataset).
 */
export function parseManifest(text: string, layout?: ImportLayout): ManifestParse {
  const records = readCsvRecords(text);
  const found = layout ?? detectCsvLayout(records);
  const errors: RowError[] = [];
  const rows: ManifestRow[] = [];
  let body = records;
  let cols = SEED_COLUMNS;
  if (found !== 'seed-csv') {
    const header = records[0];
    cols = columnsOf(header?.cells ?? []);
    body = records.slice(1);
    if (cols.image === undefined) {
      const names = HEADER_NAMES.image.slice(0, 3).join(', ');
      errors.push({ line: header?.line ?? 1, reason: `header lacks an image column (${names}, ...)` });
      return { layout: found, columns: [], rows, errors };
    }
  }
  const columns = FIELDS.filter((f) => cols[f] !== undefined);
  const seen = new Map<string, number>();
  for (const rec of body) {
    const r = rowFrom(rec, cols, found);
    if ('reason' in r) {
      errors.push(r);
      continue;
    }
    const dup = seen.get(r.image);
    if (dup !== undefined) {
      errors.push({ line: r.line, reason: `image ${r.image} already listed on line ${dup}` });
      continue;
    }
    seen.set(r.image, r.line);
    rows.push(r);
  }
  return { layout: found, columns, rows, errors };
}

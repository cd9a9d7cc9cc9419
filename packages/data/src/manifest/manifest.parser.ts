import {
  type Intensity,
  PATTERN_CLASSES,
  type PatternClass,
  parseIntensityLabel,
  parsePatternLabel,
} from '../taxonomy/label-taxonomy';
import { type CsvRecord, headerKey, readCsvRecords } from './csv-records';
import type { ImportLayout, ManifestParse, ManifestRow, RowError } from './manifest-types';

type Columns = Partial<Record<'image' | 'mask' | 'pattern' | 'intensity' | 'specimen' | 'fold', number>>;

const HEADER_NAMES: Record<keyof Columns, string[]> = {
  image: ['image', 'image id', 'image path', 'file', 'filename'],
  mask: ['mask', 'mask path'],
  pattern: ['pattern', 'image class', 'class', 'label'],
  intensity: ['intensity', 'cell intensity'],
  specimen: ['specimen', 'specimen id', 'patient'],
  fold: ['fold'],
};

function columnsOf(header: string[]): Columns {
  const keys = header.map(headerKey);
  const cols: Columns = {};
  for (const [field, names] of Object.entries(HEADER_NAMES) as Array<[keyof Columns, string[]]>) {
    const at = keys.findIndex((k) => names.includes(k));
    if (at >= 0) cols[field] = at;
  }
  return cols;
}

/** Seed layout has no header; a first row naming image and pattern/class columns is a header. */
export function detectCsvLayout(records: readonly CsvRecord[]): ImportLayout {
  const first = (records[0]?.cells ?? []).map(headerKey);
  if (first.includes('image id') && first.includes('image class')) return 'cells';
  if (first.includes('image') && first.includes('pattern')) return 'header-csv';
  return 'seed-csv';
}

const SEED_COLUMNS: Columns = { image: 0, mask: 1, pattern: 2, intensity: 3 };

function label(kind: string, value: string, known: readonly string[]): string {
  return `unknown ${kind} label "${value}" (expected one of ${known.join(', ')})`;
}

function rowFrom(rec: CsvRecord, cols: Columns, layout: ImportLayout): ManifestRow | RowError {
  const get = (f: keyof Columns) => {
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
  const mask = get('mask');
  if (layout === 'seed-csv' && !mask) return { line: rec.line, reason: 'mask is empty' };
  const patternText = get('pattern');
  const pattern: PatternClass | undefined = parsePatternLabel(patternText);
  if (!pattern) return { line: rec.line, reason: label('pattern', patternText, PATTERN_CLASSES) };
  const intensityText = get('intensity');
  let intensity: Intensity | undefined;
  if (intensityText) {
    intensity = parseIntensityLabel(intensityText);
    if (!intensity)
      return {
        line: rec.line,
        reason: label('intensity', intensityText, ['positive', 'intermediate', 'negative']),
      };
    if ((intensity === 'negative') !== (pattern === 'negative')) {
      return { line: rec.line, reason: `intensity ${intensity} does not fit pattern ${pattern}` };
    }
  } else if (layout === 'seed-csv') {
    return { line: rec.line, reason: 'intensity is empty' };
  }
  const row: ManifestRow = { line: rec.line, image, pattern };
  if (mask) row.mask = mask;
  if (intensity) row.intensity = intensity;
  if (get('specimen')) row.specimen = get('specimen');
  if (get('fold')) row.fold = get('fold');
  return row;
}

/**
 * Parses a manifest in any supported CSV layout (detected unless given), row by row: every bad row
 * becomes an error with its line and reason, the good rows are returned.
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
    const needed: Array<keyof Columns> = ['image', 'pattern'];
    const missing = needed.filter((c) => cols[c] === undefined);
    if (missing.length > 0) {
      errors.push({ line: header?.line ?? 1, reason: `header lacks column(s): ${missing.join(', ')}` });
      return { layout: found, rows, errors };
    }
  }
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
  return { layout: found, rows, errors };
}

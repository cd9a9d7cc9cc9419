import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { headerKey, readCsvRecords } from '../manifest/csv-records';
import { foldName, parseFoldLabel } from './specimen-folds';

/** One line of a fold table: an image or specimen name and its fold. */
export interface FoldTableEntry {
  /** The name as the table writes it. */
  key: string;
  /** 0-based fold. */
  fold: number;
  /** Where it was read, for messages: "fold_A.csv line 3". */
  where: string;
  /** What the key names, when the table's header says so. */
  kind: 'image' | 'specimen' | 'any';
}

export interface FoldTable {
  /** The file, or the folder of per-fold files, it was read from. */
  source: string;
  entries: FoldTableEntry[];
}

export class FoldTableError extends Error {
  override name = 'FoldTableError';
}

/** Per-fold list files: fold_A.csv, foldA.csv, fold-1.txt, Fold 2.csv ... */
export const FOLD_FILE_NAME = /^fold[\s_-]?([a-z]|\d+)\.(csv|txt)$/i;

const IMAGE_HEADERS = [
  'image',
  'image id',
  'image path',
  'image name',
  'file',
  'filename',
  'file name',
  'id',
];
const SPECIMEN_HEADERS = ['specimen', 'specimen id', 'patient', 'patient id', 'well', 'sample', 'group'];
const FOLD_HEADERS = ['fold', 'fold id', 'cv fold'];

/** Lower case, forward slashes, no leading "./": how table keys and file names are compared. */
export function foldKey(name: string): string {
  return name.trim().replace(/\\/g, '/').replace(/^\.\//, '').toLowerCase();
}

function checkDuplicates(entries: FoldTableEntry[]): void {
  const seen = new Map<string, FoldTableEntry>();
  for (const e of entries) {
    const k = foldKey(e.key);
    const before = seen.get(k);
    if (before && before.fold !== e.fold) {
      throw new FoldTableError(
        `fold table: ${e.key} is in fold ${foldName(before.fold)} (${before.where}) and fold ${foldName(e.fold)} (${e.where})`,
      );
    }
    if (!before) seen.set(k, e);
  }
}

/**
 * A CSV fold table: a header naming an image or specimen column and a fold column (letters A.. or
 * 0-based numbers), or no header and `name,fold` rows.
 */
function readTableCsv(text: string, file: string): FoldTableEntry[] {
  const records = readCsvRecords(text);
  const first = (records[0]?.cells ?? []).map(headerKey);
  const foldAt = first.findIndex((k) => FOLD_HEADERS.includes(k));
  let keyAt = 0;
  let foldCol = 1;
  let kind: FoldTableEntry['kind'] = 'any';
  let body = records;
  if (foldAt >= 0) {
    const imageAt = first.findIndex((k) => IMAGE_HEADERS.includes(k));
    const specimenAt = first.findIndex((k) => SPECIMEN_HEADERS.includes(k));
    if (imageAt >= 0) [keyAt, kind] = [imageAt, 'image'];
    else if (specimenAt >= 0) [keyAt, kind] = [specimenAt, 'specimen'];
    else keyAt = first.findIndex((_, i) => i !== foldAt);
    foldCol = foldAt;
    body = records.slice(1);
  }
  const entries: FoldTableEntry[] = [];
  for (const rec of body) {
    const key = rec.cells[keyAt] ?? '';
    const label = rec.cells[foldCol] ?? '';
    if (!key) continue;
    const parsed = parseFoldLabel(label);
    if (parsed === undefined)
      throw new FoldTableError(`${file} line ${rec.line}: fold "${label}" is neither a letter nor a number`);
    entries.push({ key, fold: parsed, where: `${file} line ${rec.line}`, kind });
  }
  return entries;
}

/**
 * Per-fold files in a folder (fold_A.csv ... or fold1.csv ...), each listing image (or specimen)
 * names in its first column; the fold comes from the file name. Numbered files are 1-based when
 * none is numbered 0 (fold1..fold5 are folds A..E), else 0-based.
 */
async function readFoldFiles(dir: string): Promise<FoldTableEntry[]> {
  const files = (await readdir(dir)).filter((f) => FOLD_FILE_NAME.test(f)).sort();
  if (files.length === 0) throw new FoldTableError(`no fold files (fold_A.csv, fold1.csv, ...) in ${dir}`);
  const labels = files.map((f) => (FOLD_FILE_NAME.exec(f)?.[1] ?? '').toUpperCase());
  const numbers = labels.filter((l) => /^\d+$/.test(l)).map(Number);
  const oneBased = numbers.length > 0 && !numbers.includes(0);
  const entries: FoldTableEntry[] = [];
  for (const [i, file] of files.entries()) {
    const label = labels[i] ?? '';
    const fold = /^\d+$/.test(label) ? Number(label) - (oneBased ? 1 : 0) : (parseFoldLabel(label) ?? 0);
    const records = readCsvRecords(await readFile(path.join(dir, file), 'utf8'));
    const firstKey = headerKey(records[0]?.cells[0] ?? '');
    const body = [...IMAGE_HEADERS, ...SPECIMEN_HEADERS].includes(firstKey) ? records.slice(1) : records;
    for (const rec of body) {
      const key = rec.cells[0] ?? '';
      if (key) entries.push({ key, fold, where: `${file} line ${rec.line}`, kind: 'any' });
    }
  }
  return entries;
}

/** Reads a fold table: one CSV file, or a folder of per-fold files. Throws FoldTableError. */
export async function readFoldTable(file: string): Promise<FoldTable> {
  let isDir: boolean;
  try {
    isDir = (await stat(file)).isDirectory();
  } catch {
    throw new FoldTableError(`fold table ${file} not found`);
  }
  const entries = isDir
    ? await readFoldFiles(file)
    : readTableCsv(await readFile(file, 'utf8'), path.basename(file));
  if (entries.length === 0) throw new FoldTableError(`fold table ${file} lists no names`);
  checkDuplicates(entries);
  return { source: file, entries };
}

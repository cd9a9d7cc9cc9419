import { parse } from 'csv-parse/sync';
import { FORMULA_ESCAPED } from '../export/csv-export';

export interface CsvRecord {
  line: number;
  cells: string[];
}

/** Parses CSV text into trimmed records tagged with the line each starts on; blank lines skipped. */
export function readCsvRecords(text: string): CsvRecord[] {
  // Mixed line endings confuse csv-parse's line count; one kind of newline keeps line numbers true.
  const out = parse(text.replace(/\r\n?/g, '\n'), {
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    trim: true,
    bom: true,
    info: true,
    raw: true,
  }) as unknown as Array<{ record: string[]; info: { lines: number }; raw: string }>;
  return out
    .map((o) => {
      const inner = o.raw.replace(/^\n+/, '').replace(/\n$/, '');
      const extraLines = (inner.match(/\n/g) ?? []).length;
      return { line: o.info.lines - extraLines, cells: o.record.map(unescapeFormula) };
    })
    .filter((r) => r.cells.some((c) => c !== ''));
}

/**
 * Undoes writeCsv's formula escaping ('=SUM(1) -> =SUM(1)), so that our exports re-import with the
 * names they were exported with. A lab's own cell that starts with a quote and then = + - @ loses
 * that quote too: no name, file or label we import is meant to start that way.
 */
function unescapeFormula(cell: string): string {
  return FORMULA_ESCAPED.test(cell) ? cell.slice(1) : cell;
}

/** Header cells normalised for matching: lower case, single spaces, no underscores or dashes. */
export function headerKey(cell: string): string {
  return cell
    .trim()
    .toLowerCase()
    .replace(/[_\s-]+/g, ' ');
}

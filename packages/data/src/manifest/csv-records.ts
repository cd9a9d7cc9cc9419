import { parse } from 'csv-parse/sync';

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
      return { line: o.info.lines - extraLines, cells: o.record };
    })
    .filter((r) => r.cells.some((c) => c !== ''));
}

/** Header cells normalised for matching: lower case, single spaces, no underscores or dashes. */
export function headerKey(cell: string): string {
  return cell
    .trim()
    .toLowerCase()
    .replace(/[_\s-]+/g, ' ');
}

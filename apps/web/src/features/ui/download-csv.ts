import { stringify } from 'csv-stringify/browser/esm/sync';

export type CsvCell = string | number | null | undefined;

/**
 * The file's text. Names come from users: a text cell starting with = + - @ tab or CR would run as a
 * formula in a spreadsheet (`=HYPERLINK(...)`), so it gets a leading single quote (OWASP); numbers
 * stay numbers. A byte-order mark makes spreadsheet programs read accents as UTF-8.
 */
export function csvText(rows: CsvCell[][]): string {
  return `\uFEFF${stringify(
    rows.map((row) => row.map((cell) => cell ?? '')),
    { escape_formulas: true },
  )}`;
}

/** Saves rows (the first being the header) as a CSV file from the browser: spreadsheets open it as is. */
export function downloadCsv(filename: string, rows: CsvCell[][]): void {
  const url = URL.createObjectURL(new Blob([csvText(rows)], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  // The click has started the download; the URL can go once the event loop has moved on.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

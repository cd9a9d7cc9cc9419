import { stringify } from 'csv-stringify/browser/esm/sync';

export type CsvCell = string | number | null | undefined;

/** Saves rows (the first being the header) as a CSV file from the browser: spreadsheets open it as is. */
export function downloadCsv(filename: string, rows: CsvCell[][]): void {
  // A byte-order mark so that spreadsheet programs read names with accents as UTF-8.
  const text = `\uFEFF${stringify(rows.map((row) => row.map((cell) => cell ?? '')))}`;
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  // The click has started the download; the URL can go once the event loop has moved on.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

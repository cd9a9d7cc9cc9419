import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvText } from '@/features/ui/download-csv';

describe('CSV downloads from the browser', () => {
  it('neutralises text cells a spreadsheet would run as a formula, and keeps numbers', () => {
    const text = csvText([
      ['annotator', 'kappa', 'submitted'],
      ['=HYPERLINK("http://x","click")', -0.27, 3],
      ['+cmd|calc', null, 0],
      ['@SUM(1+1)', 0.5, 1],
      ['Ann-Marie', undefined, 2],
    ]);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parse(text.slice(1)) as string[][];
    expect(rows.map((r) => r[0])).toEqual([
      'annotator',
      `'=HYPERLINK("http://x","click")`,
      "'+cmd|calc",
      "'@SUM(1+1)",
      'Ann-Marie',
    ]);
    expect(rows.map((r) => r[1])).toEqual(['kappa', '-0.27', '', '0.5', '']);
  });
});

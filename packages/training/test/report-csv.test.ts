import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../src/experiments/report/report-csv';

describe('experiment report CSVs', () => {
  it('neutralise text a spreadsheet would run as a formula; numbers and plain text stay as they are', () => {
    const text = toCsv(
      ['setting', 'label', 'mean'],
      [
        ['a', '=HYPERLINK("http://x")', -0.27],
        ['b', '@SUM(1+1)', 0.5],
        ['c', 'bce, gradnorm', Number.NaN],
      ],
    );
    expect(parse(text)).toEqual([
      ['setting', 'label', 'mean'],
      ['a', `'=HYPERLINK("http://x")`, '-0.27'],
      ['b', "'@SUM(1+1)", '0.5'],
      ['c', 'bce, gradnorm', ''],
    ]);
  });
});

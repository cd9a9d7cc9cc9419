import { describe, expect, it } from 'vitest';
import {
  groupingText,
  lineList,
  maskSummaryText,
  sharePercent,
} from '../src/features/imports/import-report-text';
import { specimenPatternPanel } from '../src/features/imports/specimen-pattern-panel';

describe("an import job's report in words", () => {
  it('mask summary: empty and outline-like masks with their lines, foreground range', () => {
    expect(
      maskSummaryText({
        masks: 40,
        emptyLines: [4, 9, 17],
        contourLines: [2, 3, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15],
        foregroundMin: 0.021,
        foregroundMax: 0.38,
      }),
    ).toBe(
      '3 empty masks (lines 4, 9, 17), 12 outline-like masks (lines 2, 3, 5, 6, 7, 8, 10, 11 and 4 more), foreground 2.1-38 %',
    );
    expect(
      maskSummaryText({ masks: 1, emptyLines: [], contourLines: [], foregroundMin: 0.2, foregroundMax: 0.2 }),
    ).toBe('1 mask, none empty or outline-like, foreground 20 %');
    expect(lineList([7])).toBe('line 7');
    expect(sharePercent(0)).toBe('0');
    expect(sharePercent(1)).toBe('100');
  });

  it('grouping: images, specimens and the rule', () => {
    expect(groupingText({ by: 'column', detected: true, groups: 12 }, 812)).toBe(
      '812 images in 12 specimens, grouped by the specimen column (detected)',
    );
    expect(groupingText({ by: 'pattern:^(\\d+)_', detected: false, groups: 1 }, 3)).toBe(
      '3 images in 1 specimen, grouped by the file-name pattern ^(\\d+)_',
    );
    expect(groupingText({ by: 'file', detected: true, groups: 5 }, 5)).toContain('one specimen per file');
  });
});

describe('the specimens-per-pattern chart says whose labels it counts', () => {
  const rows = (a: number, b: number) => [
    { key: 'homogeneous', name: 'Homogeneous', count: a },
    { key: 'speckled', name: 'Speckled', count: b },
  ];

  it('mixed weak and curated: imported pattern, with the curated share', () => {
    expect(specimenPatternPanel(rows(6, 4), rows(2, 1))).toEqual({
      title: 'Specimens per imported pattern',
      note: '3 of 10 curated ground truth (30 %), 7 weak labels',
    });
  });

  it('only curated, only weak, none', () => {
    expect(specimenPatternPanel(rows(2, 1), rows(2, 1)).title).toBe('Specimens per curated pattern');
    expect(specimenPatternPanel(rows(2, 1), rows(0, 0)).title).toBe('Specimens per weak pattern');
    expect(specimenPatternPanel(rows(0, 0), rows(0, 0)).note).toBeNull();
  });
});

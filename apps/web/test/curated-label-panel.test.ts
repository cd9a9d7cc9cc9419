import { describe, expect, it } from 'vitest';
import { CURATED_PARTS, curatedLabelPanel } from '../src/features/imports/curated-label-panel';

const rows = (...counts: number[]) => counts.map((count) => ({ count }));

describe('approved labels per class: labelled here apart from imported ground truth', () => {
  it('both kinds: split bars and both counts named', () => {
    expect(curatedLabelPanel('pattern', rows(5, 7), rows(2, 6))).toEqual({
      title: 'Approved patches per pattern',
      note: '4 labelled here, 8 imported as ground truth (pale)',
      parts: CURATED_PARTS,
    });
  });

  it('only imported: never read as the team labelling progress', () => {
    expect(curatedLabelPanel('intensity', rows(3, 4), rows(3, 4))).toEqual({
      title: 'Imported ground truth per intensity',
      note: 'all 7 imported as curated ground truth; none labelled here yet',
    });
  });

  it('only labelled here, or nothing approved', () => {
    expect(curatedLabelPanel('pattern', rows(2, 1), rows(0, 0))).toEqual({
      title: 'Approved patches per pattern',
      note: 'all 3 labelled and approved here',
    });
    expect(curatedLabelPanel('pattern', rows(0, 0), rows(0, 0)).note).toBeNull();
  });
});

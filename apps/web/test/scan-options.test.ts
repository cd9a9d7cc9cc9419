import { describe, expect, it } from 'vitest';
import { NO_SCAN_OPTIONS, scanOptionsInput } from '@/features/imports/scan-options-fields';

describe('import scan options from the admin form', () => {
  it('leaves blank fields to the importer', () => {
    expect(scanOptionsInput(NO_SCAN_OPTIONS)).toEqual({
      groupBy: null,
      foldsFile: null,
      skipDuplicates: null,
      validationFold: null,
    });
  });

  it('maps a pattern grouping, a fold table, a lettered or numbered fold', () => {
    const form = { groupBy: 'pattern', pattern: '^(\\d+)_', foldsFile: ' folds/ ', skipDuplicates: true };
    expect(scanOptionsInput({ ...form, validationFold: 'b' })).toEqual({
      groupBy: 'pattern:^(\\d+)_',
      foldsFile: 'folds/',
      skipDuplicates: true,
      validationFold: 1,
    });
    expect(scanOptionsInput({ ...form, groupBy: 'seed', validationFold: '3' })).toMatchObject({
      groupBy: 'seed',
      validationFold: 3,
    });
    expect(scanOptionsInput({ ...form, validationFold: 'x1' }).validationFold).toBeNull();
  });
});

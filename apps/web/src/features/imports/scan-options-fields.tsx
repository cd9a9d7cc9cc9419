'use client';
import type { ImportOptionsInput } from '@/gql/graphql';

export interface ScanOptionsState {
  groupBy: string;
  pattern: string;
  foldsFile: string;
  skipDuplicates: boolean;
  validationFold: string;
}

export const NO_SCAN_OPTIONS: ScanOptionsState = {
  groupBy: '',
  pattern: '',
  foldsFile: '',
  skipDuplicates: false,
  validationFold: '',
};

/** The API's ImportOptionsInput from the form; blank fields are left to the importer's defaults. */
export function scanOptionsInput(s: ScanOptionsState): ImportOptionsInput {
  const fold = s.validationFold.trim().toUpperCase();
  // A fold is a letter (A = 0) as in seed fold tables, or a 0-based number.
  const validationFold = /^[A-Z]$/.test(fold) ? fold.charCodeAt(0) - 65 : fold === '' ? null : Number(fold);
  return {
    groupBy: s.groupBy === 'pattern' ? `pattern:${s.pattern}` : s.groupBy || null,
    foldsFile: s.foldsFile.trim() || null,
    skipDuplicates: s.skipDuplicates || null,
    validationFold: Number.isInteger(validationFold) ? validationFold : null,
  };
}

/** Grouping, fold table, duplicates and validation fold: the same options as `hep2 import`. */
export function ScanOptionsFields({
  value,
  onChange,
}: {
  value: ScanOptionsState;
  onChange(next: ScanOptionsState): void;
}) {
  const set = (patch: Partial<ScanOptionsState>) => onChange({ ...value, ...patch });
  return (
    <details className="stack-sm">
      <summary>Specimens, folds and duplicates</summary>
      <div className="row">
        <label className="inline-field">
          Specimen of each image
          <select value={value.groupBy} onChange={(e) => set({ groupBy: e.target.value })} name="groupBy">
            <option value="">Detect (specimen column, seed naming)</option>
            <option value="column">Manifest's specimen column</option>
            <option value="folder">Image's folder</option>
            <option value="seed">Seed naming (00003_p0_patch0 → 00003)</option>
            <option value="file">Each image its own specimen</option>
            <option value="pattern">File-name pattern…</option>
          </select>
        </label>
        {value.groupBy === 'pattern' && (
          <input
            name="groupPattern"
            placeholder="^(\d+)_ (first group = specimen)"
            value={value.pattern}
            onChange={(e) => set({ pattern: e.target.value })}
            aria-label="File-name pattern"
          />
        )}
      </div>
      <div className="row">
        <input
          name="foldsFile"
          className="grow"
          placeholder="Fold table inside the folder, e.g. folds.csv or folds/ (optional)"
          value={value.foldsFile}
          onChange={(e) => set({ foldsFile: e.target.value })}
          aria-label="Fold table"
        />
        <input
          name="validationFold"
          size={6}
          placeholder="e.g. A"
          value={value.validationFold}
          onChange={(e) => set({ validationFold: e.target.value })}
          aria-label="Validation fold"
          title="The specimens of this fold (letter, or 0-based number) become the validation specimens"
        />
        <label className="inline-field">
          <input
            type="checkbox"
            name="skipDuplicates"
            checked={value.skipDuplicates}
            onChange={(e) => set({ skipDuplicates: e.target.checked })}
          />
          Skip duplicate images
        </label>
      </div>
    </details>
  );
}

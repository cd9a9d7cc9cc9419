/**
 * The "specimens per pattern" chart counts the specimen-level labels an import brought: weak labels
 * (training only) and curated ground truth alike. Its title and note say which, so that a lab never
 * reads weak labels as verified ones.
 */

export interface PatternCount {
  key: string;
  name: string;
  count: number;
}

export interface SpecimenPatternPanel {
  title: string;
  /** Null when there is nothing to tell apart (no labelled specimens). */
  note: string | null;
}

const total = (rows: readonly PatternCount[]) => rows.reduce((n, r) => n + r.count, 0);

export function specimenPatternPanel(
  all: readonly PatternCount[],
  curated: readonly PatternCount[],
): SpecimenPatternPanel {
  const labelled = total(all);
  const expert = Math.min(total(curated), labelled);
  const weak = labelled - expert;
  if (labelled === 0) return { title: 'Specimens per imported pattern', note: null };
  if (weak === 0)
    return {
      title: 'Specimens per curated pattern',
      note: `all ${labelled} labelled specimens are curated ground truth`,
    };
  if (expert === 0)
    return {
      title: 'Specimens per weak pattern',
      note: `${labelled} specimens with weak labels (training only, not verified)`,
    };
  return {
    title: 'Specimens per imported pattern',
    note: `${expert} of ${labelled} curated ground truth (${Math.round((expert / labelled) * 100)} %), ${weak} weak labels`,
  };
}

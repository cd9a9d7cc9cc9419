/**
 * The "approved labels per pattern / intensity" charts count every approved annotation: those the
 * lab's annotators made and curators approved here, and the ground truth a curated import brought.
 * Bars show the two apart, and the note says how many of each, so that an imported set is never
 * read as the team's own labelling progress.
 */
import type { CountParts } from '../charts/category-bar-chart';

interface LabelCount {
  count: number;
}

export interface CuratedLabelPanel {
  title: string;
  /** Null when there is nothing approved yet. */
  note: string | null;
  /** Set when both kinds are present, so the bars are split. */
  parts?: CountParts;
}

export const CURATED_PARTS: CountParts = { rest: 'labelled here', part: 'imported ground truth' };

const total = (rows: readonly LabelCount[]) => rows.reduce((n, r) => n + r.count, 0);

export function curatedLabelPanel(
  head: 'pattern' | 'intensity',
  approved: readonly LabelCount[],
  imported: readonly LabelCount[],
): CuratedLabelPanel {
  const all = total(approved);
  const fromImport = Math.min(total(imported), all);
  const here = all - fromImport;
  const title = `Approved patches per ${head}`;
  if (all === 0) return { title, note: null };
  if (fromImport === 0) return { title, note: `all ${all} labelled and approved here` };
  if (here === 0)
    return {
      title: `Imported ground truth per ${head}`,
      note: `all ${all} imported as curated ground truth; none labelled here yet`,
    };
  return {
    title,
    note: `${here} labelled here, ${fromImport} imported as ground truth (pale)`,
    parts: CURATED_PARTS,
  };
}

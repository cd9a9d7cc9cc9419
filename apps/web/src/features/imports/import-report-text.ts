/** Sentences for an import job's scan report (warnings, masks, grouping) on the admin page. */

export interface MaskSummaryView {
  masks: number;
  emptyLines: readonly number[];
  contourLines: readonly number[];
  foregroundMin: number;
  foregroundMax: number;
}

export interface GroupingView {
  by: string;
  detected: boolean;
  groups: number;
}

/** Lines listed before "and N more": a real set had 34 empty masks. */
const LISTED_LINES = 8;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "lines 4, 9, 17" (the first few, then "and 26 more"). */
export function lineList(lines: readonly number[]): string {
  const shown = lines.slice(0, LISTED_LINES).join(', ');
  const rest = lines.length - LISTED_LINES;
  return `${lines.length === 1 ? 'line' : 'lines'} ${shown}${rest > 0 ? ` and ${rest} more` : ''}`;
}

/** A foreground share (0..1) as a percentage with two significant digits: 0.021 -> "2.1", 0.38 -> "38". */
export function sharePercent(share: number): string {
  return String(Number((share * 100).toPrecision(2)));
}

/** "3 empty masks (lines 4, 9, 17), 12 outline-like masks (lines ...), foreground 2.1-38 %". */
export function maskSummaryText(m: MaskSummaryView): string {
  const parts: string[] = [];
  if (m.emptyLines.length > 0)
    parts.push(`${plural(m.emptyLines.length, 'empty mask')} (${lineList(m.emptyLines)})`);
  if (m.contourLines.length > 0)
    parts.push(`${plural(m.contourLines.length, 'outline-like mask')} (${lineList(m.contourLines)})`);
  if (parts.length === 0) parts.push(`${plural(m.masks, 'mask')}, none empty or outline-like`);
  const [min, max] = [sharePercent(m.foregroundMin), sharePercent(m.foregroundMax)];
  parts.push(`foreground ${min === max ? min : `${min}-${max}`} %`);
  return parts.join(', ');
}

/** How the grouping was chosen, as the end of "grouped by ...". */
export function groupingRule(by: string): string {
  if (by === 'column') return 'grouped by the specimen column';
  if (by === 'folder') return 'grouped by folder';
  if (by === 'seed') return "grouped by the seed's file naming";
  if (by === 'file') return 'one specimen per file (not grouped)';
  if (by.startsWith('pattern:')) return `grouped by the file-name pattern ${by.slice('pattern:'.length)}`;
  return `grouped by ${by}`;
}

/** "812 images in 12 specimens, grouped by the specimen column (detected)". */
export function groupingText(g: GroupingView, images: number): string {
  return `${plural(images, 'image')} in ${plural(g.groups, 'specimen')}, ${groupingRule(g.by)}${
    g.detected ? ' (detected)' : ''
  }`;
}

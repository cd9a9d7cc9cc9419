import type { EvaluationBaselines } from '../evaluation/baselines';
import type { EvaluationMetrics } from '../evaluation/evaluate-model';

const f = (v: number | null | undefined) => (v === null || v === undefined ? '-' : v.toFixed(3));

/**
 * The model's validation figures next to what it must beat on the same patches: the majority
 * class (pattern, intensity) and, for masks, an Otsu threshold of each patch and every pixel
 * foreground. Heads without validation labels are left out.
 */
export function metricsTable(m: EvaluationMetrics): string[] {
  const b: EvaluationBaselines | undefined = m.baselines;
  const rows: string[][] = [['', 'model', 'majority', 'otsu', 'all-foreground']];
  const notes: string[] = [];
  if (m.segmentation) {
    const s = m.segmentation;
    // Versions evaluated before native resolution existed have no threshold / resolution.
    const where = s.resolution ? `${s.resolution} px` : 'input px';
    const at = typeof s.threshold === 'number' ? `, t=${s.threshold}` : '';
    rows.push([
      `mask dice (${where}${at})`,
      f(s.dice),
      '-',
      f(b?.segmentation?.otsu.dice),
      f(b?.segmentation?.allForeground.dice),
    ]);
    rows.push([
      `mask iou (${where}${at})`,
      f(s.iou),
      '-',
      f(b?.segmentation?.otsu.iou),
      f(b?.segmentation?.allForeground.iou),
    ]);
    if (typeof s.diceAt05 === 'number')
      rows.push([`mask dice (${where}, t=0.5)`, f(s.diceAt05), '-', '-', '-']);
    if (typeof s.diceAtInput === 'number')
      rows.push([
        'mask dice (input px, t=0.5)',
        f(s.diceAtInput),
        '-',
        f(b?.segmentation?.atInput?.otsu.dice),
        f(b?.segmentation?.atInput?.allForeground.dice),
      ]);
    if (typeof s.threshold === 'number')
      notes.push(
        `  (mask threshold ${s.threshold} chosen on these validation patches - slightly optimistic; proposals use it)`,
      );
  }
  if (m.pattern) {
    rows.push(['pattern accuracy', f(m.pattern.accuracy), f(b?.pattern?.accuracy), '-', '-']);
    rows.push([
      'pattern mean class acc.',
      f(m.pattern.meanClassAccuracy),
      f(b?.pattern?.meanClassAccuracy),
      '-',
      '-',
    ]);
  }
  if (m.intensity) {
    rows.push(['intensity accuracy', f(m.intensity.accuracy), f(b?.intensity?.accuracy), '-', '-']);
    rows.push([
      'intensity mean class acc.',
      f(m.intensity.meanClassAccuracy),
      f(b?.intensity?.meanClassAccuracy),
      '-',
      '-',
    ]);
  }
  if (rows.length === 1) return ['  no labelled validation patch: no figures'];
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  const lines = rows.map(
    (r) =>
      `  ${r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  ')}`,
  );
  lines.push(...notes);
  const heads = [b?.pattern, b?.intensity].filter((h) => h?.source === 'validation');
  if (heads.length > 0)
    lines.push("  (majority: the validation labels' own majority class - training labels unknown)");
  if (!m.pattern) lines.push('  pattern: no validation labels (head not scored)');
  if (!m.intensity) lines.push('  intensity: no validation labels (head not scored)');
  if (!m.segmentation) lines.push('  mask: no validation masks (head not scored)');
  return lines;
}

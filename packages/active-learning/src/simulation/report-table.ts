import type { ArmComparison } from './arm-report';
import type { PairedInterval } from './paired-interval';

const num = (x: number, digits: number) => (Number.isFinite(x) ? x.toFixed(digits) : 'not reached');
const signed = (x: number) => (x >= 0 ? `+${x.toFixed(3)}` : x.toFixed(3));

function interval(i: PairedInterval | null, format: (x: number) => string): string {
  if (!i) return 'n/a';
  return `${format(i.estimate)} [${format(i.lower)}, ${format(i.upper)}]`;
}

/**
 * A readable table of every arm against random for one test set and metric: mean AUC, the paired
 * AUC difference with its interval, and the median cost share to reach random's full-budget value.
 */
export function comparisonTable(title: string, rows: readonly ArmComparison[]): string[] {
  const head = [
    'arm',
    'AUC (mean)',
    'AUC - random [95% CI]',
    "cost to random's final / budget: median [95% CI]",
    'reached',
  ];
  const body = rows.map((r) => [
    r.arm,
    (r.aucArm.reduce((a, b) => a + b, 0) / r.aucArm.length).toFixed(3),
    r.arm === 'random' ? '(baseline)' : interval(r.aucDifference, signed),
    interval(r.costRatioMedian, (x) => num(x, 2)),
    `${r.reached}/${r.costRatio.length}`,
  ]);
  const widths = head.map((h, k) => Math.max(h.length, ...body.map((b) => (b[k] as string).length)));
  const line = (cells: string[]) => cells.map((c, k) => c.padEnd(widths[k] as number)).join(' | ');
  return [title, line(head), widths.map((w) => '-'.repeat(w)).join('-|-'), ...body.map(line)];
}

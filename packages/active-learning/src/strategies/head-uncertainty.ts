import type { AcquisitionSettings } from './acquisition-config';
import type { ScoreRow } from './score-table';

export type Head = 'pattern' | 'intensity' | 'mask';

/**
 * One head's uncertainty for a row, from the stored columns, per the settings' measure choice:
 * entropy is divided by log K so heads with different class counts compare; margin becomes
 * 1 - margin; BALD falls back to entropy for rows scored without MC samples (for the mask:
 * without full-network MC dropout, where the mask is deterministic and has no BALD).
 */
export function headUncertainty(
  row: ScoreRow,
  head: Head,
  measures: AcquisitionSettings['measures'],
): number {
  if (head === 'mask') {
    if (measures.mask === 'bald' && typeof row.bald?.mask === 'number') return row.bald.mask;
    return measures.mask === 'boundary' ? (row.boundaryEntropy ?? row.maskEntropy) : row.maskEntropy;
  }
  const probs = head === 'pattern' ? row.patternProbs : row.intensityProbs;
  const measure = measures[head];
  if (measure === 'bald' && row.bald) return head === 'pattern' ? row.bald.pattern : row.bald.intensity;
  if (measure === 'margin') {
    if (head === 'pattern') return 1 - row.patternMargin;
    const sorted = Array.from(probs).sort((a, b) => b - a);
    return 1 - ((sorted[0] ?? 1) - (sorted[1] ?? 0));
  }
  const h = head === 'pattern' ? row.patternEntropy : row.intensityEntropy;
  return probs.length > 1 ? h / Math.log(probs.length) : 0;
}

import { argmax } from '../measures/uncertainty.measures';
import type { AcquisitionSettings } from './acquisition-config';
import { kCenterGreedy, type Pick, rareQuota, specimenCap } from './batch-selectors';
import type { AcquisitionContext, RankedPatch, ScoreRow } from './score-table';
import { getStrategy } from './strategy.registry';

/**
 * The acquisition order of the whole unlabelled pool: the strategy scores every row; the first
 * batch is shaped by the selectors (rare-class quota first, then diversity - k-center or a
 * per-specimen cap - over the rest of the batch); everything after the batch follows the score.
 * Priorities are (N - position) / N, so the queue (priority desc) serves exactly this order.
 *
 * `options.selectors` overrides whether the strategy's order goes through the selectors. Production
 * never passes it; the label-efficiency ablation does, to run each part alone (random order + rare
 * quota, random order + k-center) with exactly the selectors the full strategy uses.
 */
export function rankPatches(
  rows: readonly ScoreRow[],
  settings: AcquisitionSettings,
  context: AcquisitionContext = { labelledPerPattern: [] },
  options: { selectors?: boolean } = {},
): RankedPatch[] {
  const strategy = getStrategy(settings.strategy);
  const useSelectors = options.selectors ?? strategy.selectors;
  const scores = strategy.score(rows, settings);
  const order = rows
    .map((_, i) => i)
    .sort(
      (a, b) =>
        (scores[b] as number) - (scores[a] as number) || cmp(rows[a] as ScoreRow, rows[b] as ScoreRow),
    );
  const batchSize = Math.min(settings.batchSize, rows.length);
  let batch: Pick[];
  if (!useSelectors) {
    batch = order.slice(0, batchSize).map((index) => ({ index, reason: strategy.reason }));
  } else {
    batch = rareQuota(order, rows, settings, context);
    const rest = batchSize - batch.length;
    const { kind, candidateFactor, maxPerSpecimen } = settings.diversity;
    if (kind === 'k-center') batch.push(...kCenterGreedy(order, rows, batch, rest, candidateFactor));
    else if (kind === 'specimen-cap') batch.push(...specimenCap(order, rows, batch, rest, maxPerSpecimen));
    const inBatch = new Set(batch.map((p) => p.index));
    for (const index of order) {
      if (batch.length >= batchSize) break;
      if (!inBatch.has(index)) {
        batch.push({ index, reason: strategy.reason });
        inBatch.add(index);
      }
    }
  }
  const inBatch = new Set(batch.map((p) => p.index));
  const all: Pick[] = [
    ...batch,
    ...order.filter((i) => !inBatch.has(i)).map((index) => ({ index, reason: 'rest' as const })),
  ];
  const n = all.length;
  return all.map((p, position) => {
    const row = rows[p.index] as ScoreRow;
    return {
      patchId: row.patchId,
      score: scores[p.index] as number,
      priority: (n - position) / n,
      position,
      reason: p.reason,
      predictedPattern: argmax(row.patternProbs),
    };
  });
}

const cmp = (a: ScoreRow, b: ScoreRow) => (a.patchId < b.patchId ? -1 : a.patchId > b.patchId ? 1 : 0);

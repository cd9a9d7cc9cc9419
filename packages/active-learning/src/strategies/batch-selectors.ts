import { argmax } from '../measures/uncertainty.measures';
import type { AcquisitionSettings } from './acquisition-config';
import type { AcquisitionContext, AcquisitionReason, ScoreRow } from './score-table';

export interface Pick {
  index: number;
  reason: AcquisitionReason;
}

/** The rare pattern classes: the configured ones, else the autoCount with the fewest curated labels. */
export function rareClasses(
  settings: AcquisitionSettings,
  context: AcquisitionContext,
  classes: number,
): Set<number> {
  if (settings.rareClasses.classes.length > 0) return new Set(settings.rareClasses.classes);
  const counts = Array.from({ length: classes }, (_, k) => ({ k, n: context.labelledPerPattern[k] ?? 0 }));
  counts.sort((a, b) => a.n - b.n || a.k - b.k);
  return new Set(counts.slice(0, settings.rareClasses.autoCount).map((c) => c.k));
}

/**
 * Rare-class quota: up to round(share x batch) slots go to the highest-scoring patches whose
 * predicted pattern is rare, so rare patterns keep arriving even when common ones look more
 * uncertain (golgi and mitotic spindle are ~4-6 % of specimens and vanish otherwise).
 */
export function rareQuota(
  order: readonly number[],
  rows: readonly ScoreRow[],
  settings: AcquisitionSettings,
  context: AcquisitionContext,
): Pick[] {
  const quota = Math.round(settings.rareClasses.share * settings.batchSize);
  const classes = rows[0]?.patternProbs.length ?? 0;
  if (quota === 0 || classes === 0) return [];
  const rare = rareClasses(settings, context, classes);
  const picks: Pick[] = [];
  for (const i of order) {
    if (picks.length >= quota) break;
    if (rare.has(argmax((rows[i] as ScoreRow).patternProbs))) picks.push({ index: i, reason: 'rare-class' });
  }
  return picks;
}

/** Top of the order, at most maxPerSpecimen per specimen (counting what is already picked). */
export function specimenCap(
  order: readonly number[],
  rows: readonly ScoreRow[],
  taken: readonly Pick[],
  count: number,
  maxPerSpecimen: number,
): Pick[] {
  const used = new Set(taken.map((p) => p.index));
  const perSpecimen = new Map<string, number>();
  for (const p of taken) {
    const id = (rows[p.index] as ScoreRow).specimenId;
    perSpecimen.set(id, (perSpecimen.get(id) ?? 0) + 1);
  }
  const picks: Pick[] = [];
  for (const i of order) {
    if (picks.length >= count) break;
    if (used.has(i)) continue;
    const id = (rows[i] as ScoreRow).specimenId;
    const n = perSpecimen.get(id) ?? 0;
    if (n >= maxPerSpecimen) continue;
    perSpecimen.set(id, n + 1);
    picks.push({ index: i, reason: 'uncertainty' });
  }
  return picks;
}

function unitVector(v: Float32Array): Float64Array {
  let norm = 0;
  for (const x of v) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  return Float64Array.from(v, (x) => x / norm);
}

function sqDistance(a: Float64Array, b: Float64Array): number {
  let d = 0;
  for (let k = 0; k < a.length; k += 1) d += ((a[k] as number) - (b[k] as number)) ** 2;
  return d;
}

/**
 * k-center greedy (Sener & Savarese 2018) on L2-normalised encoder embeddings, restricted to the
 * top candidateFactor x batch of the order so that only uncertain patches compete: each step takes
 * the candidate farthest from everything already chosen. Without any chosen patch, the best-scored
 * candidate seeds the set. Rows without embeddings fall back to plain order.
 */
export function kCenterGreedy(
  order: readonly number[],
  rows: readonly ScoreRow[],
  taken: readonly Pick[],
  count: number,
  candidateFactor: number,
): Pick[] {
  const used = new Set(taken.map((p) => p.index));
  const poolSize = Math.ceil(candidateFactor * (count + taken.length));
  const pool = order.filter((i) => !used.has(i)).slice(0, poolSize);
  if (pool.length === 0 || count <= 0) return [];
  if (pool.some((i) => !(rows[i] as ScoreRow).embedding)) {
    return pool.slice(0, count).map((index) => ({ index, reason: 'uncertainty' }));
  }
  const vec = new Map(pool.map((i) => [i, unitVector((rows[i] as ScoreRow).embedding as Float32Array)]));
  const minDist = new Map(pool.map((i) => [i, Number.POSITIVE_INFINITY]));
  const picks: Pick[] = [];
  const admit = (centre: Float64Array) => {
    for (const i of pool) {
      const d = sqDistance(vec.get(i) as Float64Array, centre);
      if (d < (minDist.get(i) as number)) minDist.set(i, d);
    }
  };
  for (const p of taken) {
    const e = (rows[p.index] as ScoreRow).embedding;
    if (e) admit(unitVector(e));
  }
  if (taken.length === 0) {
    const first = pool[0] as number;
    picks.push({ index: first, reason: 'uncertainty' });
    minDist.delete(first);
    admit(vec.get(first) as Float64Array);
  }
  while (picks.length < count && minDist.size > 0) {
    let best = -1;
    let bestD = -1;
    for (const i of pool) {
      const d = minDist.get(i);
      if (d !== undefined && d > bestD) {
        best = i;
        bestD = d;
      }
    }
    picks.push({ index: best, reason: 'diversity' });
    minDist.delete(best);
    admit(vec.get(best) as Float64Array);
  }
  return picks;
}

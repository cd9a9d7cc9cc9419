import { SeededRandom } from '../random/seeded-random';

export interface FoldItem {
  /** Unit that must never straddle folds: a specimen, or a patient when several specimens share one. */
  group: string;
  /** Raw labels (any text, or missing): they only define the strata. */
  pattern?: string;
  intensity?: string;
}

export interface FoldOptions {
  k?: number;
  seed?: number | string;
}

export class FoldError extends Error {
  override name = 'FoldError';
}

/** Fold names as the seed code writes them: A, B, C, ... */
export function foldName(index: number): string {
  return String.fromCharCode(65 + index);
}

/**
 * Assigns each group to one of k folds, stratified by pattern x intensity: each stratum's groups are
 * shuffled (seeded) and dealt to the folds that hold the fewest of that stratum, ties going to the
 * smallest fold overall. Same items and seed, same folds.
 */
export function assignFolds(items: readonly FoldItem[], options: FoldOptions = {}): Map<string, number> {
  const k = options.k ?? 5;
  if (!Number.isInteger(k) || k < 2) throw new FoldError(`k must be an integer >= 2, got ${k}`);
  const strata = new Map<string, string[]>();
  const labelOf = new Map<string, string>();
  for (const item of items) {
    const stratum = `${item.pattern ?? ''}|${item.intensity ?? ''}`;
    const previous = labelOf.get(item.group);
    if (previous !== undefined) {
      if (previous !== stratum)
        throw new FoldError(`group ${item.group} has two labels: ${previous} and ${stratum}`);
      continue;
    }
    labelOf.set(item.group, stratum);
    strata.set(stratum, [...(strata.get(stratum) ?? []), item.group]);
  }
  const rng = new SeededRandom(`folds:${options.seed ?? 0}`);
  const totals = new Array<number>(k).fill(0);
  const folds = new Map<string, number>();
  for (const key of [...strata.keys()].sort()) {
    const groups = rng.shuffle([...(strata.get(key) ?? [])].sort());
    const inStratum = new Array<number>(k).fill(0);
    const offset = rng.int(0, k - 1);
    for (const group of groups) {
      let best = -1;
      for (let j = 0; j < k; j++) {
        const f = (j + offset) % k;
        if (
          best < 0 ||
          (inStratum[f] as number) < (inStratum[best] as number) ||
          ((inStratum[f] as number) === (inStratum[best] as number) &&
            (totals[f] as number) < (totals[best] as number))
        ) {
          best = f;
        }
      }
      folds.set(group, best);
      inStratum[best] = (inStratum[best] as number) + 1;
      totals[best] = (totals[best] as number) + 1;
    }
  }
  return folds;
}

/** Reads a fold as manifests write it: a letter (A = 0) or a number (used as is). */
export function parseFoldLabel(text: string): number | undefined {
  const t = text.trim().toUpperCase();
  if (/^\d+$/.test(t)) return Number(t);
  if (/^[A-Z]$/.test(t)) return t.charCodeAt(0) - 65;
  return undefined;
}

import { SeededRandom } from '@hep2/data';
import type { SeedWorld } from './seed-world';
import type { SimSample } from './synthetic-pool';

export interface DatasetWorldOptions {
  /** Share of each pattern's specimens held out for the test sets (per seed). */
  testShare: number;
  /** At most this many pool specimens (undefined: all not held out). */
  poolSpecimens?: number;
  /** At most this many patches per specimen, pool and test (undefined: all). */
  patchesPerSpecimen?: number;
}

export class DatasetWorldError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatasetWorldError';
  }
}

/** A specimen's pattern: the most frequent pattern label of its patches (lowest index on ties); -1 if none. */
function specimenPattern(patches: readonly SimSample[]): number {
  const counts = new Map<number, number>();
  for (const p of patches) if (p.pattern !== null) counts.set(p.pattern, (counts.get(p.pattern) ?? 0) + 1);
  let best = -1;
  for (const [k, n] of [...counts].sort((a, b) => a[0] - b[0]))
    if (best < 0 || n > (counts.get(best) ?? 0)) best = k;
  return best;
}

/**
 * One seed's pool and test sets drawn from a curated dataset (the oracle), grouped by specimen so
 * no specimen's patches are on both sides. Per pattern (a specimen's majority label), a share
 * `testShare` of its specimens - at least one when it has two or more - is held out; a pattern
 * with a single specimen stays in the pool. The natural test set is every held-out patch (the
 * dataset's own imbalance); the balanced one takes the same number of patches of every pattern
 * present (the rarest's count). Each seed draws a new split, so seeds resample the pool too.
 */
export function buildDatasetWorld(
  seed: number,
  samples: readonly SimSample[],
  o: DatasetWorldOptions,
): SeedWorld {
  const rng = new SeededRandom(`dataset-world:${seed}`);
  const bySpecimen = new Map<string, SimSample[]>();
  for (const s of samples) {
    const list = bySpecimen.get(s.specimenId) ?? [];
    list.push(s);
    bySpecimen.set(s.specimenId, list);
  }
  const specimens = [...bySpecimen.keys()].sort();
  const byPattern = new Map<number, string[]>();
  for (const id of specimens) {
    const k = specimenPattern(bySpecimen.get(id) ?? []);
    byPattern.set(k, [...(byPattern.get(k) ?? []), id]);
  }
  const testIds: string[] = [];
  let poolIds: string[] = [];
  for (const k of [...byPattern.keys()].sort((a, b) => a - b)) {
    const group = rng.shuffle([...(byPattern.get(k) ?? [])]);
    const n =
      group.length < 2 ? 0 : Math.min(group.length - 1, Math.max(1, Math.round(o.testShare * group.length)));
    testIds.push(...group.slice(0, n));
    poolIds.push(...group.slice(n));
  }
  poolIds = rng.shuffle(poolIds);
  if (o.poolSpecimens !== undefined) poolIds = poolIds.slice(0, o.poolSpecimens);
  const patchesOf = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const patches = rng.shuffle([...(bySpecimen.get(id) ?? [])]);
      return o.patchesPerSpecimen === undefined ? patches : patches.slice(0, o.patchesPerSpecimen);
    });
  const pool = patchesOf(poolIds);
  const natural = patchesOf(testIds);
  if (pool.length === 0 || natural.length === 0)
    throw new DatasetWorldError(
      `${specimens.length} specimens with curated labels are too few to hold some out for testing and keep a pool`,
    );
  return { seed, pool, tests: { balanced: balancedSubset(natural), natural } };
}

/** The same number of patches of every pattern present (in the given order); all when none has a pattern. */
function balancedSubset(patches: readonly SimSample[]): SimSample[] {
  const byPattern = new Map<number, SimSample[]>();
  for (const p of patches) {
    if (p.pattern === null) continue;
    const list = byPattern.get(p.pattern) ?? [];
    list.push(p);
    byPattern.set(p.pattern, list);
  }
  if (byPattern.size === 0) return [...patches];
  const m = Math.min(...[...byPattern.values()].map((g) => g.length));
  return [...byPattern.keys()].sort((a, b) => a - b).flatMap((k) => (byPattern.get(k) ?? []).slice(0, m));
}

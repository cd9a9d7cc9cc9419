import { assignFolds } from '@hep2/data';
import type { Db } from '@hep2/db';
import { ExperimentInputError } from './experiment-grid';

/** Which specimens validate each fold (every specimen in exactly one), and how strata spread. */
export interface FoldPlan {
  k: number;
  seed: number;
  /** folds[f] = specimen ids validated in fold f (sorted). */
  folds: string[][];
  /** Stratum "pattern|intensity" -> specimens per fold. */
  strata: Record<string, number[]>;
}

export interface PlannedSpecimen {
  id: string;
  pattern: string;
  intensity: string;
}

/**
 * Specimens with at least one approved annotation on an approved patch (what a run trains and
 * validates on), labelled by their specimen-level labels, else the most frequent approved label.
 */
export async function labelledSpecimens(db: Db, datasetId: string): Promise<PlannedSpecimen[]> {
  const rows = await db.annotation.findMany({
    where: { status: 'APPROVED', patch: { datasetId, status: 'APPROVED' } },
    select: {
      patternClass: { select: { key: true } },
      intensityLevel: { select: { key: true } },
      patch: {
        select: {
          specimenId: true,
          specimen: {
            select: { patternClass: { select: { key: true } }, intensityLevel: { select: { key: true } } },
          },
        },
      },
    },
  });
  const votes = new Map<string, { own: [string?, string?]; patterns: string[]; intensities: string[] }>();
  for (const r of rows) {
    const id = r.patch.specimenId;
    const v = votes.get(id) ?? {
      own: [r.patch.specimen.patternClass?.key, r.patch.specimen.intensityLevel?.key] as [string?, string?],
      patterns: [],
      intensities: [],
    };
    if (r.patternClass) v.patterns.push(r.patternClass.key);
    if (r.intensityLevel) v.intensities.push(r.intensityLevel.key);
    votes.set(id, v);
  }
  return [...votes.entries()]
    .map(([id, v]) => ({
      id,
      pattern: v.own[0] ?? mostFrequent(v.patterns) ?? 'unlabelled',
      intensity: v.own[1] ?? mostFrequent(v.intensities) ?? 'unlabelled',
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** k folds grouped by specimen, stratified by pattern x intensity, from the seed (@hep2/data's assignFolds). */
export function planFolds(specimens: PlannedSpecimen[], k: number, seed: number): FoldPlan {
  if (specimens.length < k)
    throw new ExperimentInputError(
      'folds',
      `${k} folds need at least ${k} labelled specimens, the dataset has ${specimens.length}`,
    );
  const assigned = assignFolds(
    specimens.map((s) => ({ group: s.id, pattern: s.pattern, intensity: s.intensity })),
    { k, seed },
  );
  const folds: string[][] = Array.from({ length: k }, () => []);
  const strata: Record<string, number[]> = {};
  for (const s of specimens) {
    const f = assigned.get(s.id) as number;
    folds[f]?.push(s.id);
    const key = `${s.pattern}|${s.intensity}`;
    strata[key] ??= new Array<number>(k).fill(0);
    (strata[key] as number[])[f] = ((strata[key] as number[])[f] as number) + 1;
  }
  if (folds.some((f) => f.length === 0))
    throw new ExperimentInputError('folds', `a fold would be empty: use fewer than ${k} folds`);
  return { k, seed, folds: folds.map((f) => f.sort()), strata };
}

function mostFrequent(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  for (const [v, c] of [...counts.entries()].sort(([a], [b]) => a.localeCompare(b)))
    if (best === undefined || c > (counts.get(best) ?? 0)) best = v;
  return best;
}

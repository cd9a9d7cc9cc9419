import { assignFolds } from '@hep2/data';
import type { Db } from '@hep2/db';
import { curatedLabels } from '@hep2/db/labels';
import { loadSpecimenGroups } from '../data/specimen-groups';
import { ExperimentInputError } from './experiment-grid';

/**
 * Where the folds came from: the import's Specimen.fold (e.g. the seed's fold tables), or
 * assignFolds from the seed.
 */
export type FoldSource = 'imported' | 'assigned';

/** Which specimens validate each fold (every specimen in exactly one), and how strata spread. */
export interface FoldPlan {
  k: number;
  seed: number;
  /** folds[f] = specimen ids validated in fold f (sorted). */
  folds: string[][];
  /** Stratum "pattern|intensity" -> specimens per fold. */
  strata: Record<string, number[]>;
  /** Absent in plans stored before folds could come from the import. */
  source?: FoldSource;
  /** Specimen groups kept whole (a group's specimens all validate in the same fold). */
  groups?: number;
  /** Why the imported folds were not used, when some specimen had one. */
  note?: string;
  /**
   * Repeated k-fold: folds[r * k + f] is fold f of repeat r (absent: 1). Repeat r > 0 assigns its
   * folds from seed + r, never from the import (imported folds would repeat the first draw).
   */
  repeats?: number;
}

export interface PlannedSpecimen {
  id: string;
  pattern: string;
  intensity: string;
  /** Specimen.metadata.group; absent, the specimen is its own group. */
  group?: string;
  /** Specimen.fold from the import (0-based); null or absent when it has none. */
  fold?: number | null;
}

/**
 * Specimens with at least one curated label (@hep2/db/labels: what a run trains and validates on),
 * labelled by their specimen-level labels, else the most frequent curated label.
 */
export async function labelledSpecimens(
  db: Db,
  datasetId: string,
  /** Only these annotations count (an experiment's frozen labels). */
  onlyAnnotations?: ReadonlySet<string>,
): Promise<PlannedSpecimen[]> {
  const curated = await curatedLabels(db, datasetId);
  const labels = onlyAnnotations ? curated.filter((l) => onlyAnnotations.has(l.annotationId)) : curated;
  const [keys, specimens, groups] = await Promise.all([
    labelKeys(db, datasetId),
    // Specimens with labels of their own (a dataset of cell crops has thousands: no id list).
    db.specimen.findMany({
      where: { datasetId, OR: [{ patternClassId: { not: null } }, { intensityLevelId: { not: null } }] },
      select: { id: true, patternClassId: true, intensityLevelId: true },
    }),
    loadSpecimenGroups(db, datasetId),
  ]);
  const own = new Map(specimens.map((s) => [s.id, s]));
  const votes = new Map<string, { patterns: string[]; intensities: string[] }>();
  for (const l of labels) {
    const v = votes.get(l.specimenId) ?? { patterns: [], intensities: [] };
    const pattern = keys.pattern(l.patternClassId);
    const intensity = keys.intensity(l.intensityLevelId);
    if (pattern) v.patterns.push(pattern);
    if (intensity) v.intensities.push(intensity);
    votes.set(l.specimenId, v);
  }
  return [...votes.entries()]
    .map(([id, v]) => ({
      id,
      pattern: keys.pattern(own.get(id)?.patternClassId) ?? mostFrequent(v.patterns) ?? 'unlabelled',
      intensity: keys.intensity(own.get(id)?.intensityLevelId) ?? mostFrequent(v.intensities) ?? 'unlabelled',
      group: groups.get(id)?.group ?? id,
      fold: groups.get(id)?.fold ?? null,
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** Label id -> key lookups of the dataset's pattern classes and intensity levels. */
async function labelKeys(db: Db, datasetId: string) {
  const [patterns, levels] = await Promise.all([
    db.patternClass.findMany({ where: { datasetId }, select: { id: true, key: true } }),
    db.intensityLevel.findMany({ where: { datasetId }, select: { id: true, key: true } }),
  ]);
  const lookup = (rows: { id: string; key: string }[]) => {
    const byId = new Map(rows.map((r) => [r.id, r.key]));
    return (id: string | null | undefined) => (id ? byId.get(id) : undefined);
  };
  return { pattern: lookup(patterns), intensity: lookup(levels) };
}

/**
 * k folds that keep every specimen group whole. When every specimen has an imported fold (0..k-1,
 * each group in one fold, no fold empty) those are the folds, so an experiment reproduces the
 * dataset's own fold tables; otherwise groups are assigned from the seed, stratified by pattern x
 * intensity (@hep2/data's assignFolds), and `note` says why imported folds were not used.
 */
export function planFolds(specimens: PlannedSpecimen[], k: number, seed: number): FoldPlan {
  const byGroup = new Map<string, PlannedSpecimen[]>();
  for (const s of specimens) byGroup.set(groupOf(s), [...(byGroup.get(groupOf(s)) ?? []), s]);
  if (byGroup.size < k)
    throw new ExperimentInputError(
      'folds',
      byGroup.size === specimens.length
        ? `${k} folds need at least ${k} labelled specimens, the dataset has ${specimens.length}`
        : `${k} folds need at least ${k} labelled specimen groups, the dataset has ${byGroup.size} ` +
            `(${specimens.length} specimens)`,
    );
  const imported = importedFolds(specimens, byGroup, k);
  const foldOf = 'folds' in imported ? imported.folds : assignedFolds(byGroup, k, seed);
  const folds: string[][] = Array.from({ length: k }, () => []);
  const strata: Record<string, number[]> = {};
  for (const s of specimens) {
    const f = foldOf.get(groupOf(s)) as number;
    folds[f]?.push(s.id);
    const key = `${s.pattern}|${s.intensity}`;
    strata[key] ??= new Array<number>(k).fill(0);
    (strata[key] as number[])[f] = ((strata[key] as number[])[f] as number) + 1;
  }
  if (folds.some((f) => f.length === 0))
    throw new ExperimentInputError('folds', `a fold would be empty: use fewer than ${k} folds`);
  return {
    k,
    seed,
    folds: folds.map((f) => f.sort()),
    strata,
    source: 'folds' in imported ? 'imported' : 'assigned',
    groups: byGroup.size,
    ...('note' in imported && imported.note ? { note: imported.note } : {}),
  };
}

/** `repeats` fold plans concatenated into one (see FoldPlan.repeats); one repeat is planFolds itself. */
export function planRepeatedFolds(
  specimens: PlannedSpecimen[],
  k: number,
  repeats: number,
  seed: number,
): FoldPlan {
  const first = planFolds(specimens, k, seed);
  if (repeats <= 1) return first;
  const drawn = [first];
  for (let r = 1; r < repeats; r += 1)
    drawn.push(
      planFolds(
        specimens.map((s) => ({ ...s, fold: null })),
        k,
        seed + r,
      ),
    );
  const strata: Record<string, number[]> = {};
  for (const plan of drawn)
    for (const key of Object.keys(first.strata))
      strata[key] = [...(strata[key] ?? []), ...(plan.strata[key] ?? new Array<number>(k).fill(0))];
  return {
    ...first,
    folds: drawn.flatMap((plan) => plan.folds),
    strata,
    repeats,
    note: [first.note, `repeats 2-${repeats} assign folds from seeds ${seed + 1}-${seed + repeats - 1}`]
      .filter(Boolean)
      .join('; '),
  };
}

const groupOf = (s: PlannedSpecimen) => s.group || s.id;

/** Group -> imported fold, or why the import's folds cannot be the experiment's (no note: none had one). */
function importedFolds(
  specimens: PlannedSpecimen[],
  byGroup: Map<string, PlannedSpecimen[]>,
  k: number,
): { folds: Map<string, number> } | { note?: string } {
  const missing = specimens.filter((s) => s.fold === null || s.fold === undefined).length;
  if (missing === specimens.length) return {};
  if (missing > 0) return { note: `${missing} of ${specimens.length} specimens have no imported fold` };
  const folds = new Map<string, number>();
  for (const [group, members] of byGroup) {
    const own = [...new Set(members.map((s) => s.fold as number))].sort((a, b) => a - b);
    if (own.length > 1) return { note: `group ${group} lies in imported folds ${own.join(', ')}` };
    const fold = own[0] as number;
    if (!Number.isInteger(fold) || fold < 0 || fold >= k)
      return { note: `imported fold ${fold} does not fit ${k} folds (0 to ${k - 1})` };
    folds.set(group, fold);
  }
  const used = new Set(folds.values());
  const empty = Array.from({ length: k }, (_, f) => f).filter((f) => !used.has(f));
  if (empty.length > 0)
    return {
      note: `imported fold(s) ${empty.join(', ')} have no labelled specimen, ${k} folds were asked for`,
    };
  return { folds };
}

/** Group -> fold from the seed; a group's stratum is its members' most frequent one. */
function assignedFolds(
  byGroup: Map<string, PlannedSpecimen[]>,
  k: number,
  seed: number,
): Map<string, number> {
  const items = [...byGroup.entries()].map(([group, members]) => {
    const stratum = mostFrequent(members.map((s) => `${s.pattern}|${s.intensity}`)) as string;
    const member = members.find((s) => `${s.pattern}|${s.intensity}` === stratum) as PlannedSpecimen;
    return { group, pattern: member.pattern, intensity: member.intensity };
  });
  return assignFolds(items, { k, seed });
}

function mostFrequent(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  for (const [v, c] of [...counts.entries()].sort(([a], [b]) => a.localeCompare(b)))
    if (best === undefined || c > (counts.get(best) ?? 0)) best = v;
  return best;
}

import type { Db } from '../client';
import type { IntensityMode } from '../generated/enums';

/** Label ids -> model class indices for one dataset. */
export interface DatasetTaxonomy {
  patternIndex: Map<string, number>;
  patternClasses: number;
  intensityIndex: Map<string, number>;
  /** 2 for BINARY datasets (one logit), else the number of ordered levels. */
  intensityLevels: number;
  intensityMode: IntensityMode;
}

/** A label's class indices as the model's heads read them; null = no target for that head. */
export interface ClassIndices {
  pattern: number | null;
  intensity: number | null;
}

/**
 * Pattern index = order of PatternClass.position; intensity index = order of IntensityLevel.rank.
 * BINARY datasets train one logit: the highest rank is 1 ("positive"), the next one 0
 * ("intermediate"); lower ranks (e.g. "negative") carry no intensity target.
 */
export async function loadTaxonomy(db: Pick<Db, 'dataset'>, datasetId: string): Promise<DatasetTaxonomy> {
  const dataset = await db.dataset.findUniqueOrThrow({
    where: { id: datasetId },
    select: {
      intensityMode: true,
      patternClasses: { select: { id: true }, orderBy: { position: 'asc' } },
      intensityLevels: { select: { id: true }, orderBy: { rank: 'asc' } },
    },
  });
  const patternIndex = new Map(dataset.patternClasses.map((p, i) => [p.id, i]));
  const levels = dataset.intensityLevels.map((l) => l.id);
  const intensityIndex = new Map<string, number>();
  if (dataset.intensityMode === 'BINARY') {
    const top = levels.slice(-2);
    top.forEach((id, i) => {
      intensityIndex.set(id, top.length === 2 ? i : 1);
    });
  } else {
    levels.forEach((id, i) => {
      intensityIndex.set(id, i);
    });
  }
  return {
    patternIndex,
    patternClasses: Math.max(2, patternIndex.size),
    intensityIndex,
    intensityLevels: dataset.intensityMode === 'BINARY' ? 2 : Math.max(2, levels.length),
    intensityMode: dataset.intensityMode,
  };
}

/** The class indices of a label's ids (an id the taxonomy does not map has no target). */
export function classIndices(
  taxonomy: DatasetTaxonomy,
  label: { patternClassId: string | null; intensityLevelId: string | null },
): ClassIndices {
  return {
    pattern: indexOf(taxonomy.patternIndex, label.patternClassId),
    intensity: indexOf(taxonomy.intensityIndex, label.intensityLevelId),
  };
}

const indexOf = (map: Map<string, number>, id: string | null) => (id ? (map.get(id) ?? null) : null);

/** Label ids by model class index, per head: how a prediction's argmax is read back as a label. */
export interface ClassLabelIds {
  pattern: readonly (string | undefined)[];
  intensity: readonly (string | undefined)[];
}

/**
 * The inverse of classIndices: index k of a head's output is the label at `pattern[k]` /
 * `intensity[k]` (a BINARY head's 0 and 1 are the two highest ranks, never rank 0 and 1).
 */
export function classLabelIds(taxonomy: DatasetTaxonomy): ClassLabelIds {
  const invert = (index: Map<string, number>) => {
    const ids: (string | undefined)[] = [];
    for (const [id, k] of index) ids[k] = id;
    return ids;
  };
  return { pattern: invert(taxonomy.patternIndex), intensity: invert(taxonomy.intensityIndex) };
}

/** Index of the largest value (the first on ties); -1 for an empty list. */
export function argmax(values: readonly number[]): number {
  let best = -1;
  for (const [k, v] of values.entries()) if (best < 0 || v > (values[best] as number)) best = k;
  return best;
}

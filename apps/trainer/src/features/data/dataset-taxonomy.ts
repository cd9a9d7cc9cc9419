import type { Db, IntensityMode } from '@hep2/db';

/** Label ids -> model class indices for one dataset. */
export interface DatasetTaxonomy {
  patternIndex: Map<string, number>;
  patternClasses: number;
  intensityIndex: Map<string, number>;
  /** 2 for BINARY datasets (one logit), else the number of ordered levels. */
  intensityLevels: number;
  intensityMode: IntensityMode;
}

/**
 * Pattern index = order of PatternClass.position; intensity index = order of IntensityLevel.rank.
 * BINARY datasets train one logit: the highest rank is 1 ("positive"), the next one 0
 * ("intermediate"); lower ranks (e.g. "negative") carry no intensity target.
 */
export async function loadTaxonomy(db: Db, datasetId: string): Promise<DatasetTaxonomy> {
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

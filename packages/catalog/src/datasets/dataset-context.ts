import type { PatchSettings } from '@hep2/data';
import type { Db, IntensityMode, Tx } from '@hep2/db';
import { CatalogError } from '../catalog-error';

/** What imports and exports need to know about a dataset: settings and its label keys. */
export interface DatasetContext {
  id: string;
  slug: string;
  intensityMode: IntensityMode;
  patch: PatchSettings;
  patternIdByKey: Map<string, string>;
  patternKeyById: Map<string, string>;
  intensityIdByKey: Map<string, string>;
  intensityKeyById: Map<string, string>;
  patterns: Array<{ id: string; key: string; name: string; icapCodes: string[]; position: number }>;
}

export async function loadDatasetContext(db: Db | Tx, datasetId: string): Promise<DatasetContext> {
  const d = await db.dataset.findUnique({
    where: { id: datasetId },
    select: {
      id: true,
      slug: true,
      intensityMode: true,
      patchSize: true,
      strideX: true,
      strideY: true,
      patternClasses: {
        select: { id: true, key: true, name: true, icapCodes: true, position: true },
        orderBy: { position: 'asc' },
      },
      intensityLevels: { select: { id: true, key: true }, orderBy: { rank: 'asc' } },
    },
  });
  if (!d) throw new CatalogError('NOT_FOUND', `dataset ${datasetId} does not exist`);
  return {
    id: d.id,
    slug: d.slug,
    intensityMode: d.intensityMode,
    patch: { patchWidth: d.patchSize, patchHeight: d.patchSize, strideX: d.strideX, strideY: d.strideY },
    patternIdByKey: new Map(d.patternClasses.map((p) => [p.key, p.id])),
    patternKeyById: new Map(d.patternClasses.map((p) => [p.id, p.key])),
    intensityIdByKey: new Map(d.intensityLevels.map((l) => [l.key, l.id])),
    intensityKeyById: new Map(d.intensityLevels.map((l) => [l.id, l.key])),
    patterns: d.patternClasses,
  };
}

export type LabelIds = { patternClassId: string | null; intensityLevelId: string | null };

/**
 * Maps source labels to the dataset's taxonomy. A negative specimen in a BINARY dataset (which has
 * no negative level) keeps no intensity; any other unknown label is an error naming it.
 */
export function resolveLabels(
  ctx: DatasetContext,
  pattern: string | undefined,
  intensity: string | undefined,
): LabelIds | { error: string } {
  let patternClassId: string | null = null;
  if (pattern !== undefined) {
    patternClassId = ctx.patternIdByKey.get(pattern) ?? null;
    if (!patternClassId) return { error: `pattern ${pattern} is not a class of dataset ${ctx.slug}` };
  }
  let intensityLevelId: string | null = null;
  if (intensity !== undefined) {
    intensityLevelId = ctx.intensityIdByKey.get(intensity) ?? null;
    if (!intensityLevelId && !(intensity === 'negative' && pattern === 'negative'))
      return { error: `intensity ${intensity} is not a level of dataset ${ctx.slug}` };
  }
  return { patternClassId, intensityLevelId };
}

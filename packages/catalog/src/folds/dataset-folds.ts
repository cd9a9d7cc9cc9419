import { assignFolds, FoldError } from '@hep2/data';
import type { Db } from '@hep2/db';
import { CatalogError } from '../catalog-error';
import { loadDatasetContext } from '../datasets/dataset-context';

export interface AssignDatasetFoldsOptions {
  datasetId: string;
  k?: number;
  seed?: number | string;
  /** Default false: specimens that have a fold keep it; only the others are assigned. */
  overwrite?: boolean;
  /** Specimens of this fold become the fixed validation specimens (others are unmarked). */
  validationFold?: number;
}

export interface FoldSummary {
  assigned: number;
  /** Specimens per fold index. */
  counts: number[];
}

const groupOf = (metadata: unknown, externalId: string) => {
  const group = (metadata as { group?: unknown } | null)?.group;
  return typeof group === 'string' && group ? group : externalId;
};

/**
 * (Re)assigns specimen folds: stratified by pattern x intensity, grouped by the specimen's source
 * group (a patient's well), reproducible from the seed. One transaction.
 */
export async function assignDatasetFolds(db: Db, o: AssignDatasetFoldsOptions): Promise<FoldSummary> {
  const ctx = await loadDatasetContext(db, o.datasetId);
  const k = o.k ?? 5;
  const specimens = await db.specimen.findMany({
    where: { datasetId: ctx.id },
    select: {
      id: true,
      externalId: true,
      fold: true,
      metadata: true,
      patternClassId: true,
      intensityLevelId: true,
    },
    orderBy: { externalId: 'asc' },
  });
  const open = specimens.filter((s) => o.overwrite || s.fold === null);
  let folds: Map<string, number>;
  try {
    folds = assignFolds(
      open.map((s) => ({
        group: groupOf(s.metadata, s.externalId),
        pattern: s.patternClassId ? (ctx.patternKeyById.get(s.patternClassId) ?? '?') : '?',
        intensity: s.intensityLevelId ? ctx.intensityKeyById.get(s.intensityLevelId) : undefined,
      })),
      { k, seed: o.seed ?? ctx.id },
    );
  } catch (err) {
    if (err instanceof FoldError) throw new CatalogError('VALIDATION_FAILED', `folds: ${err.message}`);
    throw err;
  }
  const counts = new Array<number>(k).fill(0);
  await db.$transaction(
    async (tx) => {
      for (const s of specimens) {
        const fold = open.includes(s) ? (folds.get(groupOf(s.metadata, s.externalId)) ?? 0) : s.fold;
        if (fold !== null && fold < k) counts[fold] = (counts[fold] ?? 0) + 1;
        const isValidation = o.validationFold !== undefined ? fold === o.validationFold : undefined;
        if (fold !== s.fold || isValidation !== undefined)
          await tx.specimen.update({ where: { id: s.id }, data: { fold, isValidation } });
      }
    },
    { timeout: 120_000 },
  );
  return { assigned: open.length, counts };
}

import { batchedLookup, requiredLookup } from '../../graphql/batched-lookups';
import { intensityLevelSelect, patchSelect, patternClassSelect, specimenSelect } from './datasets.dto';

/** Per-request batched lookups of the rows lists point at (graphql/batched-lookups.ts). */
export const specimenById = requiredLookup(
  'Specimen',
  batchedLookup((ctx, ids) =>
    ctx.db.specimen.findMany({ where: { id: { in: [...ids] } }, select: specimenSelect }),
  ),
);

export const patchById = requiredLookup(
  'Patch',
  batchedLookup((ctx, ids) =>
    ctx.db.patch.findMany({ where: { id: { in: [...ids] } }, select: patchSelect }),
  ),
);

export const patternClassById = batchedLookup((ctx, ids) =>
  ctx.db.patternClass.findMany({ where: { id: { in: [...ids] } }, select: patternClassSelect }),
);

export const intensityLevelById = batchedLookup((ctx, ids) =>
  ctx.db.intensityLevel.findMany({ where: { id: { in: [...ids] } }, select: intensityLevelSelect }),
);

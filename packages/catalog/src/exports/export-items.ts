import type { Db } from '@hep2/db';
import type { DatasetContext } from '../datasets/dataset-context';

/** One exported unit: a patch with its label, or a whole specimen with its source labels. */
export interface ExportItem {
  /** File stem in the export, unique within it. */
  name: string;
  specimen: string;
  imageKey: string;
  maskKey: string | null;
  width: number;
  height: number;
  pattern: string | null;
  intensity: string | null;
  fold: number | null;
  /** APPROVED, SUBMITTED, ... for annotations; WEAK for a specimen label a patch inherits. */
  status: string;
  /** Specimen level only: approved and total patches. */
  approvedPatches?: number;
  patches?: number;
}

export type ExportLevel = 'patch' | 'specimen';

const safeName = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '_');

const STATUS_ORDER = ['APPROVED', 'SUBMITTED', 'DRAFT', 'REJECTED'] as const;

/**
 * Patch-level items. approvedOnly: the latest APPROVED annotation of each patch, patches without
 * one left out. Otherwise every patch: its best annotation (approved > submitted > draft > rejected,
 * newest first), else its weak label inherited from the specimen, with status WEAK. An annotation
 * without a mask of its own keeps the patch's imported ground-truth mask (as the trainer does).
 */
export async function patchItems(db: Db, ctx: DatasetContext, approvedOnly: boolean): Promise<ExportItem[]> {
  const patches = await db.patch.findMany({
    where: { datasetId: ctx.id, ...(approvedOnly ? { annotations: { some: { status: 'APPROVED' } } } : {}) },
    select: {
      id: true,
      x: true,
      y: true,
      width: true,
      height: true,
      imageKey: true,
      maskKey: true,
      specimen: { select: { externalId: true, fold: true, patternClassId: true, intensityLevelId: true } },
      annotations: {
        where: { status: approvedOnly ? 'APPROVED' : { in: [...STATUS_ORDER] } },
        select: { status: true, patternClassId: true, intensityLevelId: true, maskKey: true },
        orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
      },
    },
    orderBy: [{ specimen: { externalId: 'asc' } }, { y: 'asc' }, { x: 'asc' }],
  });
  return patches.map((p) => {
    const best = [...p.annotations].sort(
      (a, b) => STATUS_ORDER.indexOf(a.status as never) - STATUS_ORDER.indexOf(b.status as never),
    )[0];
    const label = best ?? {
      status: 'WEAK',
      patternClassId: p.specimen.patternClassId,
      intensityLevelId: p.specimen.intensityLevelId,
      maskKey: null,
    };
    return {
      name: `${safeName(p.specimen.externalId)}_x${p.x}_y${p.y}`,
      specimen: p.specimen.externalId,
      imageKey: p.imageKey,
      maskKey: label.maskKey ?? p.maskKey,
      width: p.width,
      height: p.height,
      pattern: label.patternClassId ? (ctx.patternKeyById.get(label.patternClassId) ?? null) : null,
      intensity: label.intensityLevelId ? (ctx.intensityKeyById.get(label.intensityLevelId) ?? null) : null,
      fold: p.specimen.fold,
      status: label.status,
    };
  });
}

/**
 * Specimen-level items: the original image, the imported mask and the specimen's (source) labels.
 * approvedOnly keeps specimens with at least one approved patch; status says how many are.
 */
export async function specimenItems(
  db: Db,
  ctx: DatasetContext,
  approvedOnly: boolean,
): Promise<ExportItem[]> {
  const [specimens, approved] = await Promise.all([
    db.specimen.findMany({
      where: { datasetId: ctx.id },
      select: {
        id: true,
        externalId: true,
        imageKey: true,
        maskKey: true,
        width: true,
        height: true,
        fold: true,
        patternClassId: true,
        intensityLevelId: true,
        _count: { select: { patches: true } },
      },
      orderBy: { externalId: 'asc' },
    }),
    db.patch.groupBy({
      by: ['specimenId'],
      where: { datasetId: ctx.id, annotations: { some: { status: 'APPROVED' } } },
      _count: { _all: true },
    }),
  ]);
  const approvedBy = new Map(approved.map((a) => [a.specimenId, a._count._all]));
  return specimens
    .map((s) => {
      const approvedPatches = approvedBy.get(s.id) ?? 0;
      return {
        name: safeName(s.externalId),
        specimen: s.externalId,
        imageKey: s.imageKey,
        maskKey: s.maskKey,
        width: s.width,
        height: s.height,
        pattern: s.patternClassId ? (ctx.patternKeyById.get(s.patternClassId) ?? null) : null,
        intensity: s.intensityLevelId ? (ctx.intensityKeyById.get(s.intensityLevelId) ?? null) : null,
        fold: s.fold,
        status: `approved ${approvedPatches}/${s._count.patches}`,
        approvedPatches,
        patches: s._count.patches,
      };
    })
    .filter((s) => !approvedOnly || s.approvedPatches > 0);
}

export function loadExportItems(db: Db, ctx: DatasetContext, level: ExportLevel, approvedOnly: boolean) {
  return level === 'patch' ? patchItems(db, ctx, approvedOnly) : specimenItems(db, ctx, approvedOnly);
}

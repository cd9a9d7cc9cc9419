import type { Db, Prisma, Tx } from '@hep2/db';
import { curatedLabels, type LabelTargets } from '@hep2/db/labels';
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
  /** Approved annotations the item carries: 0 or 1 for a patch, its approved patches for a specimen. */
  approved: number;
  /** When the newest of them was approved. */
  approvedAt: Date | null;
  /** Specimen level only: approved and total patches. */
  approvedPatches?: number;
  patches?: number;
}

/** Where items are read: the database, or a transaction that reads them as of one moment. */
export type ExportReader = Db | Tx;

export type ExportLevel = 'patch' | 'specimen';

const safeName = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '_');

const STATUS_ORDER = ['APPROVED', 'SUBMITTED', 'DRAFT', 'REJECTED'] as const;

const PATCH_SELECT = {
  id: true,
  x: true,
  y: true,
  width: true,
  height: true,
  imageKey: true,
  maskKey: true,
  specimen: { select: { externalId: true, fold: true, patternClassId: true, intensityLevelId: true } },
} satisfies Prisma.PatchSelect;
const PATCH_ORDER: Prisma.PatchOrderByWithRelationInput[] = [
  { specimen: { externalId: 'asc' } },
  { y: 'asc' },
  { x: 'asc' },
];

type ExportedPatch = Prisma.PatchGetPayload<{ select: typeof PATCH_SELECT }>;

/** A patch's exported label: its mask and class ids, where they came from (APPROVED, WEAK, ...), and when. */
type ExportedLabel = LabelTargets & { status: string; updatedAt: Date | null };

/**
 * Patch-level items. approvedOnly: exactly the dataset's curated labels (@hep2/db/labels: the
 * latest APPROVED annotation of each APPROVED patch, what the trainer trains on). Otherwise every
 * patch: its best annotation (approved > submitted > draft > rejected, newest first), else its weak
 * label inherited from the specimen, with status WEAK. An annotation without a mask of its own keeps
 * the patch's imported ground-truth mask (as the trainer does).
 */
export function patchItems(
  db: ExportReader,
  ctx: DatasetContext,
  approvedOnly: boolean,
): Promise<ExportItem[]> {
  return approvedOnly ? curatedPatchItems(db, ctx) : allPatchItems(db, ctx);
}

async function curatedPatchItems(db: ExportReader, ctx: DatasetContext): Promise<ExportItem[]> {
  const [labels, patches] = await Promise.all([
    curatedLabels(db, ctx.id),
    db.patch.findMany({
      where: { datasetId: ctx.id, status: 'APPROVED' },
      select: PATCH_SELECT,
      orderBy: PATCH_ORDER,
    }),
  ]);
  const labelOf = new Map(labels.map((l) => [l.patchId, l]));
  return patches.flatMap((p) => {
    const label = labelOf.get(p.id);
    return label ? [patchItem(ctx, p, { ...label, status: 'APPROVED', updatedAt: label.approvedAt })] : [];
  });
}

async function allPatchItems(db: ExportReader, ctx: DatasetContext): Promise<ExportItem[]> {
  const patches = await db.patch.findMany({
    where: { datasetId: ctx.id },
    select: {
      ...PATCH_SELECT,
      annotations: {
        where: { status: { in: [...STATUS_ORDER] } },
        select: {
          status: true,
          patternClassId: true,
          intensityLevelId: true,
          maskKey: true,
          updatedAt: true,
        },
        orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
      },
    },
    orderBy: PATCH_ORDER,
  });
  return patches.map((p) => {
    const best = [...p.annotations].sort(
      (a, b) => STATUS_ORDER.indexOf(a.status as never) - STATUS_ORDER.indexOf(b.status as never),
    )[0];
    return patchItem(
      ctx,
      p,
      best ?? {
        status: 'WEAK',
        patternClassId: p.specimen.patternClassId,
        intensityLevelId: p.specimen.intensityLevelId,
        maskKey: null,
        updatedAt: null,
      },
    );
  });
}

function patchItem(ctx: DatasetContext, p: ExportedPatch, label: ExportedLabel): ExportItem {
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
    approved: label.status === 'APPROVED' ? 1 : 0,
    approvedAt: label.status === 'APPROVED' ? label.updatedAt : null,
  };
}

/**
 * Specimen-level items: the original image, the imported mask and the specimen's (source) labels.
 * approvedOnly keeps specimens with at least one curated label; status says how many patches have one.
 */
export async function specimenItems(
  db: ExportReader,
  ctx: DatasetContext,
  approvedOnly: boolean,
): Promise<ExportItem[]> {
  const [specimens, labels] = await Promise.all([
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
    curatedLabels(db, ctx.id),
  ]);
  const approvedBy = new Map<string, number>();
  const newestBy = new Map<string, Date>();
  for (const l of labels) {
    approvedBy.set(l.specimenId, (approvedBy.get(l.specimenId) ?? 0) + 1);
    const newest = newestBy.get(l.specimenId);
    if (!newest || l.approvedAt > newest) newestBy.set(l.specimenId, l.approvedAt);
  }
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
        approved: approvedPatches,
        approvedAt: newestBy.get(s.id) ?? null,
        approvedPatches,
        patches: s._count.patches,
      };
    })
    .filter((s) => !approvedOnly || s.approvedPatches > 0);
}

export function loadExportItems(
  db: ExportReader,
  ctx: DatasetContext,
  level: ExportLevel,
  approvedOnly: boolean,
) {
  return level === 'patch' ? patchItems(db, ctx, approvedOnly) : specimenItems(db, ctx, approvedOnly);
}

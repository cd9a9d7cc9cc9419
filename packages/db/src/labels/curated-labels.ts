import type { Db } from '../client';
import { type ClassIndices, classIndices, type DatasetTaxonomy } from './taxonomy';

/** The curated label of one patch, as ids (see usableLabels for the model's class indices). */
export interface CuratedLabel {
  annotationId: string;
  patchId: string;
  specimenId: string;
  imageKey: string;
  /** The annotation's own mask, else the patch's imported ground-truth mask. */
  maskKey: string | null;
  patternClassId: string | null;
  intensityLevelId: string | null;
  /** When it was approved (the annotation's last change: approval is its final one). */
  approvedAt: Date;
}

export interface CuratedLabelOptions {
  /** Only patches of validation specimens (Specimen.isValidation). */
  validationOnly?: boolean;
  /** At most this many labels, the most recently approved first. */
  limit?: number;
}

/**
 * The curated labels of a dataset - what a training run trains and validates on, what calibration
 * fits on, what an approved-only export writes: the latest APPROVED annotation of every APPROVED
 * patch, its mask falling back to the patch's imported ground truth. A patch whose latest approved
 * annotation has neither a mask nor a class has none (an older approval does not stand in for it).
 * Ordered by approval, newest first.
 */
export async function curatedLabels(
  db: Pick<Db, 'annotation'>,
  datasetId: string,
  options: CuratedLabelOptions = {},
): Promise<CuratedLabel[]> {
  const rows = await db.annotation.findMany({
    where: {
      status: 'APPROVED',
      patch: {
        datasetId,
        status: 'APPROVED',
        ...(options.validationOnly ? { specimen: { isValidation: true } } : {}),
      },
    },
    select: {
      id: true,
      patchId: true,
      maskKey: true,
      patternClassId: true,
      intensityLevelId: true,
      updatedAt: true,
      patch: { select: { specimenId: true, imageKey: true, maskKey: true } },
    },
    orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
  });
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const seen = new Set<string>();
  const labels: CuratedLabel[] = [];
  for (const row of rows) {
    if (labels.length >= limit) break;
    if (seen.has(row.patchId)) continue;
    seen.add(row.patchId);
    const maskKey = row.maskKey ?? row.patch.maskKey;
    if (maskKey === null && row.patternClassId === null && row.intensityLevelId === null) continue;
    labels.push({
      annotationId: row.id,
      patchId: row.patchId,
      specimenId: row.patch.specimenId,
      imageKey: row.patch.imageKey,
      maskKey,
      patternClassId: row.patternClassId,
      intensityLevelId: row.intensityLevelId,
      approvedAt: row.updatedAt,
    });
  }
  return labels;
}

/** What usableLabels needs of a label: its mask and its class ids (a curated or a frozen label). */
export interface LabelTargets {
  maskKey: string | null;
  patternClassId: string | null;
  intensityLevelId: string | null;
}

/**
 * Labels with the class indices the model's heads read (taxonomy.ts: the order of position / rank,
 * BINARY's top two ranks). A label without a mask and without a class the taxonomy maps teaches
 * nothing and is left out (e.g. a BINARY dataset's "negative" intensity alone).
 */
export function usableLabels<T extends LabelTargets>(
  labels: readonly T[],
  taxonomy: DatasetTaxonomy,
): (T & ClassIndices)[] {
  return labels
    .map((label) => ({ ...label, ...classIndices(taxonomy, label) }))
    .filter((l) => l.maskKey !== null || l.pattern !== null || l.intensity !== null);
}

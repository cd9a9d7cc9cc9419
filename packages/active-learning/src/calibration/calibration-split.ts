import { SeededRandom } from '@hep2/data';

export interface CalibrationPatch {
  patchId: string;
  /** The specimen the patch was cut from; null when the data does not say. */
  specimenId: string | null;
}

export interface CalibrationSplit {
  /** Patch ids T is fitted on. */
  fit: string[];
  /** Patch ids ECE/NLL before and after are measured on (disjoint from `fit`). */
  heldOut: string[];
  /**
   * 'specimen': whole specimens go to one side (patches of one slide are correlated, so a
   * patch-level split would flatter the held-out numbers); 'patch': only one specimen (or none
   * known), split by patch; 'none': fewer than two patches, nothing held out.
   */
  groupedBy: 'specimen' | 'patch' | 'none';
  fitSpecimens: number;
  heldOutSpecimens: number;
}

/**
 * Splits the validation patches into a fitting half and a held-out half, deterministically for a
 * seed (the model version id): groups are shuffled, then given to the held-out side until it has
 * at least `heldOutShare` of the patches, always leaving the fitting side at least one group.
 */
export function splitCalibrationPatches(
  patches: readonly CalibrationPatch[],
  seed: string,
  heldOutShare = 0.5,
): CalibrationSplit {
  const bySpecimen = new Map<string, string[]>();
  for (const p of patches) {
    if (p.specimenId === null) continue;
    bySpecimen.set(p.specimenId, [...(bySpecimen.get(p.specimenId) ?? []), p.patchId]);
  }
  const everyPatchKnown = patches.every((p) => p.specimenId !== null);
  if (everyPatchKnown && bySpecimen.size >= 2) {
    // Sorted first, so the split depends on the seed and the ids only, not on query order.
    const groups = [...bySpecimen.keys()].sort().map((id) => [...(bySpecimen.get(id) as string[])].sort());
    const { fit, heldOut } = fillHeldOut(
      new SeededRandom(`calibration/${seed}`).shuffle(groups),
      patches.length,
      heldOutShare,
    );
    return {
      fit: fit.flat(),
      heldOut: heldOut.flat(),
      groupedBy: 'specimen',
      fitSpecimens: fit.length,
      heldOutSpecimens: heldOut.length,
    };
  }
  const specimens = bySpecimen.size;
  if (patches.length < 2)
    return {
      fit: patches.map((p) => p.patchId),
      heldOut: [],
      groupedBy: 'none',
      fitSpecimens: specimens,
      heldOutSpecimens: 0,
    };
  const singles = patches
    .map((p) => [p.patchId])
    .sort((a, b) => (a[0] as string).localeCompare(b[0] as string));
  const { fit, heldOut } = fillHeldOut(
    new SeededRandom(`calibration/${seed}`).shuffle(singles),
    patches.length,
    heldOutShare,
  );
  return {
    fit: fit.flat(),
    heldOut: heldOut.flat(),
    groupedBy: 'patch',
    fitSpecimens: specimens,
    heldOutSpecimens: specimens,
  };
}

function fillHeldOut(
  groups: string[][],
  total: number,
  share: number,
): { fit: string[][]; heldOut: string[][] } {
  const heldOut: string[][] = [];
  let held = 0;
  let next = 0;
  while (next < groups.length - 1 && held < share * total) {
    const g = groups[next] as string[];
    heldOut.push(g);
    held += g.length;
    next += 1;
  }
  return { fit: groups.slice(next), heldOut };
}

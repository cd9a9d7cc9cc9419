import { encodeRle } from '@hep2/data/rle';
import type { AnnotationInput } from '@/gql/graphql';
import { emptyMask, type Mask, masksEqual } from '../editor/mask/mask';

/** Where a curator's corrected mask starts from. */
export type MaskStart =
  | { kind: 'annotation'; annotationId: string; label: string; mask: Mask }
  | { kind: 'proposal'; predictionId: string | null; label: string; mask: Mask }
  | { kind: 'ground-truth'; label: string; mask: Mask }
  | { kind: 'empty'; label: string; mask: Mask };

export const startKey = (s: MaskStart) => (s.kind === 'annotation' ? `annotation:${s.annotationId}` : s.kind);

/**
 * The masks a correction can start from: each submission's (in the review's order and names), the
 * model's proposal, the imported ground truth, or nothing. Masks of another size than the patch are
 * left out (they could not be saved for it).
 */
export function maskStarts(input: {
  width: number;
  height: number;
  annotations: readonly { id: string; name: string; mask: Mask | null }[];
  proposal: { mask: Mask; predictionId: string | null } | null;
  groundTruth: Mask | null;
}): MaskStart[] {
  const fits = (m: Mask | null): m is Mask => !!m && m.width === input.width && m.height === input.height;
  const starts: MaskStart[] = [];
  for (const a of input.annotations)
    if (fits(a.mask)) starts.push({ kind: 'annotation', annotationId: a.id, label: a.name, mask: a.mask });
  if (input.proposal && fits(input.proposal.mask))
    starts.push({
      kind: 'proposal',
      predictionId: input.proposal.predictionId,
      label: 'Model proposal',
      mask: input.proposal.mask,
    });
  if (fits(input.groundTruth))
    starts.push({ kind: 'ground-truth', label: 'Imported ground truth', mask: input.groundTruth });
  starts.push({ kind: 'empty', label: 'Empty mask', mask: emptyMask(input.width, input.height) });
  return starts;
}

/**
 * What editAndApprove is sent. A submission's mask the curator left as it was is kept by reference
 * (`fromAnnotationId`: same stored mask, review Dice 1); anything else is sent as the curator's own
 * mask, stored as a new revision authored by them. Started from the proposal, the prediction is named
 * so that its Dice against the approved mask is recorded too.
 */
export function editApproveVariables(input: {
  patchId: string;
  patternClassId: string;
  intensityLevelId: string | null;
  start: MaskStart;
  mask: Mask;
  /** The submission under review (its mask is kept when no mask is sent). */
  fromAnnotationId: string | null;
}): { input: AnnotationInput; fromAnnotationId: string | null } {
  const labels = {
    patchId: input.patchId,
    patternClassId: input.patternClassId,
    intensityLevelId: input.intensityLevelId,
  };
  const { start } = input;
  if (start.kind === 'annotation' && masksEqual(start.mask, input.mask))
    return { input: labels, fromAnnotationId: start.annotationId };
  const predictionId = start.kind === 'proposal' ? start.predictionId : null;
  return {
    input: { ...labels, mask: encodeRle(input.mask), ...(predictionId ? { predictionId } : {}) },
    fromAnnotationId: input.fromAnnotationId,
  };
}

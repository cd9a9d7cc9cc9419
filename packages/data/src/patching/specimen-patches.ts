import type { Intensity, PatternClass } from '../taxonomy/label-taxonomy';
import { DEFAULT_PATCH_SETTINGS, type PatchRect, type PatchSettings, patchGrid } from './patch-grid';

/** Where a patch label came from: inherited from the specimen (weak) or given by a person. */
export type PatchLabelSource = 'specimen-weak' | 'human';

export interface PatchPlan extends PatchRect {
  specimenId: string;
  pattern: PatternClass;
  intensity: Intensity | undefined;
  labelSource: PatchLabelSource;
}

/** The grid of a specimen image with the specimen's labels inherited as weak patch labels. */
export function planSpecimenPatches(
  specimen: { id: string; width: number; height: number; pattern: PatternClass; intensity?: Intensity },
  settings: PatchSettings = DEFAULT_PATCH_SETTINGS,
): PatchPlan[] {
  return patchGrid(specimen.width, specimen.height, settings).map((rect) => ({
    ...rect,
    specimenId: specimen.id,
    pattern: specimen.pattern,
    intensity: specimen.intensity,
    labelSource: 'specimen-weak',
  }));
}

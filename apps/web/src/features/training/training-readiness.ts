/** The lite model's total stride (3 encoder stages): its input side must be a multiple of it. */
const LITE_STRIDE = 16;
/** Patches up to this side are cell crops: the trainer keeps (about) their size. */
const CELL_LEVEL_MAX_PATCH = 128;
const SPECIMEN_LEVEL_INPUT_SIZE = 64;

/**
 * The input size the trainer gives a run that leaves it open (lite model, as apps/trainer's
 * defaultInputSize): cell-level patches keep their side rounded to a multiple of 16 (at least 32),
 * larger patches train at 64 px.
 */
export function defaultInputSize(patchSize: number | null | undefined): number {
  if (!patchSize || patchSize > CELL_LEVEL_MAX_PATCH) return SPECIMEN_LEVEL_INPUT_SIZE;
  return Math.min(512, Math.max(2 * LITE_STRIDE, Math.round(patchSize / LITE_STRIDE) * LITE_STRIDE));
}

/** The trainer validates on whole specimens: one with curated labels to train on, one to validate. */
export const MIN_CURATED_SPECIMENS = 2;

export type Validation =
  | { kind: 'possible' }
  | { kind: 'impossible'; curatedSpecimens: number }
  /** Too many approved patches to count their specimens here; the trainer decides. */
  | { kind: 'unknown' };

/**
 * Whether a run can be validated, from the specimens of (the first page of) the dataset's approved
 * patches: curated labels are approved patches (imported as curated or approved by a curator).
 */
export function validationFrom(approvedSpecimenIds: readonly string[], morePages: boolean): Validation {
  const curatedSpecimens = new Set(approvedSpecimenIds).size;
  if (curatedSpecimens >= MIN_CURATED_SPECIMENS) return { kind: 'possible' };
  return morePages ? { kind: 'unknown' } : { kind: 'impossible', curatedSpecimens };
}

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

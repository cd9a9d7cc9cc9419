import type { PreparedSave } from './annotation-input';
import type { WorkflowDeps } from './workflow-deps';

/**
 * A new mask's upload, started before the save's transaction so that it runs beside the statements.
 * Its key is unique to the attempt (newMaskKey), so uploading before the database has checked the
 * version cannot overwrite a mask another attempt committed.
 */
export interface MaskUpload {
  /** Resolves once the mask is stored; rejects with the upload's error. */
  stored(): Promise<void>;
  /**
   * The save is known not to have committed: removes the object once its upload ended, so that the
   * refused save leaves nothing behind. Never rejects: an object left behind only costs space, since
   * no annotation points at it.
   */
  discard(): Promise<void>;
}

const NOTHING_TO_UPLOAD: MaskUpload = { stored: async () => {}, discard: async () => {} };

export function startMaskUpload(deps: WorkflowDeps, prepared: PreparedSave, key: string | null): MaskUpload {
  if (!key || !prepared.newMask) return NOTHING_TO_UPLOAD;
  // settled into a value: if the transaction fails first, nobody awaits the upload, and its failure
  // must not surface as an unhandled rejection
  const outcome = deps.store.put(key, prepared.newMask.png, 'image/png').then(
    () => null,
    (error: unknown) => ({ error }),
  );
  return {
    stored: async () => {
      const failed = await outcome;
      if (failed) throw failed.error;
    },
    discard: () =>
      outcome
        .then((failed) => (failed ? undefined : deps.store.remove(key)))
        .catch((error: unknown) => {
          console.error(`could not remove the unsaved mask ${key}: ${String(error)}`);
        }),
  };
}

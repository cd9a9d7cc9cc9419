import { decodeRle } from '@hep2/data/rle';
import { cloneMask, emptyMask, type Mask } from '../mask/mask';
import { type LocalDraft, readLocalDraft } from './local-draft';
import type { LoadedWorkItem } from './work-item-loader';

export interface InitialEditorState {
  mask: Mask;
  patternClassId: string | null;
  intensityLevelId: string | null;
  /** Where the mask came from, shown to the annotator. */
  origin: 'local' | 'draft' | 'proposal' | 'empty';
  /** The server version the work starts from (the next save must name it). */
  version: number | null;
}

/**
 * Unsaved work in this browser wins (it is newer than anything the server has), then the server
 * draft or returned work, then the model's proposal as an editable start, then an empty mask.
 * `local`: this browser's copy, when it was read earlier (a patch shown from the prefetch is settled
 * again when its claim answers, from the copy as it was before the annotator painted on it).
 */
export function initialEditorState(
  loaded: LoadedWorkItem,
  local: LocalDraft | null = readLocalDraft(loaded.item.patch.id),
): InitialEditorState {
  const { item, image, draftMask, proposalMask } = loaded;
  const fits = (m: Mask | null): m is Mask => !!m && m.width === image.width && m.height === image.height;
  const draftVersion = item.draft?.version ?? null;
  if (local && (local.baseVersion ?? 0) >= (draftVersion ?? 0)) {
    try {
      const mask = decodeRle(local.mask, 1); // the editor's masks hold 1 for a cell pixel
      if (fits(mask)) {
        return {
          mask,
          patternClassId: local.patternClassId,
          intensityLevelId: local.intensityLevelId,
          origin: 'local',
          version: draftVersion,
        };
      }
    } catch {
      // a corrupt local copy is ignored
    }
  }
  const labels = {
    patternClassId: item.draft?.patternClass?.id ?? null,
    intensityLevelId: item.draft?.intensityLevel?.id ?? null,
    version: draftVersion,
  };
  if (fits(draftMask)) return { mask: draftMask, ...labels, origin: 'draft' };
  if (item.draft) return { mask: emptyMask(image.width, image.height), ...labels, origin: 'draft' };
  // A copy: the editor paints in place, and the proposal must stay as the model made it (P shows it).
  if (fits(proposalMask)) return { mask: cloneMask(proposalMask), ...labels, origin: 'proposal' };
  return { mask: emptyMask(image.width, image.height), ...labels, origin: 'empty' };
}

import type { WorkItemFieldsFragment } from '@/gql/graphql';
import type { GreyImage } from '../display/grey-image';
import { isDecoded, loadGreyImage, loadMask } from '../display/image-cache';
import type { Mask } from '../mask/mask';

export type WorkItem = WorkItemFieldsFragment;

/** A claimed patch with its pixels decoded, ready to edit. */
export interface LoadedWorkItem {
  item: WorkItem;
  image: GreyImage;
  proposalMask: Mask | null;
  /** The proposal's per-pixel probabilities (p x 255), when the prediction stored them. */
  proposalProbability: GreyImage | null;
  draftMask: Mask | null;
  /**
   * Shown from the prefetch while submit and claim are on their way: no lease yet, so nothing is
   * saved to the server until the claim confirms it (strokes go to this browser meanwhile).
   */
  pending: boolean;
}

/** Fetches the patch image, the proposal's mask and map, and the draft's mask in parallel. */
export async function loadWorkItem(item: WorkItem): Promise<LoadedWorkItem> {
  const proposal = item.proposal;
  const [image, proposalMask, proposalProbability, draftMask] = await Promise.all([
    loadGreyImage(item.patch.imageUrl),
    proposal?.maskUrl ? loadMask(proposal.maskUrl).catch(() => null) : null,
    // Older predictions have no map (404): the editor then offers no uncertainty view.
    proposal?.maskProbabilityUrl ? loadGreyImage(proposal.maskProbabilityUrl).catch(() => null) : null,
    item.draft?.maskUrl ? loadMask(item.draft.maskUrl) : null,
  ]);
  return { item, image, proposalMask, proposalProbability, draftMask, pending: false };
}

/** Whether a claimed item's pixels are already decoded (the prefetch guessed it right). */
export function isWorkItemCached(item: WorkItem): boolean {
  return isDecoded(item.patch.imageUrl) && (!item.proposal?.maskUrl || isDecoded(item.proposal.maskUrl));
}

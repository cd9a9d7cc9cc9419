import type { WorkItemFieldsFragment } from '@/gql/graphql';
import type { GreyImage } from '../display/grey-image';
import { loadGreyImage, loadMask } from '../display/image-cache';
import type { Mask } from '../mask/mask';

export type WorkItem = WorkItemFieldsFragment;

/** A claimed patch with its pixels decoded, ready to edit. */
export interface LoadedWorkItem {
  item: WorkItem;
  image: GreyImage;
  proposalMask: Mask | null;
  draftMask: Mask | null;
}

/** Fetches the patch image, the proposal's mask and the draft's mask in parallel. */
export async function loadWorkItem(item: WorkItem): Promise<LoadedWorkItem> {
  const [image, proposalMask, draftMask] = await Promise.all([
    loadGreyImage(item.patch.imageUrl),
    item.proposal?.maskUrl ? loadMask(item.proposal.maskUrl).catch(() => null) : null,
    item.draft?.maskUrl ? loadMask(item.draft.maskUrl) : null,
  ]);
  return { item, image, proposalMask, draftMask };
}

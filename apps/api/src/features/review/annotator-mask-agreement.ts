import type { ObjectStore } from '@hep2/storage';
import { maskFromPng } from '../annotations/mask-codec';
import { dice, iou } from './agreement';

/** One annotator's mask against a co-annotator's on the same patch (keys null: no mask drawn). */
export interface MaskPair {
  userId: string;
  mine: string | null;
  theirs: string | null;
  /** Patch pixels: a missing mask counts as empty, as in the per-patch figure. */
  pixels: number;
}

export interface MaskAgreement {
  dice: number;
  iou: number;
  /** Pairs in the means. */
  pairs: number;
}

/**
 * Mean Dice and IoU per annotator over their pairs where at least one side drew a mask. Each mask is
 * read from the store once, however many pairs it is in.
 */
export async function annotatorMaskAgreement(
  store: ObjectStore,
  pairs: readonly MaskPair[],
): Promise<Map<string, MaskAgreement>> {
  const masks = new Map<string, Promise<Uint8Array>>();
  const load = (key: string | null, pixels: number) => {
    if (!key) return Promise.resolve(new Uint8Array(pixels));
    let mask = masks.get(key);
    if (!mask) {
      mask = store.get(key).then(async (png) => (await maskFromPng(png)).data);
      masks.set(key, mask);
    }
    return mask;
  };
  const sums = new Map<string, MaskAgreement>();
  for (const pair of pairs) {
    if (!pair.mine && !pair.theirs) continue;
    const [a, b] = await Promise.all([load(pair.mine, pair.pixels), load(pair.theirs, pair.pixels)]);
    if (a.length !== b.length) continue;
    const sum = sums.get(pair.userId) ?? { dice: 0, iou: 0, pairs: 0 };
    sum.dice += dice(a, b);
    sum.iou += iou(a, b);
    sum.pairs += 1;
    sums.set(pair.userId, sum);
  }
  for (const sum of sums.values()) {
    sum.dice /= sum.pairs;
    sum.iou /= sum.pairs;
  }
  return sums;
}

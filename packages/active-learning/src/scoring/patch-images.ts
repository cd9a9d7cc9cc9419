import { decodeImage, prepareImage, prepareMask } from '@hep2/data';
import type { ObjectStore } from '@hep2/storage';

/** Decoded, normalised model inputs of patches, fetched a few at a time. */
export async function loadInputs<T extends { imageKey: string }>(
  store: ObjectStore,
  items: readonly T[],
  side: number,
  concurrency = 6,
): Promise<{ item: T; input: Float32Array | null; error?: string }[]> {
  const out: { item: T; input: Float32Array | null; error?: string }[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next;
      next += 1;
      const item = items[i] as T;
      try {
        const img = await decodeImage(new Uint8Array(await store.get(item.imageKey)));
        out[i] = { item, input: prepareImage(img.data, img.width, img.height, side) };
      } catch (error) {
        out[i] = { item, input: null, error: error instanceof Error ? error.message : String(error) };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return out;
}

/** A stored 0/255 mask as a {0, 1} model-size target. */
export async function loadMaskTarget(store: ObjectStore, key: string, side: number): Promise<Float32Array> {
  const img = await decodeImage(new Uint8Array(await store.get(key)));
  return prepareMask(img.data, img.width, img.height, side);
}

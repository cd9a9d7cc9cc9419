import { decodeImage, prepareImage, prepareMask } from '@hep2/data';
import type { ObjectStore } from '@hep2/storage';

/**
 * Decoded model inputs of patches on the fixed bit-depth scale (value / (2^bits - 1)), fetched a
 * few at a time. The model applies its own recorded normalisation on top (min-max for versions
 * trained before bit-depth scaling), so these inputs suit every version.
 */
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
        out[i] = {
          item,
          input: prepareImage(img.data, img.width, img.height, side, {
            kind: 'bit-depth',
            bitDepth: img.bitDepth,
          }),
        };
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

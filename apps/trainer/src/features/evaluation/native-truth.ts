import { decodeImage } from '@hep2/data';
import type { ObjectStore } from '@hep2/storage';
import type { LabelledSample } from '../data/sample-loader';
import { otsuThreshold } from './baselines';

/**
 * A validation patch's ground truth at its own resolution (a 384 px patch of a 1388x1040 specimen:
 * 384 x 384), with the Otsu mask of its image at that resolution, both bit-packed (1 bit per pixel:
 * 2 x 18 KiB for a 384 px patch), so that the evaluation can judge outlines where they are drawn
 * without keeping full-size images of every validation patch in memory.
 */
export interface NativeTruth {
  width: number;
  height: number;
  /** Ground truth (any nonzero mask pixel = on, as the training targets), packed. */
  mask: Uint8Array;
  /** Otsu threshold of the patch image's own grey values (>= t on), packed. */
  otsu: Uint8Array;
}

export function packBits(on: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(Math.ceil(on.length / 8));
  for (let i = 0; i < on.length; i += 1)
    if ((on[i] as number) > 0) out[i >> 3] = (out[i >> 3] as number) | (1 << (i & 7));
  return out;
}

/** Packed bits -> 0/1 values (the length must be given: the last byte may be partial). */
export function unpackBits(packed: Uint8Array, length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i += 1) out[i] = ((packed[i >> 3] as number) >> (i & 7)) & 1;
  return out;
}

export function nativeTruthOf(
  image: { width: number; height: number; data: ArrayLike<number> },
  mask: { width: number; height: number; data: ArrayLike<number> },
): NativeTruth | null {
  if (image.width !== mask.width || image.height !== mask.height) return null;
  const t = otsuThreshold(image.data);
  const px = image.width * image.height;
  const otsu = new Uint8Array(px);
  if (t !== null) for (let i = 0; i < px; i += 1) otsu[i] = (image.data[i] as number) >= t ? 1 : 0;
  return { width: image.width, height: image.height, mask: packBits(mask.data), otsu: packBits(otsu) };
}

/**
 * Loads the native-resolution truth of the samples that have a mask and a stored image (the
 * validation patches: training samples never need it) and sets `sample.native`, in place. A patch
 * whose image and mask sizes differ, or that cannot be read, keeps none and is then judged at the
 * model's input size (the evaluation says which resolution it used). Returns how many got one.
 */
export async function attachNativeTruth(
  store: ObjectStore,
  samples: LabelledSample[],
  concurrency = 8,
): Promise<number> {
  const todo = samples.filter((s) => s.mask && s.imageKey && s.maskKey && !s.native);
  let next = 0;
  let attached = 0;
  const worker = async () => {
    while (next < todo.length) {
      const s = todo[next] as LabelledSample;
      next += 1;
      try {
        const [image, mask] = await Promise.all([
          decodeImage(new Uint8Array(await store.get(s.imageKey as string))),
          decodeImage(new Uint8Array(await store.get(s.maskKey as string))),
        ]);
        const native = nativeTruthOf(image, mask);
        if (native) {
          s.native = native;
          attached += 1;
        }
      } catch {
        // Judged at input resolution instead; the metrics record the resolution used.
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, todo.length) }, worker));
  return attached;
}

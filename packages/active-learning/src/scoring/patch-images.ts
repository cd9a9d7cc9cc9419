import { decodeImage, prepareImage, prepareMask } from '@hep2/data';
import type { Db } from '@hep2/db';
import { loadSpecimenInputScales, type SpecimenInputScales } from '@hep2/db/specimens';
import { type ModelConfig, viewSide } from '@hep2/model';
import type { ObjectStore } from '@hep2/storage';

/** How a model version takes its input: its side, and per-specimen scales when it was trained so. */
export interface ModelInputs {
  side: number;
  scales: SpecimenInputScales | null;
}

/** The input preparation of a model (reads the dataset's specimen levels for 'specimen' models). */
export async function modelInputsFor(
  db: Db,
  datasetId: string,
  config: Pick<ModelConfig, 'inputSize' | 'inputNormalisation'> & Partial<Pick<ModelConfig, 'viewSize'>>,
): Promise<ModelInputs> {
  return {
    side: viewSide(config),
    scales: config.inputNormalisation === 'specimen' ? await loadSpecimenInputScales(db, datasetId) : null,
  };
}

/**
 * Decoded model inputs of patches on the fixed bit-depth scale (value / (2^bits - 1)), fetched a
 * few at a time. The model applies its own recorded normalisation on top (min-max for versions
 * trained before bit-depth scaling); a model normalised per specimen gets each patch divided by its
 * specimen group's bright level instead, as the trainer prepared it.
 */
export async function loadInputs<T extends { imageKey: string; specimenId: string }>(
  store: ObjectStore,
  items: readonly T[],
  inputs: ModelInputs,
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
        const input = prepareImage(img.data, img.width, img.height, inputs.side, {
          kind: 'bit-depth',
          bitDepth: img.bitDepth,
        });
        out[i] = { item, input: inputs.scales ? inputs.scales.scale(item.specimenId, input) : input };
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

import { decodeImage } from '@hep2/data';
import type { Db } from '@hep2/db';
import type { ObjectStore } from '@hep2/storage';
import { describe, expect, it } from 'vitest';
import type { ScoredPatch } from '../src/scoring/model-scorer';
import { storedMaskThreshold, temperedThreshold, writePredictions } from '../src/scoring/prediction-writer';

/** A 2x2 map 0.1, 0.3, 0.45, 0.7 written onto a 2x2 patch (identity resample). */
const out = {
  maskProbs: Float32Array.from([0.1, 0.3, 0.45, 0.7]),
  side: 2,
  patternProbs: [1],
  intensityProbs: [0.5, 0.5],
  patternEntropy: 0,
  patternMargin: 1,
  intensityEntropy: 0,
  maskEntropy: 0,
  boundaryEntropy: 0,
  embedding: null,
} as unknown as ScoredPatch;

async function writtenMask(maskThreshold?: number): Promise<number[]> {
  const objects = new Map<string, Uint8Array>();
  const store = {
    put: async (key: string, bytes: Uint8Array) => {
      objects.set(key, bytes);
    },
  } as unknown as ObjectStore;
  const db = { prediction: { createMany: async () => ({ count: 1 }) } } as unknown as Db;
  await writePredictions(
    db,
    store,
    {
      datasetId: 'd',
      modelVersionId: 'v',
      method: 'deterministic',
      ...(maskThreshold ? { maskThreshold } : {}),
    },
    [{ patch: { id: 'p', imageKey: 'i', width: 2, height: 2 }, out }],
  );
  const key = [...objects.keys()].find((k) => !k.includes('prob')) as string;
  const image = await decodeImage(objects.get(key) as Uint8Array);
  return Array.from(image.data, (v) => (v > 0 ? 1 : 0));
}

describe("proposals use the version's mask threshold", () => {
  it('reads the stored threshold, 0.5 for older versions', () => {
    expect(storedMaskThreshold({ maskThreshold: 0.35 })).toBe(0.35);
    expect(storedMaskThreshold({ pattern: { temperature: 1.2 } })).toBe(0.5);
    expect(storedMaskThreshold(null)).toBe(0.5);
    expect(storedMaskThreshold({ maskThreshold: 2 })).toBe(0.5);
  });

  it('thresholds the written mask with it (default 0.5)', async () => {
    expect(await writtenMask()).toEqual([0, 0, 0, 1]);
    expect(await writtenMask(0.3)).toEqual([0, 1, 1, 1]);
    expect(await writtenMask(0.4)).toEqual([0, 0, 1, 1]);
  });

  it('moves the threshold onto tempered probabilities (same pixels on)', () => {
    const t = 0.3;
    const T = 2;
    const temper = (p: number) => 1 / (1 + Math.exp(-Math.log(p / (1 - p)) / T));
    const tt = temperedThreshold(t, T);
    for (const p of [0.1, 0.29, 0.31, 0.45, 0.7]) expect(temper(p) >= tt).toBe(p >= t);
    expect(temperedThreshold(0.5, 3)).toBeCloseTo(0.5, 12);
    expect(temperedThreshold(0.3, 1)).toBe(0.3);
  });
});

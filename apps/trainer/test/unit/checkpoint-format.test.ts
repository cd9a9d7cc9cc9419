import { describe, expect, it } from 'vitest';
import { decodeCheckpoint, encodeCheckpoint } from '../../src/features/checkpoints/checkpoint-format';

const trainer = {
  steps: 12,
  weighting: { kind: 'static', weights: [1, 1, 1] },
  optimizerSlots: [],
  optimizerData: new Float32Array([0.5, -1.25, 3]),
} as unknown as Parameters<typeof encodeCheckpoint>[0]['trainer'];
const base = { runId: 'run-1', epoch: 3, rngPosition: 41, model: new Uint8Array([1, 2, 3, 4, 5]), trainer };

describe('checkpoint format', () => {
  it("keeps early stopping's state and the best epoch's weights", () => {
    const earlyStopping = {
      bestScore: 0.8,
      bestEpoch: 2,
      stale: 1,
      bestWeights: new Float32Array([1, 2.5, -3]),
    };
    const decoded = decodeCheckpoint(encodeCheckpoint({ ...base, earlyStopping }));
    expect(decoded.earlyStopping).toEqual(earlyStopping);
    expect(Array.from(decoded.trainer.optimizerData)).toEqual([0.5, -1.25, 3]);
    expect(Array.from(decoded.model)).toEqual([1, 2, 3, 4, 5]);
  });

  it('stores no weights when the checkpoint epoch is the best one', () => {
    const earlyStopping = { bestScore: 0.9, bestEpoch: 3, stale: 0, bestWeights: null };
    const bytes = encodeCheckpoint({ ...base, earlyStopping });
    expect(decodeCheckpoint(bytes).earlyStopping).toEqual(earlyStopping);
    // nothing after the optimizer slots: the model already is the best epoch's
    const withoutState = encodeCheckpoint(base);
    const headerGrowth = bytes.byteLength - withoutState.byteLength;
    expect(headerGrowth).toBeLessThan(120);
  });

  it('reads a checkpoint written before early stopping was kept', () => {
    const decoded = decodeCheckpoint(encodeCheckpoint(base));
    expect(decoded.earlyStopping).toBeUndefined();
    expect(decoded.epoch).toBe(3);
  });

  it('refuses a checkpoint whose best weights were cut off', () => {
    const earlyStopping = { bestScore: 0.8, bestEpoch: 2, stale: 1, bestWeights: new Float32Array([1, 2]) };
    const bytes = encodeCheckpoint({ ...base, earlyStopping });
    expect(() => decodeCheckpoint(bytes.slice(0, -4))).toThrow(/header says/);
  });
});

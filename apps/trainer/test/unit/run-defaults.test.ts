import { defaultInputSize, resolveRunConfig } from '@hep2/training';
import { describe, expect, it } from 'vitest';
import type { LabelledSample } from '../../src/features/data/sample-loader';
import { noValidationMessage } from '../../src/features/data/validation-split';
import { labelledTasks } from '../../src/features/runs/run-training';
import { labelledSample } from '../support/labelled-sample';

describe('the default input size follows the dataset', () => {
  it('keeps cell-level patch sizes, rounded to a multiple of the stride', () => {
    // lite, 3 stages: stride 16.
    expect(defaultInputSize(80, 3)).toBe(80);
    expect(defaultInputSize(78, 3)).toBe(80);
    expect(defaultInputSize(74, 3)).toBe(80);
    expect(defaultInputSize(64, 3)).toBe(64);
    expect(defaultInputSize(20, 3)).toBe(32);
    expect(defaultInputSize(128, 3)).toBe(128);
    // standard / reference, 4 stages: stride 32.
    expect(defaultInputSize(80, 4)).toBe(96);
  });

  it('gives specimen-level patches (384 px) the CPU-friendly 64', () => {
    expect(defaultInputSize(384, 3)).toBe(64);
    expect(defaultInputSize(undefined, 3)).toBe(64);
  });

  it('applies only when the run leaves inputSize open, and records the value', () => {
    expect(resolveRunConfig({}, { patchSize: 78 }).inputSize).toBe(80);
    expect(resolveRunConfig({ inputSize: 32 }, { patchSize: 78 }).inputSize).toBe(32);
    expect(resolveRunConfig({ variant: 'lite', blocks: [1, 1, 1, 1] }, { patchSize: 80 }).inputSize).toBe(96);
    expect(resolveRunConfig({}, { patchSize: 384 }).inputSize).toBe(64);
    expect(resolveRunConfig({}).inputSize).toBe(64);
    // Stored configs are re-read without a context: the recorded value stays.
    expect(resolveRunConfig(resolveRunConfig({}, { patchSize: 80 })).inputSize).toBe(80);
  });
});

describe('heads without labels', () => {
  const s = (o: Partial<LabelledSample>) => labelledSample(4, o);

  it('are not trained: a mask-only dataset trains the mask head alone', () => {
    expect(labelledTasks([s({ mask: new Float32Array(4) }), s({ mask: new Float32Array(4) })])).toEqual({
      mask: true,
      pattern: false,
      intensity: false,
    });
    expect(labelledTasks([s({ pattern: 0 }), s({ intensity: 1 })])).toEqual({
      mask: false,
      pattern: true,
      intensity: true,
    });
    expect(() => labelledTasks([s({})])).toThrow(/no training sample has a mask, a pattern or an intensity/);
  });
});

describe('a run without validation patches', () => {
  it('says why and what to do', () => {
    expect(noValidationMessage(1, 1, false)).toMatch(
      /^no validation patches: 0 of 1 specimens with curated labels are validation specimens \(the 1 validation specimens have no curated label\); curated labels are needed on at least 2 specimens.*--labels curated/,
    );
    expect(noValidationMessage(5, 2, true)).toMatch(
      /an experiment fold.*mark specimens that have curated labels/,
    );
  });
});
